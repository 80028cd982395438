import type { IntakeAsset } from './state.js';
import { foldAnswer, roomNumber, withoutNamesRuledOut } from './answers.js';
import { withoutWayRound } from './answer-phrases.js';

/** Words for rooms where one patient lies: a nurse says "chambre 3" for what the inventory calls "Box 3". */
const PATIENT_ROOM = /\b(chambre|ch|box|lit|room|bed|bay|emplacement)\b/;

/** The words and the number of a room label: "A234 Salle d'opération 4" → words {salle, operation}, 4. */
function readRoom(label: string): { words: Set<string>; number: string } | undefined {
  const folded = foldAnswer(label).replace(/^[a-z]\d{2,4}\s+/, '');
  const number = /(\d{1,4})[a-z]?\s*$/.exec(folded)?.[1] ?? /\b(\d{1,4})\b/.exec(folded)?.[1];
  if (!number) return undefined;
  const words = new Set(folded.split(' ').filter((word) => /^[a-z]{2,}$/.test(word) && !['de', 'du', 'la', 'le'].includes(word)));
  return { words, number };
}

const isPatientRoom = (words: Set<string>) => [...words].some((word) => PATIENT_ROOM.test(word));

/** An English "room" says nothing of what the room is for: "room 2" is the operating room 2 as well as box 2. */
const isAnyRoom = (words: Set<string>) => words.size > 0 && [...words].every((word) => word === 'room');

/** "theatre 3", "OR 3": the operating room the inventory calls "Salle d'opération 3". */
const THEATRE = /^(theatre|theater|or|ot)$/;
const isTheatre = (words: Set<string>) => words.size > 0 && [...words].every((word) => THEATRE.test(word));

/**
 * Whether a directory room ("A133 Box 3", "A234 Salle d'opération 4") is the room a message names
 * ("chambre 3", "salle 4"): same number, and either both are patient rooms, or every word named is in
 * it, or the message only says "room".
 */
export function isRoomNamed(placeRoom: string | null | undefined, named: string): boolean {
  if (!placeRoom) return false;
  // "(B334)", "room C132": the room's door code, which the inventory writes first ("B334 Chambre 4").
  const door = /^\s*([a-z]\d{2,4})\s*$/i.exec(named)?.[1];
  if (door) return foldAnswer(placeRoom).split(' ')[0] === door.toLowerCase();
  const place = readRoom(placeRoom);
  const wanted = readRoom(named);
  if (!place || !wanted || place.number !== wanted.number) return false;
  if (isAnyRoom(wanted.words) || (isPatientRoom(place.words) && isPatientRoom(wanted.words))) return true;
  if (isTheatre(wanted.words)) return place.words.has('operation');
  return [...wanted.words].every((word) => place.words.has(word));
}

/** Rooms named by their use rather than a number ("le PC du poste de soins"), and how the inventory labels them. */
const ROOMS_BY_USE: Array<[RegExp, RegExp]> = [
  [/\b(poste de soins?|postes de soins|nursing station|nurses station|nurse station)\b/, /\bposte de soins\b/],
  [/\b(secretariat|secretary s office)\b/, /\bsecretariat\b/],
  [/\b(bureau medical|doctors office|doctor s office)\b/, /\bbureau medical\b/],
];

/**
 * The devices in the room a message names by its use, the first named when several are ("l'imprimante du
 * secrétariat… on imprime sur celle du poste de soins" is the secretariat's), or all of them when it names none.
 */
function inRoomNamedByUse(candidates: IntakeAsset[], folded: string): IntakeAsset[] {
  const named = ROOMS_BY_USE.map(([said, label]) => ({ at: folded.search(said), label })).filter(({ at }) => at >= 0);
  const first = named.sort((a, b) => a.at - b.at)[0];
  return first ? candidates.filter((asset) => asset.place?.room && first.label.test(foldAnswer(asset.place.room))) : candidates;
}

const ROOM_SAID = /\b(theatre|theater|or|salle|room|box|chambre|chb|chbre|bay|bed|lit|emplacement)\s*(?:n |no |numero )?(\d{1,3})\b/;

/** A room a message names that the understanding did not single out ("in theatre 3"). */
const FLOOR_SAID = /\b(?:du|au|on the|of the) (\d{1,2})(?:e|eme|er|ere|nd|rd|th|st)\b|\b(\d{1,2})(?:e|eme|er|ere|nd|rd|th|st)? (?:etage|floor)\b|\betage (\d{1,2})\b|\b(rdc|rez de chaussee|ground floor)\b/;

