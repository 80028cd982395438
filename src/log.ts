import { pino, type DestinationStream, type Logger } from 'pino';
import { defaultRedactionPolicy, pinoRedaction, type RedactionPolicy } from './redaction/index.js';

export type { Logger };

/**
 * The process logger (JSON lines on stdout). Every line passes through the 'logs' redaction policy
 * (NIR, patient numbers, phones, e-mails masked) before it is written; callers still log identifiers
 * (ticket number, activity id) rather than what users typed.
 */
export function createLogger(
  level: string = 'info',
  policy: RedactionPolicy = defaultRedactionPolicy,
  destination?: DestinationStream,
): Logger {
  const options = { level, base: { service: 'triage' }, timestamp: pino.stdTimeFunctions.isoTime, ...pinoRedaction(policy) };
  return destination ? pino(options, destination) : pino(options);
}

/** A logger that writes nothing, for tests and CLI commands that print their own output. */
export const silentLogger: Logger = pino({ level: 'silent' });
