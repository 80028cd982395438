import type { AssetPlace } from '../../directory/index.js';
import { ownComputerOffered } from './own-computer-chosen.js';
import { CATEGORIES } from '../../triage/index.js';
import { t, type MessageKey } from '../messages/index.js';
import { proposedDevices } from './next-question.js';
import { DEVICE_KINDS, type IntakeAsset, type IntakeState, type QuestionId, type RequestType } from './state.js';

export interface Option<T extends string = string> {
  value: T;
  key: MessageKey;
}

/** What the bot says for one question: text, the buttons to offer, and whether to show the summary card. */
export interface Prompt {
  text: string;
  choices: string[];
  summary?: boolean;
}

export const CATEGORY_OPTIONS: Option[] = CATEGORIES.filter((c) => c !== 'request').map((c) => ({ value: c, key: `category.${c}` as MessageKey }));
export const SCOPE_OPTIONS: Option[] = (['single_user', 'team', 'service', 'site'] as const).map((s) => ({ value: s, key: `choice.scope.${s}` as MessageKey }));
export const URGENCY_OPTIONS: Option[] = (['high', 'medium', 'low'] as const).map((u) => ({ value: u, key: `choice.urgency.${u}` as MessageKey }));
/** For a security threat, how soon depends on whether it was acted on, not on a way to keep working. */
export const THREAT_URGENCY_OPTIONS: Option[] = (['high', 'low'] as const).map((u) => ({ value: u, key: `choice.threat_urgency.${u}` as MessageKey }));
export const REQUEST_URGENCY_OPTIONS: Option[] = (['high', 'medium', 'low'] as const).map((u) => ({ value: u, key: `choice.request_urgency.${u}` as MessageKey }));
export const REQUEST_TYPE_OPTIONS: Option<RequestType>[] = (['software', 'access', 'account', 'restore', 'other'] as const).map((r) => ({ value: r, key: `choice.request.${r}` as MessageKey }));
export const CONFIRM_OPTIONS: Option<'create' | 'change' | 'cancel'>[] = [
  { value: 'create', key: 'choice.create' },
  { value: 'change', key: 'choice.change' },
  { value: 'cancel', key: 'choice.cancel' },
];

export function describePlace(place: AssetPlace): { unit: string; building: string; floor: string } {
  return { unit: place.unitName, building: place.building, floor: place.floor };
}

/** "PC-CARD-0342 (poste de travail)" */
/**
 * "BIO-BLOC-0004 — Station d'anesthésie Dräger Perseus A500": the tag alone means little at the bedside. Devices of
 * one model in different rooms also show their room ("… — A284 Emplacement de réveil 4"), which is how staff tell them apart.
 */
function deviceChoice(device: IntakeAsset, shown: IntakeAsset[]): string {
  const label = device.model ? `${device.tag} — ${device.model}` : device.tag;
  const twins = shown.filter((other) => other.model === device.model);
  const rooms = new Set(twins.map((other) => other.place?.room));
  return twins.length > 1 && rooms.size === twins.length && device.place?.room ? `${label} — ${device.place.room}` : label;
}

export function describeAsset(state: IntakeState, asset: IntakeAsset): string {
  const kindKey = `asset_kind.${asset.kind}` as MessageKey;
  return `${asset.tag} (${t(state.lang, kindKey)})`;
}

