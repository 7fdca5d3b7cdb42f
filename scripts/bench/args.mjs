// Command line of scripts/bench.mjs. Pure, so it is unit tested.

export const USAGE = `Usage: npm run bench [-- options]

Measures the app against a generated regional-size plan in Chromium and prints median, p95 and
the ratio to a raw baseline; writes every sample as JSON, and the table in Markdown, to
bench-results/. Method and results: docs/performance.md.

Options:
  --tiny            tiny plan, one run of everything: checks the script works (npm test); timings mean nothing
  --runs N          runs of each start, open, save and matrix measure (default 7)
  --samples N       samples of each interaction: add card, vote (default 30)
  --only LIST       comma-separated groups to run: start, files, ui, vote (default all)
  --profile ID      also record a Chromium CPU profile of one figure (open, save, card.add,
                    vote.rerank, matrix.render, start.empty) into bench-results/ and print its hottest functions
  --out DIR         where to write the JSON (default bench-results)
  --no-build        measure the pages already built in .tmp/bench-build
  --build-dir DIR   measure the pages already built in DIR (npm run bench:compare builds two)
  --help            this text`;

export const GROUPS = ['start', 'files', 'ui', 'vote'];
export const PROFILABLE = ['open', 'save', 'card.add', 'vote.rerank', 'matrix.render', 'start.empty'];

function positiveInt(name, value) {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 1000) throw new Error(`${name} takes a whole number from 1 to 1000, got "${value ?? ''}"`);
  return n;
}

/** Parsed options, or throws an Error whose message says what is wrong. */
export function parseBenchArgs(argv) {
  const options = { tiny: false, runs: 7, samples: 30, only: [...GROUPS], profile: null, out: 'bench-results', build: true, buildDir: null, help: false };
  let runsGiven = false;
  let samplesGiven = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new Error(`${arg} needs a value`);
      return v;
    };
    switch (arg) {
      case '--tiny':
        options.tiny = true;
        break;
      case '--runs':
        options.runs = positiveInt('--runs', value());
        runsGiven = true;
        break;
      case '--samples':
        options.samples = positiveInt('--samples', value());
        samplesGiven = true;
        break;
      case '--only': {
        const groups = value().split(',').map((g) => g.trim()).filter(Boolean);
        const unknown = groups.filter((g) => !GROUPS.includes(g));
        if (unknown.length || groups.length === 0) throw new Error(`--only takes some of ${GROUPS.join(', ')}; unknown: ${unknown.join(', ') || '(none given)'}`);
        options.only = groups;
        break;
      }
      case '--profile': {
        const id = value();
        if (!PROFILABLE.includes(id)) throw new Error(`--profile takes one of ${PROFILABLE.join(', ')}, got "${id}"`);
        options.profile = id;
        break;
      }
      case '--out':
        options.out = value();
        break;
      case '--no-build':
        options.build = false;
        break;
      case '--build-dir':
        options.buildDir = value();
        options.build = false;
        break;
      case '--help':
      case '-h':
        options.help = true;
        break;
      default:
        throw new Error(`Unknown option "${arg}". Try --help.`);
    }
  }
  // Tiny only checks the script: one of everything unless asked otherwise.
  if (options.tiny) {
    if (!runsGiven) options.runs = 1;
    if (!samplesGiven) options.samples = 2;
  }
  return options;
}
