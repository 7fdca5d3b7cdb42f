// npm run bench:compare -- REV [--rounds N] [bench options]
//
// Measures this working tree against another revision, in turn, on the same machine: builds the
// benchmark pages of both (REV in a git worktree under .tmp/bench-compare, sharing node_modules),
// then runs `scripts/bench.mjs --build-dir` on each build alternately, N rounds, and prints every
// figure measured in both side by side (scripts/bench/compare.mjs). Separate runs of the benchmark
// cannot be compared on a machine whose speed drifts; interleaved rounds can.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildBenchPages } from './bench/build.mjs';
import { runCli } from './bench/cli.mjs';
import { compareRecords, formatComparison } from './bench/compare.mjs';

const root = process.cwd();
const USAGE = `Usage: npm run bench:compare -- REV [--rounds N] [bench options]

Measures this working tree against the git revision REV (a commit, tag or branch) on the same
machine, in turn: each round runs the benchmark on one build, then on the other. Prints every
figure both measured, pooled over the rounds, with each round's median, and writes the table in
Markdown to bench-results/. REV must already have the benchmark page (src/renderer/bench.html).

  --rounds N        rounds (default 3); each round runs both builds once
  other options     passed to npm run bench (default: --only ui,vote --runs 3 --samples 20)
  --help            this text`;

function parse(argv) {
  let rev = null;
  let rounds = 3;
  const bench = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') return { help: true };
    if (arg === '--rounds') {
      rounds = Number(argv[++i]);
      if (!Number.isInteger(rounds) || rounds < 1 || rounds > 20) throw new Error('--rounds takes a whole number from 1 to 20');
    } else if (arg.startsWith('--')) {
      bench.push(arg);
      if (!['--tiny', '--no-build'].includes(arg) && argv[i + 1] !== undefined && !argv[i + 1].startsWith('--')) bench.push(argv[++i]);
    } else if (!rev) rev = arg;
    else throw new Error(`One revision only, got "${rev}" and "${arg}"`);
  }
  if (!rev) throw new Error('Name the revision to compare with (a commit, tag or branch)');
  if (bench.includes('--build-dir') || bench.includes('--profile')) throw new Error('--build-dir and --profile are not for comparisons');
  return { rev, rounds, bench: bench.length ? bench : ['--only', 'ui,vote', '--runs', '3', '--samples', '20'] };
}

const git = (...args) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();

async function main({ rev, rounds, bench }) {
  const sha = git('rev-parse', '--verify', `${rev}^{commit}`);
  const short = sha.slice(0, 8);
  const dir = join(root, '.tmp/bench-compare');
  const tree = join(dir, `tree-${short}`);
  mkdirSync(dir, { recursive: true });
  if (!existsSync(tree)) git('worktree', 'add', '--detach', tree, sha);
  try {
    if (!existsSync(join(tree, 'src/renderer/bench.html'))) throw new Error(`${rev} (${short}) has no benchmark page: compare with a later revision`);
    if (!existsSync(join(tree, 'node_modules'))) symlinkSync(join(root, 'node_modules'), join(tree, 'node_modules'), 'dir');
    const builds = [
      { name: 'working tree', dir: join(dir, 'build-current'), root },
      { name: short, dir: join(dir, `build-${short}`), root: tree },
    ];
    for (const b of builds) {
      console.log(`Building the benchmark pages of the ${b.name === short ? `revision ${rev} (${short})` : 'working tree'}...`);
      await buildBenchPages(b.root, b.dir);
    }
    const records = new Map(builds.map((b) => [b.name, []]));
    for (let round = 0; round < rounds; round++) {
      // Alternate which build goes first, so a machine slowing down mid-round hurts both alike.
      for (const b of round % 2 === 0 ? [builds[1], builds[0]] : builds) {
        const out = join(dir, `results-${b.name === short ? short : 'current'}-${round + 1}`);
        rmSync(out, { recursive: true, force: true });
        console.log(`Round ${round + 1} of ${rounds}: ${b.name}`);
        const run = spawnSync(process.execPath, [join(root, 'scripts/bench.mjs'), ...bench, '--build-dir', relative(root, b.dir), '--out', relative(root, out)], {
          cwd: root,
          stdio: ['ignore', 'ignore', 'inherit'],
        });
        if (run.status !== 0) throw new Error(`The benchmark broke on ${b.name} (round ${round + 1}); run it alone to see why: npm run bench -- --build-dir ${b.dir}`);
        const file = readdirSync(out).find((f) => /^bench-.*\.json$/.test(f));
        records.get(b.name).push(JSON.parse(readFileSync(join(out, file), 'utf8')));
      }
    }
    const table = formatComparison(compareRecords(records.get(short), records.get('working tree')), `${rev} (${short})`, 'working tree');
    console.log(`\n${table}\n`);
    const results = join(root, 'bench-results');
    mkdirSync(results, { recursive: true });
    const path = join(results, `compare-${short}-${new Date().toISOString().replace(/[:.]/g, '-')}.md`);
    writeFileSync(path, `Benchmark of the working tree against ${rev} (${sha}), ${rounds} interleaved rounds of: npm run bench -- ${bench.join(' ')}\n\n${table}\n`);
    console.log(`Markdown table: ${path.replace(`${root}/`, '')}`);
  } finally {
    git('worktree', 'remove', '--force', tree);
  }
}

await runCli({ parse: parse, usage: USAGE, main, what: 'comparison' });
