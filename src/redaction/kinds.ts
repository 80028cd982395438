/** What the redaction module recognises as patient or personal data. */
export const REDACTION_KINDS = ['nir', 'ipp', 'nda', 'phone', 'email', 'person', 'birth_date'] as const;
export type RedactionKind = (typeof REDACTION_KINDS)[number];

/**
 * Who reads the text: `external` (outside providers' channels, tickets and webhooks), `logs`, and
 * `internal_audit` (the hospital's own audit trail, which keeps more).
 */
export const AUDIENCES = ['external', 'logs', 'internal_audit'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** A detection: `text.slice(start, end)` is patient data of `kind` (UTF-16 offsets, end exclusive). */
export interface Span {
  kind: RedactionKind;
  start: number;
  end: number;
}

/** Result of masking: the masked text and the spans that were masked, as offsets into the input. */
export interface Redaction {
  text: string;
  found: Span[];
}
