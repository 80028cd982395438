/**
 * An expected failure with a stable machine-readable code. Callers branch on `code`, never on the
 * message; the message is written for the help-desk agent or operator who has to act on it.
 */
export class CodedError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'CodedError';
  }
}

export type ErrorCode =
  | 'config_invalid'
  | 'validation_failed'
  | 'not_found'
  | 'illegal_transition'
  | 'conflict'
  | 'usage';

export function isCodedError(error: unknown, code?: ErrorCode): error is CodedError {
  return error instanceof CodedError && (code === undefined || error.code === code);
}
