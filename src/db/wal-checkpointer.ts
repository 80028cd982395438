import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type Sqlite from 'better-sqlite3';

/** SQLite's own default: a checkpoint once the write-ahead log holds this many pages. */
const SQLITE_DEFAULT_AUTOCHECKPOINT = 1000;

// Plain CommonJS, evaluated in the worker: no loader or build step is needed to start it.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
let db;
try {
  db = new Database(workerData.file, { fileMustExist: true });
  db.pragma('busy_timeout = 5000');
} catch (error) {
  parentPort.postMessage({ failed: String(error && error.message || error) });
  process.exit(1);
}
const checkpoint = () => {
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch (error) {
    parentPort.postMessage({ warning: String(error && error.message || error) });
  }
};
const timer = setInterval(checkpoint, workerData.intervalMs);
parentPort.on('message', (message) => {
  if (message !== 'stop') return;
  clearInterval(timer);
  checkpoint();
  db.close();
  parentPort.close();
});
parentPort.postMessage({ ready: true });
`;

export interface WalCheckpointer {
  /** Checkpoints one last time and ends the worker; the database connection stays open. */
  stop(): Promise<void>;
}

export interface WalCheckpointerOptions {
  /** How often the worker copies the log into the database file (default 1 s). */
  intervalMs?: number;
  /** Told when the worker cannot start or stops by itself (the connection then checkpoints itself again). */
  onFailure?: (reason: string) => void;
}

/**
 * Moves the write-ahead log's checkpoints off the event loop. SQLite checkpoints inside whichever commit
 * crosses 1,000 pages of log, and that checkpoint writes the pages back and syncs the file: on a busy
 * morning a turn's commit then holds every conversation still for up to a second. Here a worker thread,
 * with its own connection, checkpoints every `intervalMs` instead, and the connection given stops
 * checkpointing on its own while the worker runs. Should the worker fail, the connection checkpoints
 * itself again, as SQLite does by default: nothing depends on the worker but speed.
 */
export function startWalCheckpointer(sqlite: Sqlite.Database, file: string, { intervalMs = 1000, onFailure }: WalCheckpointerOptions = {}): WalCheckpointer {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { driver, file, intervalMs } });
  worker.unref();
  let running = false;
  let stopping = false;
  const handBack = (reason: string) => {
    if (running && sqlite.open) sqlite.pragma(`wal_autocheckpoint = ${SQLITE_DEFAULT_AUTOCHECKPOINT}`);
    running = false;
    if (!stopping) onFailure?.(reason);
  };
  worker.on('message', (message: { ready?: true; failed?: string; warning?: string }) => {
    if (message.ready && !stopping && sqlite.open) {
      sqlite.pragma('wal_autocheckpoint = 0');
      running = true;
    } else if (message.failed) handBack(`checkpoint worker could not open the database: ${message.failed}`);
    else if (message.warning) onFailure?.(`checkpoint failed, retried at the next interval: ${message.warning}`);
  });
  worker.on('error', (error) => handBack(`checkpoint worker failed: ${error.message}`));
  const exited = new Promise<void>((resolve) => {
    worker.on('exit', (code) => {
      handBack(`checkpoint worker stopped (exit code ${code})`);
      resolve();
    });
  });
  return {
    async stop() {
      if (stopping) return exited;
      stopping = true;
      worker.postMessage('stop');
      const timer = setTimeout(() => void worker.terminate(), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}
