/**
 * How a field value was obtained:
 * - `stated`: the message says it ("tout le service", "pas urgent", "le scope de la chambre 12");
 * - `inferred`: deduced from other clues (a medical device that fails is presumed to hold up care);
 * - `default`: nothing was said; the dialog should ask before relying on it.
 */
export type FieldSource = 'stated' | 'inferred' | 'default';

export interface Field<T> {
  value: T;
  source: FieldSource;
}

export function stated<T>(value: T): Field<T> {
  return { value, source: 'stated' };
}

export function inferred<T>(value: T): Field<T> {
  return { value, source: 'inferred' };
}

export function byDefault<T>(value: T): Field<T> {
  return { value, source: 'default' };
}
