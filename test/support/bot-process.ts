import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
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
 * The product as `npm start` runs it, in its own process, on a free loopback port, with `env` added to
 * this process's environment (LOG_LEVEL defaults to `warn`); resolves once /healthz answers.
 */
export async function startBotProcess(env: Record<string, string>, { readyTimeoutMs = 60_000 } = {}): Promise<BotProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/main.ts')], {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: 'warn', ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const signal = async (name: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(name);
    await exited;
  };
  let errors = '';
  child.stderr!.on('data', (data: Buffer) => (errors = (errors + data.toString()).slice(-4000)));
  const base = `http://127.0.0.1:${port}`;
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`bot exited (${child.exitCode ?? child.signalCode}) before listening: ${errors}`);
    const healthy = await fetch(`${base}/healthz`).then((r) => r.ok, () => false);
    if (healthy) break;
    if (Date.now() - started > readyTimeoutMs) {
      await signal('SIGKILL');
      throw new Error(`bot not listening after ${readyTimeoutMs} ms: ${errors}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { child, url: `${base}/api/messages`, stop: () => signal('SIGTERM'), kill: () => signal('SIGKILL') };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