/** The floor said ("du 2e", "3e étage", "2nd floor", "rdc"), as the directory writes it. */
function floorSaidIn(folded: string): string | undefined {
  const said = FLOOR_SAID.exec(folded);
  if (!said) return undefined;
  return said[4] ? '0' : String(Number(said[1] ?? said[2] ?? said[3]));
}

function roomSaidIn(folded: string): string | undefined {
  const said = ROOM_SAID.exec(folded);
  return said ? `${said[1]!.startsWith('chb') ? 'chambre' : said[1]} ${said[2]}` : undefined;
}

/** Device words of messages, and how the inventory names such devices. */
export const DEVICE_WORDS: Array<[RegExp, RegExp]> = [
  [/\b(scope|scopes|moniteur|moniteurs|monitor|monitors|monitoring)\b/, /\b(moniteur|monitor|scope)\b/],
  [/\b(pousse[- ]seringues?|pse|syringe pumps?|syringe drivers?)\b/, /\b(pousse[- ]seringue|syringe)\b/],
  [/\b(pompe|pompes|pump|pumps)\b/, /\b(pompe|pump)\b/],
  [/\b(respi|respis|respirateur|respirateurs|ventilateur|ventilator|ventilators)\b/, /\b(respirateur|ventilat\w*|anesthesie)\b/],
  [/\b(anesthesie|anaesthesia|anesthesia|anaesthetic|anesthetic)\b/, /\b(anesthesie)\b/],
  [/\b(ecg|electrocardiographe|ekg)\b/, /\b(ecg|electrocardiographe)\b/],
  [/\b(defibrillateur|defibrillator|dsa)\b/, /\b(defibrillat\w*)\b/],
];

const FIXED_COMPUTER = /\b(pc|poste|ordinateur|ordi) fixe|unite centrale|desktop( pc| computer)?|fixed (pc|computer)\b/;
const MOBILE_MODEL = /\b(chariot|cart|portable|laptop|notebook|tablette|tablet|elitebook|thinkpad|latitude)\b/;

/** The words name a desktop computer ("le PC fixe", "l'unité centrale"). */
export function saysFixedComputer(text: string): boolean {
  return FIXED_COMPUTER.test(foldAnswer(text));
}

/** A computer that stays on its desk: not a cart, a laptop or a tablet. */
export function isFixedComputer(asset: IntakeAsset): boolean {
  return asset.kind === 'workstation' && !MOBILE_MODEL.test(foldAnswer(asset.model ?? ''));
}

/**
 * Narrows the candidate devices to those the message points at: the room it names (by number, or by
 * its use: "poste de soins"), then the kind of device it names ("le scope du box 3" → the monitor of box 3). A filter that would leave nothing is
 * not applied.
 */
export function devicesPointedAt(candidates: IntakeAsset[], text: string, room: string | undefined): IntakeAsset[] {
  let narrowed = candidates;
  const folded = foldAnswer(text);
  const named = room ?? roomSaidIn(folded);
  // "pas grave on imprime au secrétariat": the room of the way round is not where the device at fault is.
  const inRoom = named ? narrowed.filter((asset) => isRoomNamed(asset.place?.room, named)) : inRoomNamedByUse(narrowed, foldAnswer(withoutWayRound(text)));
  if (inRoom.length > 0) narrowed = inRoom;
  // "le poste de soins du 2e": the unit's rooms of that name on that floor.
  const floor = floorSaidIn(folded);
  const onFloor = floor === undefined ? [] : narrowed.filter((asset) => asset.place?.floor === floor);
  if (onFloor.length > 0) narrowed = onFloor;
  // "c'est pas le chariot, c'est le PC fixe au fond du poste": a desktop, not a cart or a laptop.
  if (FIXED_COMPUTER.test(folded)) {
    const fixed = narrowed.filter(isFixedComputer);
    if (fixed.length > 0) narrowed = fixed;
  }
  for (const [said, modelWords] of DEVICE_WORDS) {
    if (!said.test(folded)) continue;
    const named = narrowed.filter((asset) => asset.model !== undefined && modelWords.test(foldAnswer(asset.model)));
    if (named.length > 0) narrowed = named;
    break;
  }
  return narrowed;
}

/** Words of a model name that say nothing of which device it is. */
const MODEL_FILLER = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'et', 'pour', 'avec', 'pro', 'series', 'gen', 'sff', 'mini', 'patient', 'patients']);

