import { runCli } from './run.js';

const code = await runCli({
  args: process.argv.slice(2),
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
});
// Let stdout drain before exiting so piped JSON lines are never cut short.
process.exitCode = code;
