import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface BotProcess {
  child: ChildProcess;
  /** The messaging endpoint, http://127.0.0.1:<port>/api/messages */
  url: string;
  /** SIGTERM: the orderly shutdown of `npm start`. */
  stop(): Promise<void>;
  /** SIGKILL: the process dies where it stands. */
  kill(): Promise<void>;
}

/**
 * The product as `npm start` runs it, in its own process, on loopback (a free port), with `env` added to
 * this process's environment; resolves once it listens.
 */
export function startBotProcess(env: Record<string, string>): Promise<BotProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/main.ts')], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', ...env, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const signal = async (name: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(name);
    await exited;
  };
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (data: Buffer) => {
      output = (output + data.toString()).slice(-20_000);
      const port = /"port":(\d+)[^\n]*triage listening/.exec(output)?.[1];
      if (port) {
        // From here on the log is only drained, so a chatty process never blocks on a full pipe.
        output = '';
        child.stdout!.off('data', onData);
        child.stdout!.resume();
        resolve({ child, url: `http://127.0.0.1:${port}/api/messages`, stop: () => signal('SIGTERM'), kill: () => signal('SIGKILL') });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (data: Buffer) => (output = (output + data.toString()).slice(-20_000)));
    child.once('exit', (code) => reject(new Error(`bot exited (${code}) before listening: ${output.slice(-2000)}`)));
  });
}