/**
 * The words that tell one model from another: all of them (`all`), or only those the inventory writes with a
 * capital or a digit (`written`: "Brother", "Chariot", "d83"), so a message's "poste de soins" or "écran" does
 * not point at "Chariot de soins …" or "… écrans Barco".
 */
function modelWords(model: string, which: 'all' | 'written'): Set<string> {
  const key = `${which}:${model}`;
  let known = modelWordsCache.get(key);
  if (!known) {
    if (modelWordsCache.size >= 5_000) modelWordsCache.clear();
    known = readModelWords(model, which);
    modelWordsCache.set(key, known);
  }
  return known;
}

/** Model words by model name: the same few hundred models are read at every intake turn. */
const modelWordsCache = new Map<string, Set<string>>();

function readModelWords(model: string, which: 'all' | 'written'): Set<string> {
  // What the inventory adds in brackets tells one model from another as a make does: "Ascom d83 (alarme travailleur isolé)".
  const described = /\(([^)]*)\)/.exec(model)?.[1]?.split(/[\s+,/]+/) ?? [];
  const words = [...model.split(/[\s()+,/]+/).filter((word) => which === 'all' || /[\p{Lu}0-9]/u.test(word)), ...described];
  const read = new Set(words.map(foldAnswer).flatMap((word) => word.split(' ')).filter((word) => word.length >= 2 && /[a-z]/.test(word) && !MODEL_FILLER.has(word)));
  // "le dect PTI", "the lone-worker handset": what staff call a handset with the lone-worker alarm.
  if (read.has('travailleur') && read.has('isole')) for (const alias of ['pti', 'dati', 'lone']) read.add(alias);
  return read;
}

/**
 * The devices whose make or model a text names ("c'est la Brother", "le chariot", "le d83"): those sharing
 * the text's model words; none when the words name no device, or every one of them.
 */
export function devicesOfMake(devices: IntakeAsset[], text: string, which: 'all' | 'written' = 'all'): IntakeAsset[] {
  // "c'est pas celle des étiquettes, c'est la laser, la HP": the make ruled out points at nothing.
  const said = new Set(withoutNamesRuledOut(foldAnswer(text)).split(' '));
  let named = devices;
  for (const word of said) {
    // "le cardioto": the first letters of a long model word ("Cardiotocographe") name it too.
    const names = (model: string) => {
      const words = modelWords(model, which);
      return words.has(word) || (word.length >= 5 && [...words].some((w) => w.length >= 8 && w.length > word.length && w.startsWith(word)));
    };
    const having = named.filter((device) => device.model !== undefined && names(device.model));
    if (having.length > 0) named = having;
  }
  return named.length < devices.length ? named : [];
}

/**
 * The devices whose written make or model shares the most words with the text ("c'est la laser à côté, la Brother":
 * the two Brothers, not the HP LaserJet); none when no word names one, or when every device is named alike.
 */
export function devicesMostNamed(devices: IntakeAsset[], text: string): IntakeAsset[] {
  const said = new Set(withoutNamesRuledOut(foldAnswer(text)).split(' ').filter((word) => word.length >= 2));
  const scored = devices.map((device) => {
    const words = device.model ? modelWords(device.model, 'written') : new Set<string>();
    return { device, score: [...said].filter((word) => words.has(word)).length };
  });
  const best = Math.max(0, ...scored.map((entry) => entry.score));
  if (best === 0) return [];
  const named = scored.filter((entry) => entry.score === best).map((entry) => entry.device);
  return named.length < devices.length ? named : [];
}

/** The words name the make or model of this device ("it's the HP elitebook on my desk"), and do not rule it out. */
export function namesModelOf(device: IntakeAsset, text: string): boolean {
  if (!device.model) return false;
  const words = modelWords(device.model, 'written');
  return withoutNamesRuledOut(foldAnswer(text)).split(' ').some((word) => words.has(word));
}

/** "pas le 339", "not 0339": a number the user rules out; "ah non le 0106" takes the 0106 instead of what came before. */
const DENIED_NUMBER = /\b(pas|not|(?<!\b(?:ah|oh|euh|eh) )non|plutot que|rather than)\s+(le|la|l|the)?\s*\d+/g;

/** "c'est pas la 0511, c'est la 0512": a number ruled out, so another one is meant. */
export function deniesANumber(text: string): boolean {
  return new RegExp(DENIED_NUMBER.source).test(foldAnswer(text));
}

