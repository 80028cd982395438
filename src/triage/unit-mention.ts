import type { Prepared } from './matcher.js';
import type { Unit } from './location-hint.js';

/*
 * When a unit's name in a message does not say where the problem is: the unit sent the e-mail, waits on the
 * failure, is where a patient came from, is denied, gives an identifier, lends a stand-in device, is called
 * or sends the results. The location hint skips such mentions.
 */

/** "un mail de la DSI", "an email from IT": the IT department as a sender, not as where the problem is. */
function namesSender(text: Prepared, unit: Unit, at: number): boolean {
  if (unit !== 'it') return false;
  const before = text.tokens.slice(Math.max(0, at - 2), at);
  return before.includes('de') || before.includes('du') || before.includes('from') || before.includes('disant');
}

/** Verbs that make a unit the one waiting on the failure ("les urgences attendent leurs bilans"), not its place. */
const WAITING = /^(attend|attendent|appellent|relancent|rappellent|waiting|chasing|calling|keep)$/;

function namesWaitingParty(text: Prepared, at: number): boolean {
  return text.tokens.slice(at + 1, at + 3).some((token) => WAITING.test(token));
}

/** Words for a message: a unit right after one is who sent it ("un mail de la DRH", "an email 'HR - payslip'"). */
const MESSAGE_WORDS = new Set(['mail', 'mails', 'email', 'emails', 'courriel', 'courriels', 'message', 'messages', 'msg', 'sms', 'expediteur', 'sender', 'objet', 'subject']);

/** How far before "de la DRH" the message word may be: its subject often sits between ("un mail 'document partagé' de la DRH"). */
const SUBJECT_REACH = 6;

const MAILBOX = /^(boite|boites|boitier|adresse|adresses|compte|comptes|box|inbox|mailbox|shared)$/;

/** A unit that sent a message: "email HR", "un mail de la DRH", "un mail 'document partagé DocuSign' de la DRH", "from HR" in a message about an e-mail. */
function namesMessageSender(text: Prepared, at: number): boolean {
  const [second, first] = [text.tokens[at - 2], text.tokens[at - 1]];
  // "un mail bizarre « DSI - votre mot de passe expire »", "un mail à la pharmacie": the message's sender, subject or addressee.
  // Not "la boîte mail des urgences": the unit's own mailbox is where the problem is.
  const from = Math.max(0, at - 3);
  const message = text.tokens.slice(from, at).findIndex((token) => MESSAGE_WORDS.has(token));
  if (message >= 0 && !MAILBOX.test(text.tokens[from + message - 1] ?? '')) return true;
  if (first === 'from') return text.tokens.some((token) => MESSAGE_WORDS.has(token));
  // "un mail soit disant la DRH": the sender it claims to be, without its "de".
  if ((first === 'la' || first === 'le' || first === 'l') && second === 'disant') return true;
  const preposition = first === 'de' || first === 'du' ? at - 1 : (first === 'la' || first === 'l') && second === 'de' ? at - 2 : -1;
  if (preposition < 0) return false;
  // "soi-disant de la DRH": the sender it claims to be.
  if (text.tokens[preposition - 1] === 'disant') return true;
  return text.tokens.slice(Math.max(0, preposition - SUBJECT_REACH), preposition).some((token) => MESSAGE_WORDS.has(token));
}

/** Words before "des urgences" that make it where a patient comes from, not the place of the problem. */
const ARRIVAL = /^(\d+|patients?|patientes?|malades?|injectes?|entrees?|venant|venus?|venues?|arrives?|arrivees?|transferes?|transferees?|adresses?|adressees?|provenant|scanners|scans|cts|irms|mris|examens?|exams?|radios|echos|bilans?|tubes?|prelevements?|samples?|demandes?|requests?|images|cliches)$/;

/** "dont 1 des urgences", "un patient venu des urgences", "des scanners des urgences en attente": where the patient or exam comes from. */
function namesOrigin(text: Prepared, at: number): boolean {
  const first = text.tokens[at - 1];
  if (first !== 'des' && first !== 'du' && first !== 'de' && first !== 'from') return false;
  return [text.tokens[at - 2], text.tokens[at - 3]].some((token) => token !== undefined && ARRIVAL.test(token));
}

/** "c'est pas aux urgences", "I'm not in HR": the place the writer denies (not "ça marche pas en réa"). */
const COPULA = new Set(['est', 'suis', 'sommes', 'sont', 'etait', 'etaient', 'c', 'm', 'am', 's', 'is', 're', 'are', 'was', 'were']);
const PLACE_WORDS = new Set(['en', 'a', 'au', 'aux', 'la', 'le', 'les', 'l', 'dans', 'chez', 'du', 'de', 'des', 'in', 'at', 'the', 'from']);

