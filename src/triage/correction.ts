import { inferred, stated, type Field } from './field.js';
import { compilePhrases, countMatches, matchesAny, prepare, type Phrase, type Prepared } from './matcher.js';
import { detectCategory } from './category.js';
import { statedScope } from './scope.js';
import { careHeldDespiteWayRound, statesCareBlocked } from './care-impact.js';
import { extractAssetHint, findAssetKind } from './asset-hint.js';
import { extractLocationHint } from './location-hint.js';
import { withAssessment, type IncidentFields } from './incident-fields.js';
import { PATIENT_SAFETY_RISK, SOMEWHAT_URGENT, URGENT, URGENT_THINGS, saysCareGoesOn, saysNotUrgent, saysUrgent, statesWorkaround } from './signal-lexicon.js';
import type { Category, Scope, Urgency } from './vocabulary.js';

/** The kinds of problem called by their name: "type : sécurité", "c'est du matériel", "a network issue". */
const CATEGORY_NAMES: Array<[Category, Phrase[]]> = [
  ['security', compilePhrases(['securite', 'security', 'cybersecurite', 'cyber security', 'cyber attaque*', 'cyberattack*'])],
  ['biomedical', compilePhrases(['biomed*', 'equipement* medica*', 'dispositif* medica*', 'appareil* medica*', 'medical device*', 'medical equipment'])],
  ['hardware', compilePhrases(['materiel', 'hardware'])],
  ['access', compilePhrases([
    'probleme* d acces', 'access (issue|problem)', 'droits d acces', 'probleme de? (compte|connexion)', 'login (issue|problem)',
    // "it's a rights problem on my account I think, not a bug", "c'est un problème de droits / de profil".
    'probleme* de? (droit|droits|profil|habilitation|habilitations)', '(rights|permission|permissions|profile) (issue|problem)',
  ])],
  ['network', compilePhrases(['probleme* de? reseau', 'network (issue|problem|fault)'])],
  ['software', compilePhrases([
    'probleme* de? logiciel', 'software (issue|problem|fault)', 'bug logiciel', 'probleme de? serveur', 'server (issue|problem|fault)',
    // "en fait c pas l'imprimante. c le DPI qui plante": the application named as the one at fault.
    '(c|c est) (le|la|l) (dpi|logiciel|appli|application|programme|gam|pacs|sil) (qui|qu)', '(it s|its|it is) the (dpi|software|app|application|program|record) (that|which|crashing|failing)',
  ])],
];

/**
 * What a correction says the problem is not, taken out before reading what it is: "c'est un serveur,
 * pas le réseau", "ce n'est pas un problème de mot de passe", "it's a server fault, not network".
 * "c pas le dpi je vous dis" is written as it is said. Only a clause that starts with the negation goes: "il n'y a
 * pas de réseau" still names the network.
 */