/** "le 0104 de réserve", "the spare 0104": a stand-in taken meanwhile, not the device at fault. */
const STAND_IN_NUMBER = /\b(\d+) (de reserve|de secours|de pret|de remplacement|spare|loaner)\b|\b(spare|loaner|reserve) (\d+)\b/g;
/** "l'agent prend le 0102 qui marche", "0102 works fine": the number of a device that works, not the one at fault. */
const WORKING_NUMBER = /\b(\d+) ((qui )?(marche|marchent|fonctionne|fonctionnent|va bien)|(which|that) works|works|is working|is fine)\b(?! pas| plus| mal| not)/g;
/** "…celui en panne c'est le 0656", "the broken one is 0104": the number of the device at fault, said as such. */
const BROKEN_NUMBER = /\b(en panne|hs|qui marche pas|qui marche plus|broken|faulty|not working|dead)( one)?( c est| is| it s)? (le |la |the )?(\d{2,6})\b/;

/** "c'est la 0002 qui déconne", "0104 is the broken one": the number, then what is wrong with it. */
const NUMBER_THEN_BROKEN = /\b(\d{2,6}) (qui )?(deconne|deconnent|marche pas|marche plus|marche mal|fonctionne pas|fonctionne plus|est en panne|est hs|bug|bugue|beug|plante|is broken|is faulty|is the broken one|doesn t work|isn t working|that s broken|that is broken|which is broken|thats broken|qui est en panne|qui est hs)\b/;

/** "celui en panne c'est le 0656": the text says which number is the broken device's. */
export function namesTheBrokenOne(text: string): boolean {
  const folded = foldAnswer(text);
  return BROKEN_NUMBER.test(folded) || NUMBER_THEN_BROKEN.test(folded);
}

/**
 * The numbers of `minDigits` digits or more (default 2) a text gives, less those it rules out ("le 340 pas le
 * 339" → 340) or names as a stand-in; only the one said to be broken when the text says which.
 */
export function numbersGiven(text: string, minDigits = 2): string[] {
  const folded = foldAnswer(text);
  // "it's 0004 that's broken, 0003 is the one doing the work": whichever way it is said first.
  const [before, after] = [BROKEN_NUMBER.exec(folded), NUMBER_THEN_BROKEN.exec(folded)];
  const broken = before && (!after || before.index < after.index) ? before[5] : after?.[1];
  if (broken && broken.length >= minDigits) return [broken];
  const said = folded.replace(DENIED_NUMBER, ' ').replace(STAND_IN_NUMBER, ' ').replace(WORKING_NUMBER, ' ').replace(COUNTED_NUMBER, ' ');
  return [...said.matchAll(/\b(\d{2,6})\b/g)].map((match) => match[1]!).filter((n) => n.length >= minDigits);
}

/** "j'ai 15 CR de sortie en retard", "30 patients qui attendent", "depuis 20 min": a count, not a device's number. */
const COUNTED_NUMBER =
  /\b\d{1,6} (cr|crs|comptes? rendus?|patients?|patientes?|malades?|dossiers?|lettres?|courriers?|ordonnances?|prescriptions?|min|mins|minutes?|h|heures?|hours?|hrs?|jours?|days?|semaines?|weeks?|personnes?|people|appels?|calls?|lits?|beds?|pages?|feuilles?|sheets?|etiquettes?|labels?|bracelets?|fois|times|ans|years?|secondes?|sec|seconds?|agents?|ide|as|collegues?|colleagues?|nurses?|doctors?|medecins?|internes?|euros?|bilans?|tubes?|examens?|exams?|scans?|images?|mails?|e mails?|emails?|messages?)\b/g;

/** "c'est le 4", "the 4": a number said alone, as the number of a room already named. */
const NUMBER_ALONE = /\b(?:le|la|l|the|c est|it s|numero|no)\s+(\d{1,3})\b/;

/**
 * The one device in the room an answer names ("le moniteur de l'emplacement de réveil 4"); or, when the first
 * message named a room, in the room of that kind with the number the answer gives ("non c'est le 4 pas le 3").
 * None when the room holds none or several of them.
 */