function deniedPlace(text: Prepared, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && at - i <= 3 && PLACE_WORDS.has(text.tokens[i]!)) i--;
  const negation = text.tokens[i];
  // "ça bloque pas les urgences", "it's not delaying the ED": a unit said to be spared is not where the fault is.
  // "non pas aux urgences, c'est chez nous en imagerie": a no, then the place denied.
  const openingDenial = (negation === 'pas' || negation === 'not') && /^(non|no|nope|mais|but)$/.test(text.tokens[i - 1] ?? '');
  return (negation === 'pas' || negation === 'not') && (COPULA.has(text.tokens[i - 1] ?? '') || SPARES.has(text.tokens[i - 1] ?? '') || openingDenial);
}
/** "patient sous surveillance cardio", "scope neuro": a kind of care or monitoring, not the unit. */
const CARE_KIND_BEFORE = new Set(['surveillance', 'monitoring', 'monitorage', 'scope', 'telemetrie', 'telemetry', 'bilan', 'avis', 'consult', 'consultation']);
function namesAKindOfCare(text: Prepared, at: number): boolean {
  return CARE_KIND_BEFORE.has(text.tokens[at - 1] ?? '') && /^(cardio|neuro|pneumo|nephro|onco|hemato|gastro)$/.test(text.tokens[at] ?? '');
}
/** "imprimer les bons de labo pour le box 3", "les étiquettes du labo": the lab's forms and labels, printed on the ward. */
const LAB_PAPERWORK = new Set(['bons', 'bon', 'etiquettes', 'etiquette', 'tubes', 'feuilles', 'fiches', 'demandes', 'bordereaux', 'requisitions', 'forms']);
function namesLabPaperwork(text: Prepared, at: number): boolean {
  if (!/^(labo|laboratoire|lab)$/.test(text.tokens[at] ?? '')) return false;
  const before = text.tokens[at - 1] ?? '';
  return (/^(de|du|d)$/.test(before) && LAB_PAPERWORK.has(text.tokens[at - 2] ?? '')) || (before === 'les' && LAB_PAPERWORK.has(text.tokens[at + 1] ?? ''));
}

/** "cardio de garde, je suis aux urgences box 1": the on-call doctor of a specialty, not where the problem is. */
function namesOnCallRole(text: Prepared, at: number): boolean {
  const [next, after] = [text.tokens[at + 1], text.tokens[at + 2]];
  return (next === 'de' && after === 'garde') || (next === 'd' && after === 'astreinte') || (next === 'on' && after === 'call');
}

/** "j'ouvre une radio", "une radio de thorax", "ses radios pulmonaires": an X-ray, not the radiology unit. */
const EXAM_ARTICLE = new Set(['une', 'des', 'cette', 'ces', 'ma', 'sa', 'ses', 'mes', 'leur', 'leurs', 'nouvelle', 'derniere', 'premiere']);
const BODY_PART = /^(thorax|poumons?|bassin|genoux?|hanches?|crane|abdomen|abdo|asp|cheville|poignet|mains?|pieds?|rachis|colonne|epaule|coude|face|sinus|dents?|dentaire|pulmonaires?|thoraciques?|chest)$/;
function namesAnExam(text: Prepared, at: number): boolean {
  const [previous, next, afterNext] = [text.tokens[at - 1] ?? '', text.tokens[at + 1] ?? '', text.tokens[at + 2] ?? ''];
  if (text.tokens[at] !== 'radio' && text.tokens[at] !== 'radios') return false;
  return EXAM_ARTICLE.has(previous) || BODY_PART.test(next) || (/^(de|du|des|d)$/.test(next) && BODY_PART.test(afterNext));
}
const SPARES = new Set(['bloque', 'bloquent', 'retarde', 'retardent', 'gene', 'genent', 'touche', 'touchent', 'impacte', 'impactent', 'blocking', 'delaying', 'affecting']);

/** Words that point at a stand-in device: "on imprime sur celle de la paillasse", "elle utilise celui des urgences". */
const STAND_IN = new Set(['celle', 'celui', 'ceux', 'celles']);
const USING = new Set(['sur', 'avec', 'utilise', 'utilisons', 'utilisent', 'utilisez', 'emprunte', 'empruntons', 'pris', 'prend', 'prenons', 'prennent']);

/** "on imprime sur celle de la cardio en attendant": the unit lends the workaround; the problem is elsewhere. */
function namesWorkaroundPlace(text: Prepared, at: number): boolean {
  for (let i = at - 1; i >= Math.max(1, at - 4); i--) {
    if (STAND_IN.has(text.tokens[i]!)) return USING.has(text.tokens[i - 1]!);
  }
  return false;
}

