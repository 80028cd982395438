import { pino, type Logger } from 'pino';

export type { Logger };

/**
 * The process logger (JSON lines on stdout). Message text from users never goes into logs as-is:
 * callers log identifiers (ticket number, activity id), and free text only after redaction.
 */
export function createLogger(level: string = 'info'): Logger {
  return pino({ level, base: { service: 'triage' }, timestamp: pino.stdTimeFunctions.isoTime });
}

/** A logger that writes nothing, for tests and CLI commands that print their own output. */
export const silentLogger: Logger = pino({ level: 'silent' });
