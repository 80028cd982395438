import type { DirectoryUser } from '../directory/index.js';
import type { Ticket } from '../tickets/index.js';
import type { Language } from '../triage/index.js';
import { t, type MessageKey } from './messages/index.js';
import type { BotDirectory } from './services.js';

type ShownTicket = Pick<Ticket, 'requesterId' | 'title' | 'category' | 'scope' | 'assetId' | 'locationId'>;

/**
 * How a ticket is named to someone reading about it: its own title for its requester; for anyone else (a colleague
 * told the unit's outage is known, a line manager following their team) a neutral description, "un problème de
 * logiciel sur Cristal-Net 7 — Réanimation polyvalente, tout le service", since the title is the requester's own
 * words and may name a patient.
 *
 * ```ts
 * const title = await ticketShown(services.directory, ticket, user, 'fr');
 * ```
 */
export async function ticketShown(
  directory: Pick<BotDirectory, 'findAssetById' | 'findLocationById'>,
  ticket: ShownTicket,
  viewer: Pick<DirectoryUser, 'id'>,
  lang: Language,
): Promise<string> {
  if (ticket.requesterId === viewer.id) return ticket.title;
  return neutralDescription(directory, ticket, lang);
}

/** What a ticket is about, from its recorded fields only: kind of problem, the device or application, the place. */
export async function neutralDescription(
  directory: Pick<BotDirectory, 'findAssetById' | 'findLocationById'>,
  ticket: Pick<Ticket, 'category' | 'scope' | 'assetId' | 'locationId'>,
  lang: Language,
): Promise<string> {
  const asset = ticket.assetId === null ? undefined : await directory.findAssetById(ticket.assetId);
  // An application by its name without the gloss ("Cristal-Net 7"), a device by its tag (PRN-URG-0010).
  const assetName = asset && (asset.kind === 'application' ? asset.model.replace(/\s*\(.*\)\s*$/, '') : asset.tag);
  const about = t(lang, `ticket.about.${ticket.category}` as MessageKey) + (assetName ? t(lang, 'ticket.about_asset', { asset: assetName }) : '');
  const place = await placeOf(directory, ticket, lang);
  return place ? t(lang, 'ticket.neutral', { about, place }) : about;
}

async function placeOf(directory: Pick<BotDirectory, 'findLocationById'>, ticket: Pick<Ticket, 'scope' | 'locationId'>, lang: Language): Promise<string | undefined> {
  if (ticket.scope === 'site') return t(lang, 'ticket.place.site');
  const place = ticket.locationId === null ? undefined : await directory.findLocationById(ticket.locationId);
  if (!place) return undefined;
  if (ticket.scope === 'service') return t(lang, 'ticket.place.unit_wide', { unit: place.unitName });
  if (!place.room) return t(lang, 'ticket.place.unit', { unit: place.unitName });
  return t(lang, 'ticket.place.room', { unit: place.unitName, room: place.room });
}

/** A date and time as the user reads it ("3 déc. 2026, 09:14"), in Paris time. */
export function formatDate(iso: string, lang: Language): string {
  return new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Paris',
  }).format(new Date(iso));
}
