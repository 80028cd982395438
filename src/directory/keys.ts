/**
 * The lookup key of an asset tag or hostname: upper-case letters and digits only, accents dropped, so
 * "pc card 0342", "pccard0342" and "PC-CARD-0342" share the key PCCARD0342 (columns tag_key, hostname_key).
 */
export function assetKey(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toUpperCase().replace(/[^A-Z0-9]/g, '');
}

/** E-mail addresses are stored and compared in lower case. */
export function emailKey(email: string): string {
  return email.trim().toLowerCase();
}