/** Calling a unit ("we're phoning the lab", "on appelle la pharmacie"), or its results, is not being there. */
const CALLING = new Set(['phoning', 'phone', 'calling', 'call', 'called', 'appelle', 'appelons', 'appeler', 'appellent', 'joindre', 'joint', 'rappelle', 'contacter', 'contacte']);
const SUBJECT_ARTICLES = new Set(['les', 'la', 'le', 'l', 'the']);
const RESULTS = new Set(['results', 'result', 'resultats', 'resultat', 'bilans', 'cr', 'crs']);

function namesCalledOrSource(text: Prepared, at: number): boolean {
  const before = [text.tokens[at - 1], text.tokens[at - 2]];
  // "I'm the cadre on call tonight. Paediatrics night team just called": on call is a duty, not a call ("the on-call
  // radiologist" is still a person, not the unit).
  const onCallTwoBefore = text.tokens[at - 2] === 'call' && text.tokens[at - 3] === 'on';
  if (CALLING.has(before[0] ?? '') || (CALLING.has(before[1] ?? '') && !onCallTwoBefore)) return true;
  // "les urgences ont pas pu nous joindre": the unit that calls, named as a subject (not "aux urgences").
  if (SUBJECT_ARTICLES.has(before[0] ?? '') && text.tokens.slice(at + 1, at + 6).some((token) => CALLING.has(token))) return true;
  // "je viens d'avoir la DRH au tel", "had HR on the phone": the unit spoken to.
  if (/^(au (tel|telephone|bout du fil)|on the (phone|line)|en ligne)\b/.test(text.tokens.slice(at + 1, at + 4).join(' '))) return true;
  // "lab results", "les résultats du labo": the unit that sends the results.
  if (RESULTS.has(text.tokens[at + 1] ?? '')) return true;
  return ['du', 'de', 'des', 'from'].includes(before[0] ?? '') && RESULTS.has(before[1] ?? '');
}

/** "son matricule RH c'est 40817", "n° RH 40817": a number the unit gives, not the unit. */
const IDENTIFIER_WORDS = new Set(['matricule', 'numero', 'num', 'n', 'code', 'id', 'identifiant', 'badge']);

function namesAnIdentifier(text: Prepared, at: number): boolean {
  const before = text.tokens[at - 1];
  return before !== undefined && IDENTIFIER_WORDS.has(before);
}

/** People other than the writer: "my senior is in the OR" says where the senior is, not where the problem is. */
const OTHER_PEOPLE = new Set([
  'senior', 'chef', 'cadre', 'colleague', 'collegue', 'colleagues', 'collegues', 'medecin', 'doctor', 'interne', 'boss', 'manager',
  'superviseur', 'supervisor', 'referent', 'patron', 'consultant', 'registrar', 'attending', 'surgeon', 'chirurgien', 'anesthesiste', 'anaesthetist',
]);
function namesSomeoneElsesPlace(text: Prepared, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && at - i <= 3 && PLACE_WORDS.has(text.tokens[i]!)) i--;
  return COPULA.has(text.tokens[i] ?? '') && OTHER_PEOPLE.has(text.tokens[i - 1] ?? '');
}
/** "retour de congé maternité", "back from maternity leave": a leave, not a place. */
const LEAVE_BEFORE = new Set(['conge', 'conges']);
const LEAVE_AFTER = new Set(['leave']);
/** "le fichier des salaires du personnel de réa", "ICU staff salaries": the people the work is about, not where it fails. */
const STAFF_OF = new Set(['personnel', 'personnels', 'agents', 'salaries', 'salaires', 'paie', 'effectifs', 'plannings']);
const STAFF_AFTER = new Set(['staff', 'salaries', 'salary', 'payroll', 'rota', 'rotas']);
const OF = new Set(['de', 'du', 'des', 'd', 'of']);

function namesLeaveOrStaff(text: Prepared, at: number): boolean {
  const before = text.tokens[at - 1] ?? '';
  const after = text.tokens[at + 1] ?? '';
  if (LEAVE_BEFORE.has(before) || LEAVE_AFTER.has(after)) return true;
  if (OF.has(before) && STAFF_OF.has(text.tokens[at - 2] ?? '')) return true;
  return STAFF_AFTER.has(after);
}
/**
 * The writer's own unit, named without its name: "l'imprimante du poste de soins", "dans tout le service", "our ward".
 * Another unit named beside it as a purpose ("pour le bloc de 14h") or as one that acts ("la pharmacie peut pas
 * libérer les poches") is a party to the story, not where the problem is.
 */