export function deviceInRoomSaid(devices: IntakeAsset[], text: string, roomNamedFirst?: string): IntakeAsset | undefined {
  const folded = foldAnswer(text);
  const renumbered = roomNamedFirst ? NUMBER_ALONE.exec(folded.replace(DENIED_NUMBER, ' '))?.[1] : undefined;
  const room = roomSaidIn(folded) ?? (renumbered ? roomNamedFirst!.replace(/\d{1,4}[a-z]?$/, renumbered) : undefined);
  // "celle de la 3" among pumps offered with their rooms: the one whose room has that number.
  if (!room) {
    const number = NUMBER_ALONE.exec(folded.replace(DENIED_NUMBER, ' '))?.[1];
    const numbered = number ? devices.filter((device) => roomNumber(device.place?.room ?? '') === number) : [];
    return new Set(numbered.map((device) => device.tag)).size === 1 ? numbered[0] : undefined;
  }
  const inRoom = devices.filter((device) => isRoomNamed(device.place?.room, room));
  return new Set(inRoom.map((device) => device.tag)).size === 1 ? inRoom[0] : undefined;
}

/**
 * The one device whose tag ends with a number the text gives ("c'est le 340 pas le 339", "0104", "the one
 * ending 0002"), among those offered or known; none when no number fits exactly one device.
 */
export function deviceByNumber(devices: IntakeAsset[], text: string, minDigits = 2): IntakeAsset | undefined {
  const said = deviceByNumbersIn(devices, text, minDigits);
  if (said) return said;
  // "le 0102. ah non pardon c'est le 0101": the number after the writer changed their mind.
  const folded = foldAnswer(text);
  const changed = lastMindChange(folded);
  const afterIt = changed ? deviceByNumbersIn(devices, changed.after, minDigits) : undefined;
  if (afterIt) return afterIt;
  // "c'est la 0511, la 0512 c'est celle d'à côté qui marche bien": the number said to be it.
  const itIs = IT_IS_NUMBER.exec(folded);
  return itIs ? deviceByNumbersIn(devices, itIs[1]!, minDigits) : undefined;
}

/** "ah non pardon c'est la 0511, la 0512 c'est celle d'à côté": after a change of mind, the number said to be it. */
export function numberTakenInstead(text: string): string | undefined {
  const changed = lastMindChange(foldAnswer(text));
  return changed ? IT_IS_NUMBER.exec(changed.after)?.[1] : undefined;
}

const IT_IS_NUMBER = /\b(?:c est|c|it s|its|it is) (?:la |le |l |the )?(?:[a-z]+[- ])*(\d{2,})\b/;

/** What follows the last change of mind ("… ah non c l'autre, le 0660" → "c l autre, le 0660"), or the whole text. */
export function afterMindChange(text: string): string {
  const folded = foldAnswer(text);
  return lastMindChange(folded)?.after ?? folded;
}

/**
 * "c'est le PC-PED-0659... ah non c l'autre, le 0660": the tag said first is taken back, a number follows the
 * change of mind.
 */
export function takesBackTheTag(text: string, tag: string): boolean {
  const folded = foldAnswer(text);
  const changed = lastMindChange(folded);
  if (!changed) return false;
  const tagAt = folded.indexOf(foldAnswer(tag));
  return tagAt >= 0 && tagAt < changed.at && numbersGiven(changed.after).length > 0;
}

/**
 * Where the writer last changed their mind in folded words, and what they said after it. An apology closing the
 * message ("ah non le 0106 pardon") ends the change of mind before it rather than starting a new one.
 */
function lastMindChange(folded: string): { at: number; after: string } | undefined {
  const changes = [...folded.matchAll(MIND_CHANGED)].filter((change) => !ONLY_APOLOGIES.test(folded.slice(change.index + change[0].length)));
  const last = changes.at(-1);
  return last ? { at: last.index, after: folded.slice(last.index + last[0].length) } : undefined;
}

/** What is left after "pardon" at the end of "ah non le 0106 pardon": nothing, or more apologies. */
const ONLY_APOLOGIES = /^[\s.,;:!?]*((pardon|sorry|dsl|desolee?|excuse moi|my bad|oups|oops)[\s.,;:!?]*)*$/;

/** Words by which a writer takes back what they just said: "ah non pardon", "en fait", "I mean". */
const MIND_CHANGED = /\b(ah non|non pardon|pardon|non attends?|non attendez|attendez|en fait|je veux dire|plutot|sorry|i mean|actually|my mistake|oups|oops|no wait)\b/g;

function deviceByNumbersIn(devices: IntakeAsset[], text: string, minDigits: number): IntakeAsset | undefined {
  const numbers = numbersGiven(text, minDigits).map(Number);
  if (numbers.length === 0) return undefined;
  const fitting = devices.filter((device) => {
    const ending = /(\d+)$/.exec(device.tag)?.[1];
    return ending !== undefined && numbers.includes(Number(ending));
  });
  return new Set(fitting.map((device) => device.tag)).size === 1 ? fitting[0] : undefined;
}