/** Builds the prompt for `question`, and records in the state which form of it was asked. */
export function promptFor(state: IntakeState, question: QuestionId): Prompt {
  const { lang } = state;
  const labels = (options: Option[]) => options.map((o) => t(lang, o.key));
  switch (question) {
    case 'category':
      return { text: t(lang, 'intake.ask.category'), choices: labels(CATEGORY_OPTIONS) };
    case 'asset': {
      const devices = state.assetDeclined ? [] : proposedDevices(state);
      if (devices.length === 1 && devices[0]!.place) {
        state.assetMode = 'confirm';
        const device = devices[0]!;
        return {
          text: t(lang, 'intake.ask.asset_confirm', { asset: device.tag, kind: t(lang, `asset_kind.${device.kind}` as MessageKey), ...describePlace(device.place!) }),
          choices: [t(lang, 'choice.yes'), t(lang, 'choice.no')],
        };
      }
      if (devices.length > 1 && devices.length <= 6) {
        state.assetMode = 'choose';
        return {
          text: t(lang, 'intake.ask.asset_choose'),
          choices: [...devices.map((device) => deviceChoice(device, devices)), t(lang, 'choice.dont_know')],
        };
      }
      state.assetMode = 'tag';
      // "non c'est le BIO-SSPI-0014", a number the directory does not know: said, not passed over.
      const unknown = state.unknownTag;
      state.unknownTag = undefined;
      const text = unknown
        ? t(lang, 'intake.retry.asset_unknown', { text: unknown, example: exampleTag(state) })
        : t(lang, 'intake.ask.asset_tag', { example: exampleTag(state) });
      return { text, choices: [t(lang, 'choice.dont_know')] };
    }
    case 'location':
      if (state.homePlace && state.locationMode !== 'ask') {
        state.locationMode = 'confirm';
        return { text: t(lang, 'intake.ask.location_confirm', describePlace(state.homePlace)), choices: [t(lang, 'choice.yes'), t(lang, 'choice.no')] };
      }
      state.locationMode = 'ask';
      return { text: t(lang, 'intake.ask.location'), choices: [] };
    case 'scope':
      return { text: t(lang, 'intake.ask.scope'), choices: labels(SCOPE_OPTIONS) };
    case 'patient_care':
      return { text: t(lang, 'intake.ask.patient_care'), choices: [t(lang, 'choice.yes'), t(lang, 'choice.no')] };
    case 'urgency':
      // "another PC, another printer?" means nothing for a phishing e-mail: was it clicked, was a password given?
      if (state.category === 'security') return { text: t(lang, 'intake.ask.threat_urgency'), choices: labels(THREAT_URGENCY_OPTIONS) };
      return { text: t(lang, 'intake.ask.urgency'), choices: labels(URGENCY_OPTIONS) };
    case 'request_type':
      return { text: t(lang, 'intake.ask.request_type'), choices: labels(REQUEST_TYPE_OPTIONS) };
    case 'request_detail':
      if (state.requestType === 'access' && state.accessProfileOnly) return { text: t(lang, 'intake.ask.request_detail.access_profile'), choices: [] };
      if (state.requestType === 'software' && state.softwareNamed) {
        const own = ownComputerOffered(state);
        return own
          ? { text: t(lang, 'intake.ask.request_detail.software_own_machine', { tag: own.tag }), choices: [t(lang, 'choice.yes'), t(lang, 'choice.request.other_machine')] }
          : { text: t(lang, 'intake.ask.request_detail.software_machine'), choices: [] };
      }
      return { text: t(lang, `intake.ask.request_detail.${state.requestType ?? 'other'}` as MessageKey), choices: [] };
    case 'request_urgency':
      return { text: t(lang, 'intake.ask.request_urgency'), choices: labels(REQUEST_URGENCY_OPTIONS) };
    case 'confirm':
      return { text: t(lang, 'intake.ask.confirm'), choices: labels(CONFIRM_OPTIONS), summary: true };
    case 'change':
      // Leaving the correction goes back to the summary; the incident itself is cancelled from the card.
      return { text: t(lang, 'intake.ask.change'), choices: [t(lang, 'choice.back_to_summary')] };
  }
}

/** How each kind of device is labelled, for a unit with none of that kind in the directory. */
const EXAMPLE_TAG_OF_KIND: Record<string, string> = {
  workstation: 'PC-CARD-0342',
  phone: 'DECT-URG-0101',
  printer: 'PRN-URG-0010',
  label_printer: 'LBL-URG-0001',
  biomedical: 'BIO-URG-0001',
};

/** A tag like the one asked for: one of the unit's devices of that kind, else how that kind is labelled. */
export function exampleTag(state: IntakeState): string {
  const kind = state.pointer?.kind ?? (state.category ? DEVICE_KINDS[state.category]?.[0] : undefined);
  const ofKind = kind ? state.candidates.find((device) => device.kind === kind) : state.candidates[0];
  return ofKind?.tag ?? EXAMPLE_TAG_OF_KIND[kind ?? 'workstation'] ?? EXAMPLE_TAG_OF_KIND.workstation!;
}
