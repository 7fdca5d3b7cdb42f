// The command-line frame the benchmark scripts share: a bad command line prints what is wrong and
// the usage (exit 2), --help prints the usage (exit 0), and a failure says what broke (exit 1).

/** Parses `process.argv`, then runs `main(options)`; `what` names the job in the failure message. */
export async function runCli({ parse, usage, main, what }) {
  let options;
  try {
    options = parse(process.argv.slice(2));
  } catch (error) {
    console.error(`${error.message}\n\n${usage}`);
    process.exit(2);
  }
  if (options.help) {
    console.log(usage);
    process.exit(0);
  }
  try {
    await main(options);
  } catch (error) {
    console.error(`\nThe ${what} broke: ${error.message}`);
    if (error.cause instanceof Error) console.error(`Cause: ${error.cause.message.split('\n').slice(0, 6).join('\n')}`);
    process.exit(1);
  }
}
