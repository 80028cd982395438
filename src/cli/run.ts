import { isCodedError } from '../errors.js';
import { EXIT_FAILURE, EXIT_USAGE, type CliContext } from './command.js';
import { loadAllCommands, loadCommand } from './registry.js';

async function help(ctx: CliContext): Promise<void> {
  const commands = await loadAllCommands();
  ctx.stdout.write('usage: triage <command> [options]\n\n');
  for (const c of commands) ctx.stdout.write(`  ${c.name.padEnd(10)} ${c.summary}\n`);
  ctx.stdout.write('\nRun `triage <command> --help` for the options of one command.\n');
}

/** Runs `triage <args>` in-process and returns the exit code; never throws. */
export async function runCli(ctx: CliContext): Promise<number> {
  const [name, ...rest] = ctx.args;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    await help(ctx);
    return name ? 0 : EXIT_USAGE;
  }
  const command = await loadCommand(name);
  if (!command) {
    ctx.stderr.write(`triage: unknown command "${name}". Run \`triage help\` for the list.\n`);
    return EXIT_USAGE;
  }
  if (rest[0] === '--help' || rest[0] === '-h') {
    ctx.stdout.write(`usage: ${command.usage}\n`);
    return 0;
  }
  try {
    return await command.run({ ...ctx, args: rest });
  } catch (error) {
    if (isCodedError(error, 'usage')) {
      ctx.stderr.write(`triage ${name}: ${error.message}\n`);
      return EXIT_USAGE;
    }
    if (isCodedError(error)) {
      ctx.stderr.write(`triage ${name}: ${error.message}\n`);
      return EXIT_FAILURE;
    }
    ctx.stderr.write(`triage ${name}: unexpected error: ${(error as Error).stack ?? String(error)}\n`);
    return EXIT_FAILURE;
  }
}