const DENIED = [
  /(?:^|[,;:]|\bet\b|\bmais\b)\s*pas\s+[^,.;:!?]*/gi,
  /\b(?:ce n['’]?est|c['’]?est|ce n est|c est|n['’]est|c)\s+pas\s+[^,.;:!?]*/gi,
  /(?:^|[,;:]|\band\b|\bbut\b)\s*not\s+[^,.;:!?]*/gi,
  /\b(?:it['’]?s|it is|that['’]?s|that is)\s+not\s+[^,.;:!?]*/gi,
  /\bisn['’]?t\s+(?:a|an|the)\s+[^,.;:!?]*/gi,
  /\bplut[oô]t que\s+[^,.;:!?]*/gi,
  /\brather than\s+[^,.;:!?]*/gi,
  // "it's for the PACS team not biomed": a kind of problem ruled out at the end of a clause.
  /\b(?:not|pas)\s+(?:the\s+|le\s+|la\s+|les\s+|l['’]|un\s+|une\s+|a\s+)?(?:biom[ée]d\w*|biomedical|r[ée]seau|network|software|logiciel|hardware|mat[ée]riel|printer|imprimante|phone|t[ée]l[ée]phone|security|s[ée]curit[ée])\b/giu,
];
/**
 * "le scope marche très bien ! c'est l'écran de l'ordi", "the printer works fine, it's the scanner": a thing said to
 * work, then the one at fault. The first is taken out before reading what kind of problem it is.
 */
const SAID_TO_WORK =
  /(?:\b(?:le|la|les|l['’]|the|my|mon|ma|mes)\s*)?\b[\p{L}-]+\s+(?:marche|marchent|fonctionne|fonctionnent|works|work|is working|are working|is fine|are fine)(?:\s+(?:très|tres|super|parfaitement|bien|fine|ok|normalement))*(?:\s+(?:on|sur|at|in|chez|ailleurs|elsewhere)\b[^.!,;?]{0,30})?\s*[!.,;]*\s*(?=(?:c['’]?est|c est|it['’]?s|its|it is)\b)/giu;

/** The words without a thing said to work before the one at fault (see {@link SAID_TO_WORK}). */
export function withoutThingSaidToWork(message: string): string {
  return message.replace(SAID_TO_WORK, ' ');
}

/** Inventory tags and host names point at a device; they say nothing of what kind of problem it has. */
const DEVICE_REFERENCE = /\b[a-z]{2,4}[-_][a-z]{2,6}[-_]\d{3,6}\b|\b[a-z]+[-_][a-z0-9-]*\d[a-z0-9-]*\b/gi;

/** "ça impacte les soins, sécurité patients": the patients' safety, not an IT security matter. */
const PATIENTS_SAFETY = /\bs[ée]curit[ée]\s+(?:des\s+|du\s+|de\s+la\s+)?(?:patients?|patientes?|malades?|soins|r[ée]sidents?|b[ée]b[ée]s?)\b|\b(?:patient|patients|care)\s+safety\b|\bsafety\s+of\s+(?:the\s+|our\s+)?patients?\b/giu;

/** The kind of problem a correction states, from what it says the problem is (not what it is not). */
function correctedCategory(message: string, scope: Scope): Field<Category> | undefined {
  let said = withoutThingSaidToWork(message).replace(PATIENTS_SAFETY, ' ');
  for (const pattern of DENIED) said = said.replace(pattern, ' ');
  said = said.replace(DEVICE_REFERENCE, ' ');
  const text: Prepared = prepare(said);
  for (const [category, names] of CATEGORY_NAMES) if (matchesAny(text, names)) return stated(category);
  const category = detectCategory(text, { request: false, scope });
  return category.source === 'stated' ? category : undefined;
}

/** The fields a correction changed, each `stated`; impact and priority when they moved too. */
export type FieldChanges = Partial<IncidentFields>;

const LOWER: Record<Urgency, Urgency> = { high: 'medium', medium: 'low', low: 'low' };

/** "it's for the PACS team not biomed", "il faut l'équipe biomédicale": a support team named, not who is affected. */
const SUPPORT_TEAM_NAMED =
  /\b(?:the|l['’]|la|le)\s*(?:pacs|it|ict|dsi|biomed\w*|network|telecom|phone|security|support|help ?desk|service ?desk|infra\w*|dpi|lab|radiology|pharmacy|facilities|maintenance|technical)\s+team\b|\b[ée]quipe\s+(?:du\s+|de\s+la\s+|des\s+|de\s+l['’])?(?:biom[ée]d\w*|pacs|informatique|dsi|t[ée]l[ée]phonie|r[ée]seau|s[ée]curit[ée]|support|technique\w*|logistique|maintenance)\b/giu;

/**
 * Reads a correction the writer sends during intake ("non, c'est en réa", "non c'est l'imprimante",
 * "c'est pas urgent", "tout le service est touché", "on a un autre PC") and returns only the fields it
 * changes. Only what the correction says outright counts; nothing is guessed.
 *
 * @example
 * correctFields(current, "non, c'est en réa")          // { location_hint: { ...current.location_hint, unit: 'icu' } }
 * correctFields(current, 'tout le service est touché') // { scope: { value: 'service', source: 'stated' }, impact: 'high', priority: 'P2' }
 */
export function correctFields(current: IncidentFields, message: string): FieldChanges {
  const text = prepare(message);
  const next = { ...current };

  if (current.category.value !== 'request') {
    const category = correctedCategory(message, current.scope.value);
    if (category) next.category = category;
  }
  const location = extractLocationHint(text);
  const scope = statedScope(prepare(message.replace(SUPPORT_TEAM_NAMED, ' ')), { ...(current.location_hint ?? {}), ...(location ?? {}) });
  if (scope) next.scope = stated(scope);

  const workaround = statesWorkaround(text);
  if (saysNotUrgent(text)) next.urgency = stated('low');
  else if (matchesAny(text, SOMEWHAT_URGENT)) next.urgency = stated('medium');
  // "on téléphone les résultats urgents en attendant", "les CR urgents, les radiologues les tapent eux-mêmes":
  // urgent things in an answer tell how people cope, not that the problem is urgent.
  else if (saysUrgent(text) && countMatches(text, URGENT) > countMatches(text, URGENT_THINGS)) next.urgency = stated('high');
  else if (workaround && !careHeldDespiteWayRound(text)) next.urgency = stated(LOWER[current.urgency.value]);

  // "on est passés au papier mais on a 30 patients en salle d attente et on voit plus les bilans": held up all the same.
  if (saysCareGoesOn(text) || (workaround && !careHeldDespiteWayRound(text))) next.patient_care_impact = stated(false);
  else if (workaround) next.patient_care_impact = stated(true);
  else if (statesCareBlocked(text) || matchesAny(text, PATIENT_SAFETY_RISK)) {
    next.patient_care_impact = stated(true);
    // Care held up makes work urgent, unless the writer said otherwise (same rule as first reading).
    if (next.urgency.source !== 'stated') next.urgency = inferred('high');
  }

  if (location) next.location_hint = { ...(current.location_hint ?? {}), ...location };
  // "le scope marche très bien ! c'est l'écran de l'ordi": the device at fault is the one named after.
  const aboutCulprit = withoutThingSaidToWork(message);
  const culprit = aboutCulprit === message ? text : prepare(aboutCulprit);
  const asset = extractAssetHint(culprit, findAssetKind(culprit) ? next.category.value : undefined);
  if (asset) next.asset_hint = { ...(current.asset_hint ?? {}), ...asset };

  const assessed = withAssessment(next);
  const changes: FieldChanges = {};
  for (const key of Object.keys(assessed) as Array<keyof IncidentFields>) {
    if (JSON.stringify(assessed[key]) !== JSON.stringify(current[key])) {
      (changes as Record<string, unknown>)[key] = assessed[key];
    }
  }
  return changes;
}