const OWN_UNIT = /\b(poste de soins|tout le service|notre service|dans le service|chez nous|our ward|our unit|the whole ward|the whole unit|on the ward)\b/;
const PURPOSE = new Set(['pour', 'for']);
const ACTS = new Set(['peut', 'peuvent', 'pourra', 'pourront', 'doit', 'doivent', 'veut', 'veulent', 'demande', 'demandent', 'refuse', 'refusent', 'nous', 'can', 'cannot', 'wants', 'want', 'needs', 'need', 'asks', 'ask']);

function namesAnotherParty(text: Prepared, at: number): boolean {
  if (!OWN_UNIT.test(text.joined)) return false;
  const [first, second] = [text.tokens[at - 1] ?? '', text.tokens[at - 2] ?? ''];
  if (SUBJECT_ARTICLES.has(first) && PURPOSE.has(second)) return true;
  return SUBJECT_ARTICLES.has(first) && ACTS.has(text.tokens[at + 1] ?? '');
}

/** "la RH me dit qu'il commence jeudi", "HR told me": the unit that tells, not where the problem is. */
const TELLS = /^((me|m|nous) (a |ont )?|a |ont )?(dit|dis|disent|confirme|confirment|annonce|previent|ecrit)\b|^(told|tells|says|said|confirmed|wrote)\b/;

function namesTeller(text: Prepared, at: number): boolean {
  return TELLS.test(text.tokens.slice(at + 1, at + 4).join(' '));
}

/** "des bilans à envoyer au labo", "samples to send to the lab": where something goes, not where the problem is. */
const SENDING = /^(envoyer|envoie|envoient|envoyons|envoye|envoyes|envoyees|monter|monte|descendre|descend|apporter|porter|partir|partent|send|sending|sent|take|taking|bring|going)$/;
const TOWARDS = new Set(['au', 'aux', 'a', 'la', 'l', 'le', 'les', 'vers', 'to', 'the']);

function namesDestination(text: Prepared, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && at - i <= 3 && TOWARDS.has(text.tokens[i]!)) i--;
  return i < at - 1 && SENDING.test(text.tokens[i] ?? '');
}

/**
 * "celui à côté de la pharmacie du service", "the one next to the lab door": a landmark to find the thing by, not the unit
 * it is in; "la pharmacie du service" is the unit's own drug room.
 */
const BESIDE = new Set(['cote', 'pres', 'face', 'next', 'near', 'beside', 'opposite', 'behind', 'derriere', 'contre']);
const BETWEEN_LANDMARK = new Set(['de', 'du', 'des', 'd', 'la', 'le', 'l', 'les', 'to', 'the', 'a']);

function namesALandmark(text: Prepared, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && at - i <= 3 && BETWEEN_LANDMARK.has(text.tokens[i]!)) i--;
  if (i < at - 1 && BESIDE.has(text.tokens[i] ?? '')) return true;
  const after = text.tokens.slice(at + 1, at + 4).join(' ');
  return /^(du service|de l unite|de l etage|of the ward|on the ward)\b/.test(after);
}

/** A unit's name that does not say where the problem is: a sender, a waiting party, a patient's origin, a denial, an identifier. */
/** "la réa a le même souci", "ICU has the same problem", "les urgences aussi": another unit hit as well, not where the writer is. */
const ALSO_HIT_AFTER = /^(\w+ )?(a|ont|avait|avaient|has|have|had) (le|la|les|the) (meme|memes|same) (souci|soucis|probleme|problemes|bug|panne|chose|issue|problem|thing)\b|^(\w+ )?(aussi|egalement|pareil|idem|too|as well)\b/;
const OWN_PLACE_SAID = /\b(chez nous|ici|dans notre service|dans mon service|on our ward|here|in our unit)\b/;

function namesAnotherUnitAlsoHit(text: Prepared, at: number): boolean {
  if (!OWN_PLACE_SAID.test(text.joined)) return false;
  const after = text.tokens.slice(at + 1, at + 8).join(' ');
  return ALSO_HIT_AFTER.test(after);
}

export function notThePlace(text: Prepared, unit: Unit, at: number): boolean {
  return (
    namesAnotherUnitAlsoHit(text, at) ||
    namesSender(text, unit, at) || namesWaitingParty(text, at) || namesMessageSender(text, at) || namesOrigin(text, at) || deniedPlace(text, at) ||
    namesAnIdentifier(text, at) || namesWorkaroundPlace(text, at) || namesCalledOrSource(text, at) || namesSomeoneElsesPlace(text, at) ||
    namesLeaveOrStaff(text, at) || namesAnotherParty(text, at) || namesTeller(text, at) || namesAKindOfCare(text, at) || namesDestination(text, at) || namesAnExam(text, at) || namesOnCallRole(text, at) || namesLabPaperwork(text, at) ||
    namesALandmark(text, at)
  );
}
