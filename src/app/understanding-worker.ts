// Entry of the understanding thread (see understanding-thread.ts): reads messages and answers by rules.
import { parentPort } from 'node:worker_threads';
import { correctFields, understandByRules } from '../triage/index.js';
import { NOTHING_STATED } from './understanding.js';
import type { ThreadReply, ThreadRequest } from './understanding-thread.js';

const port = parentPort;
if (!port) throw new Error('understanding-worker runs as a worker thread only');

port.on('message', ({ id, kind, text }: ThreadRequest) => {
  let reply: ThreadReply;
  try {
    reply = { id, result: kind === 'message' ? understandByRules(text) : correctFields(NOTHING_STATED, text) };
  } catch (error) {
    reply = { id, error: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply);
});
port.postMessage({ ready: true });
