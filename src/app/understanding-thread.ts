import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { IncidentFields, Understanding } from '../triage/index.js';

export interface ThreadRequest {
  id: number;
  /** `message`: a user's message, read in full; `answer`: an answer to an intake question, read for the fields it states. */
  kind: 'message' | 'answer';
  text: string;
}

export type ThreadReply = { id: number; result: Understanding | Partial<IncidentFields> } | { id: number; error: string };

export interface UnderstandingThreadOptions {
  /** Told when the thread cannot start or stops by itself (reading goes back to the event loop). */
  onFailure?: (reason: string) => void;
}

/**
 * Reads messages by rules (lexicons and learned models) in a worker thread, so that this CPU work runs
 * beside the event loop, on another core, instead of holding up the other conversations' deliveries.
 * It is only a speed-up: until the thread is ready, and if it fails, each call answers undefined and the
 * caller reads the message in the event loop, with the same code, so no result depends on the thread.
 */
export class UnderstandingThread {
  readonly #worker: Worker;
  readonly #pending = new Map<number, (reply: ThreadReply | undefined) => void>();
  readonly #onFailure: ((reason: string) => void) | undefined;
  #ready = false;
  #over = false;
  #stopping = false;
  #next = 1;

  constructor({ onFailure }: UnderstandingThreadOptions = {}) {
    this.#onFailure = onFailure;
    // Run from TypeScript sources (npm start), the thread registers the same loader as the process first.
    const fromSources = import.meta.url.endsWith('.ts');
    this.#worker = new Worker(BOOTSTRAP, {
      eval: true,
      workerData: {
        entry: new URL(`./understanding-worker.${fromSources ? 'ts' : 'js'}`, import.meta.url).href,
        typeScriptLoader: fromSources ? typeScriptLoader() : undefined,
      },
    });
    this.#worker.unref();
    this.#worker.on('message', (message: ThreadReply | { ready: true }) => {
      if ('ready' in message) {
        this.#ready = !this.#over;
        return;
      }
      const settle = this.#pending.get(message.id);
      this.#pending.delete(message.id);
      settle?.(message);
    });
    this.#worker.on('error', (error) => this.#end(`understanding thread failed: ${error.message}`));
    this.#worker.on('exit', (code) => this.#end(`understanding thread stopped (exit code ${code})`));
  }

  /** True once the thread answers; false before and after. */
  get ready(): boolean {
    return this.#ready;
  }

  /** The message read by rules, or undefined: read it in the event loop. */
  async understand(text: string): Promise<Understanding | undefined> {
    return (await this.#call('message', text)) as Understanding | undefined;
  }

  /** The fields an intake answer states, or undefined: read it in the event loop. */
  async readAnswer(text: string): Promise<Partial<IncidentFields> | undefined> {
    return (await this.#call('answer', text)) as Partial<IncidentFields> | undefined;
  }

  async stop(): Promise<void> {
    this.#stopping = true;
    await this.#worker.terminate();
  }

  async #call(kind: ThreadRequest['kind'], text: string): Promise<Understanding | Partial<IncidentFields> | undefined> {
    if (!this.#ready) return undefined;
    const id = this.#next++;
    const reply = await new Promise<ThreadReply | undefined>((resolve) => {
      this.#pending.set(id, resolve);
      this.#worker.postMessage({ id, kind, text } satisfies ThreadRequest);
    });
    // An error is thrown again, with its stack, by the same reading in the event loop.
    return reply && 'result' in reply ? reply.result : undefined;
  }

  #end(reason: string): void {
    if (this.#over) return;
    this.#over = true;
    this.#ready = false;
    for (const settle of this.#pending.values()) settle(undefined);
    this.#pending.clear();
    if (!this.#stopping) this.#onFailure?.(reason);
  }
}

// Plain CommonJS, evaluated in the worker: loads the entry, through tsx's loader when given.
const BOOTSTRAP = `
const { workerData } = require('node:worker_threads');
(async () => {
  if (workerData.typeScriptLoader) (await import(workerData.typeScriptLoader)).register();
  await import(workerData.entry);
})().catch((error) => setImmediate(() => { throw error; }));
`;

/** The URL of tsx's module API (`tsx/esm/api`), as the package declares it. */
function typeScriptLoader(): string {
  const manifest = createRequire(import.meta.url).resolve('tsx/package.json');
  const exported = (JSON.parse(readFileSync(manifest, 'utf8')) as { exports: Record<string, { import: { default: string } }> }).exports['./esm/api']!;
  return pathToFileURL(path.join(path.dirname(manifest), exported.import.default)).href;
}
