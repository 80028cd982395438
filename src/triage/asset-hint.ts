import { z } from 'zod';
import type { Category } from './vocabulary.js';
import { BIOMEDICAL, HARDWARE, MONITOR_WORDS, NETWORK, PHONE, PRINTER, SOFTWARE } from './category-lexicon.js';
import { compilePhrases, firstPosition, locatePhrase, matchesAny, type Phrase, type Prepared } from './matcher.js';

export const ASSET_KINDS = [
  'workstation', 'printer', 'label_printer', 'phone', 'server', 'network', 'biomedical', 'application',
] as const;
export const assetKindSchema = z.enum(ASSET_KINDS);
export type AssetKind = z.infer<typeof assetKindSchema>;

export const assetHintSchema = z.object({
  tag: z.string().optional(),
  hostname: z.string().optional(),
  kind: assetKindSchema.optional(),
});
/** Which equipment the message is about, as far as it says. Every key is optional. */
export type AssetHint = z.infer<typeof assetHintSchema>;

const LABEL_PRINTER = compilePhrases(['label printer*', 'wristband printer*', 'zebra', 'imprimante* a|d etiquette*|bracelet*', 'machine* a|d etiquette*|bracelet*', 'etiqueteuse*']);
/** "c'est pas une imprimante à étiquettes, c'est la laser", "not the label printer": another printer is meant. */
const LABEL_PRINTER_DENIED = compilePhrases([
  'pas une|un|la|le|l imprimante* a|d etiquette*|bracelet*', 'pas celle|celle-la des|a etiquette*|bracelet*', 'pas l|une etiqueteuse*',
  'not a|the label|wristband printer*', 'not the one for|with labels|wristbands',
]);
/** What a label printer prints: a printer named with these is a label printer. */
const LABELS = compilePhrases(['bracelet*', 'etiquette*', 'label', 'labels', 'wristband*', 'code* barre*', 'barcode*']);
const SERVER = compilePhrases([
  'serveur*', 'server*', 'partage*', 'lecteur* reseau*', 'shared drive*', 'network drive*', 'file server*', 'lecteur h',
]);

const KIND_PHRASES: Array<[AssetKind, Phrase[]]> = [
  ['label_printer', LABEL_PRINTER],
  ['biomedical', BIOMEDICAL],
  ['printer', PRINTER],
  ['phone', PHONE],
  ['server', SERVER],
  ['network', NETWORK],
  ['workstation', HARDWARE],
  ['application', SOFTWARE],
];

/** Kinds that fit a category best, in order of preference. */
const KINDS_FOR_CATEGORY: Record<Category, AssetKind[]> = {
  printer: ['label_printer', 'printer'],
  biomedical: ['biomedical'],
  phone: ['phone'],
  network: ['network', 'server', 'workstation'],
  software: ['application', 'server', 'workstation'],
  hardware: ['workstation', 'label_printer', 'printer'],
  access: ['application', 'workstation'],
  security: ['workstation', 'application', 'server'],
  request: ['application', 'workstation', 'printer', 'phone', 'label_printer', 'server', 'network'],
};

/** Whether the words name a device of this kind of problem: "a DECT", "the printer", not only "the computer cart". */
export function namesDeviceOf(text: Prepared, category: Category): boolean {
  const kind = findAssetKind(text, category);
  return kind !== undefined && KINDS_FOR_CATEGORY[category].includes(kind);
}

/** Inventory tags: PC-CARD-0342, IMP-URG-0012, TEL-REA-0101; "pc card 0342" for common prefixes. */
const TAG_STRICT = /\b([a-z]{2,4})[-_]([a-z]{2,6})[-_](\d{3,6})\b/i;
const TAG_LOOSE = /\b(pc|imp|prn|srv|lap|ws|ecr|pse)[-_ ]([a-z]{2,6})[-_ ](\d{3,6})\b/i;
const HOSTNAME = /\b([a-z]{2,}[a-z0-9]*(?:[-.][a-z0-9]+)+)\b/gi;
const TICKET_LIKE = /^(inc|req)[-_.]?\d{4}/i;

function findTag(raw: string): string | undefined {
  const strict = TAG_STRICT.exec(raw);
  const match = strict && !/^(inc|req)$/i.test(strict[1]!) ? strict : TAG_LOOSE.exec(raw);
  return match ? `${match[1]}-${match[2]}-${match[3]}`.toUpperCase() : undefined;
}

function findHostname(raw: string, tag: string | undefined): string | undefined {
  for (const match of raw.matchAll(HOSTNAME)) {
    const name = match[1]!;
    if (!/\d/.test(name) || TICKET_LIKE.test(name)) continue;
    if (tag && name.toUpperCase().replace(/_/g, '-') === tag) continue;
    if (/^(e|error|erreur)[-.]\d/i.test(name)) continue;
    return name.toLowerCase();
  }
  return undefined;
}

/** The kind of equipment named first in the text, preferring kinds that fit the category. */
export function findAssetKind(text: Prepared, category?: Category): AssetKind | undefined {
  const found: Array<{ kind: AssetKind; at: number }> = [];
  const labelPrinterDenied = matchesAny(text, LABEL_PRINTER_DENIED);
  if (matchesAny(text, PRINTER) && matchesAny(text, LABELS) && !labelPrinterDenied) found.push({ kind: 'label_printer', at: -1 });
  const monitor = MONITOR_WORDS.map((phrase) => locatePhrase(text, phrase)).find((hit) => hit !== undefined);
  if (monitor) found.push({ kind: category === 'biomedical' ? 'biomedical' : 'workstation', at: monitor.start });
  for (const [kind, phrases] of KIND_PHRASES) {
    if (kind === 'label_printer' && labelPrinterDenied) continue;
    const at = firstPosition(text, phrases);
    if (at < Infinity) found.push({ kind, at });
  }
  if (found.length === 0) return undefined;
  if (category) {
    for (const kind of KINDS_FOR_CATEGORY[category]) if (found.some((f) => f.kind === kind)) return kind;
  }
  return found.sort((a, b) => a.at - b.at)[0]!.kind;
}

/**
 * Asset tag, hostname and kind named in a message.
 *
 * @example
 * extractAssetHint(prepare('le pc card 0342 ne démarre plus'), 'hardware')
 * // { tag: 'PC-CARD-0342', kind: 'workstation' }
 */
export function extractAssetHint(text: Prepared, category?: Category): AssetHint | null {
  const hint: AssetHint = {};
  const tag = findTag(text.raw);
  if (tag) hint.tag = tag;
  const hostname = findHostname(text.raw, tag);
  if (hostname) hint.hostname = hostname;
  const kind = findAssetKind(text, category);
  if (kind) hint.kind = kind;
  return Object.keys(hint).length > 0 ? hint : null;
}
