import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

export interface ConcurrentCreationResult {
  numbers: string[];
  failures: number;
  seconds: number;
}

/**
 * Creates `perProcess` tickets from each of `processes` separate OS processes on one store, all at
 * once, and returns every number they got. The store must already hold alice.martin@chv.fr.
 */
export async function runConcurrentCreation(options: {
  url: string;
  schema?: string;
  processes: number;
  perProcess: number;
}): Promise<ConcurrentCreationResult> {
  const started = performance.now();
  const outputs = await Promise.all(
    Array.from({ length: options.processes }, (_, worker) =>
      new Promise<{ numbers: string[]; failures: number }>((resolve, reject) => {
        const child = spawn(
          process.execPath,
          ['--import', 'tsx', path.join(root, 'bench/create-worker.ts'), options.url, options.schema ?? '', String(options.perProcess), String(worker)],
          { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
        );
        let out = '';
        let err = '';
        child.stdout.on('data', (d: Buffer) => (out += d.toString()));
        child.stderr.on('data', (d: Buffer) => (err += d.toString()));
        child.on('error', reject);
        child.on('close', (code) => {
          if (code !== 0) return reject(new Error(`worker ${worker} exited ${code}: ${err}`));
          try {
            resolve(JSON.parse(out.trim().split('\n').pop()!));
          } catch {
            reject(new Error(`worker ${worker} printed no result: ${out}${err}`));
          }
        });
      }),
    ),
  );
  return {
    numbers: outputs.flatMap((o) => o.numbers),
    failures: outputs.reduce((sum, o) => sum + o.failures, 0),
    seconds: (performance.now() - started) / 1000,
  };
}
