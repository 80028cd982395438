import type { Category, Scope } from './vocabulary.js';
import { byDefault, inferred, stated, type Field } from './field.js';
import { compilePhrases, firstPosition, matchesAny, positionsOf, prepare, type Phrase, type Prepared } from './matcher.js';
import {
  ACCESS_CREDENTIALS, APP_FAILS_WHEN_PRINTING, APP_ON_DEVICE, BIOMEDICAL, DATA_SENT_OUTSIDE, FILES_RENAMED, FOLDER_RIGHTS_REFUSED, HARDWARE, SHARED_FOLDER, LOGIN_FAILURE, MONITOR_WORDS, NETWORK, OWN_LOGIN,
  PATIENT_MONITOR_CONTEXT, PHONE_DIRECTORY, PRINTOUT,
  PC_MONITOR_CONTEXT, PHONE, NOT_READING, PRINTER, READERS, SCREEN_BROKEN, SCREEN_CONTENT, SECURITY, SOFTWARE, SOFTWARE_FAULTS, SYSTEM_ERROR, CREDENTIAL_REFUSED, WINDOWS_UPDATE,
} from './category-lexicon.js';

/** "le moniteur de la chambre 3" is a patient monitor; "mon deuxième moniteur" is a PC screen. */
export function mentionsPatientMonitor(text: Prepared): boolean {
  return (
    matchesAny(text, MONITOR_WORDS) && matchesAny(text, PATIENT_MONITOR_CONTEXT) && !matchesAny(text, PC_MONITOR_CONTEXT)
  );
}

/** "le scanner de la radio, examen interrompu" is an imaging scanner; "le scanner de l'accueil" scans paper. */
export function mentionsImagingScanner(text: Prepared): boolean {
  return matchesAny(text, SCANNER_WORDS) && matchesAny(text, IMAGING_CONTEXT) && !matchesAny(text, DOCUMENT_CONTEXT) && !matchesAny(text, SCANNER_AS_EXAM);
}

/**
 * Imaging and lab equipment, away from the bedside: when one fails, patients often go to another room's
 * ("l'échographe de la salle 3", "la table de radio de la salle 1", "l'automate d'hémato").
 */
const IMAGING_OR_LAB_EQUIPMENT = compilePhrases([
  'echograph*', 'echo', 'table* de|d radio|radiologie', 'table* radio', 'irm', 'mammograph*', 'ultrasound*', 'x ray table|machine', 'mri', 'automate', 'automates', 'analyseur*', 'analyser*',
]);

/** Signs of harm done: an infection at work ("tous les fichiers ont une extension .lockbit"), data sent outside. */
const HARM_DONE = [
  ...FILES_RENAMED,
  ...DATA_SENT_OUTSIDE,
  ...compilePhrases([
    'ransom*', 'rancon*', 'lockbit', 'restore my files', 'decrypt*', 'dechiffr*', 'fichiers .. chiffres|cryptes|verrouilles', 'chiffre*|crypte* .. fichiers',
    'files .. encrypted|renamed', 'encrypted .. files', 'virus .. (se propage|partout|sur tous)', '(spreading|spreads) to',
  ]),
];

/**
 * Harm already done, not a lure to weigh (ransomware at work, data sent outside): whether the writer clicked
 * anything does not make it less urgent.
 */
export function describesHarmDone(message: string): boolean {
  return matchesAny(prepare(message), HARM_DONE);
}

/** The message names imaging or lab equipment (see {@link IMAGING_OR_LAB_EQUIPMENT}), a CT scanner included. */
export function namesImagingOrLabEquipment(message: string): boolean {
  const text = prepare(message);
  return matchesAny(text, IMAGING_OR_LAB_EQUIPMENT) || mentionsImagingScanner(text);
}

export function mentionsMedicalDevice(text: Prepared): boolean {
  return matchesAny(text, BIOMEDICAL) || mentionsPatientMonitor(text) || mentionsImagingScanner(text);
}

/** Named things that decide the category outright, strongest first (after security and medical devices). */
const NAMED_ORDER: Array<[Category, readonly Phrase[]]> = [
  ['access', ACCESS_CREDENTIALS],
  ['printer', PRINTER],
  ['phone', PHONE],
  ['network', NETWORK],
];

const EVERYTHING_DOWN = compilePhrases([
  'plus rien ne|n marche|fonctionne|repond', 'rien ne|n marche|fonctionne plus', 'nothing (works|is working)', 'neither .. nor',
]);
/** "plus de réseau du tout… aucun PC n'a accès à rien (DPI, mails, imprimantes)": the network is down, what needs it follows. */
const NETWORK_DOWN = compilePhrases([
  'plus de reseau|wifi|internet', 'plus aucun reseau', 'no network|internet|wifi at all', 'reseau .. (tombe|coupe|hs|down)', '(network|internet) (is|went) down',
  'lost network|wifi|internet', 'lost the network|wifi|internet', 'perdu le reseau|wifi',
]);

/**
 * The machines themselves fail, whatever runs on them: "tous les PC… redémarrent en boucle… On a plus accès au DPI",
 * "Server room E0 is at 34°C… DPI and PACS servers are throwing thermal warnings". The application named is what
 * people cannot reach, not what is broken.
 */
const MACHINES_FAIL = compilePhrases([
  'redemarre* en boucle', '(reboot|reboots|rebooting|restart|restarts|restarting) (in a )?loop', 'boot loop', 'ecran* bleu*', 'blue screen*', 'bsod',
  'preparation de windows', 'ne (demarre|demarrent) (plus|pas)', '(won t|wont|will not|doesn t|don t) (boot|start up|power on|turn on)',
  '(salle serveur*|server room*|salle informatique) .. .. .. (degres|degrees|chaud|hot|clim|ac|cooling|temperature|surchauffe)', '(salle serveur*|server room*|salle informatique) .. .. # c',
  'thermal warning*|alarm*|alert*', 'surchauffe*', 'overheat*',
]);

export function tellsMachinesFail(message: string): boolean {
  return matchesAny(prepare(message), MACHINES_FAIL);
}

/** "the two computers… have no network", "les PC ont plus de réseau": machines cut off, the network is what fails. */
const MACHINES_CUT_OFF = compilePhrases([
  '(have|has|had|got) no (network|internet|connection|connectivity)', 'no internet access', '(ont|a|n ont|n a) (plus|pas) de (reseau|internet|connexion)',
]);

/** Machines said to be cut off from the network (not the phones' own network): see {@link MACHINES_CUT_OFF}. */
export function machinesCutOff(text: Prepared): boolean {
  return matchesAny(text, MACHINES_CUT_OFF) && !matchesAny(text, PHONE_NETWORK);
}

/** "plus de réseau DECT", "no phone network": the phones' own network. */
const PHONE_NETWORK = compilePhrases(['reseau dect|telephonique|gsm|mobile|4g|5g|tel', 'dect|phone|mobile|cell network']);

/** The network said to be down before anything that needs it ("the whole ICU lost network, the central station…"). */
export function networkDownFirst(text: Prepared): boolean {
  if (matchesAny(text, PHONE_NETWORK)) return false;
  const networkDown = firstPosition(text, NETWORK_DOWN);
  return networkDown < Infinity && networkDown < Math.min(firstPosition(text, PRINTER), firstPosition(text, PHONE), firstPosition(text, HARDWARE), firstPosition(text, SOFTWARE), firstPosition(text, BIOMEDICAL_CUES));
}
const CONNECTING_TO_NETWORK = compilePhrases(['connect* .. wifi|reseau|internet|vpn|network', 'capte* .. wifi|reseau|internet', '(pick|picks|picking|get|gets) up .. wifi']);

/** "le réseau est coupé, plus de téléphone": the network fails, the phones follow. Whichever is named first. */
function phoneOrNetwork(text: Prepared): Category | undefined {
  // "connecter mon téléphone au wifi": what one connects to is what fails.
  if (matchesAny(text, CONNECTING_TO_NETWORK)) return 'network';
  const phone = firstPosition(text, PHONE);
  const network = firstPosition(text, NETWORK);
  if (phone === Infinity && network === Infinity) return undefined;
  return network < phone ? 'network' : 'phone';
}

/** True when the text names something a category can be read from (used by intent detection). */
export function mentionsCategoryWords(text: Prepared): boolean {
  return (
    matchesAny(text, SECURITY) ||
    mentionsMedicalDevice(text) ||
    NAMED_ORDER.some(([, phrases]) => matchesAny(text, phrases)) ||
    matchesAny(text, SOFTWARE) ||
    matchesAny(text, HARDWARE) ||
    matchesAny(text, MONITOR_WORDS)
  );
}

/** A message received: a lure comes in by mail or text, the reset portal does not. */
const MESSAGE_RECEIVED = compilePhrases(['recu* .. mail*|email*|courriel*|sms|texto*|message*', 'got|received|get .. mail|email|emails|text|message']);
/** "avec un lien, j'ai cliqué et ça m'a demandé mon identifiant... je l'ai mis": a link followed to a credentials form. */
const LINK_FOLLOWED_TO_CREDENTIALS = compilePhrases([
  'lien|link .. clique*|clicked .. .. .. demande*|asked|asking .. (identifiant|identifiants|mot de passe|mdp|password|login|credentials|username)',
]);

/** "j'ai reçu un mail 'votre mot de passe expire'… j'ai cliqué et ça m'a demandé mon identifiant": a lure followed. */
function followedALure(text: Prepared): boolean {
  return matchesAny(text, MESSAGE_RECEIVED) && matchesAny(text, LINK_FOLLOWED_TO_CREDENTIALS);
}

/** An update named as what changed: "depuis la mise à jour de cette nuit", "since the Windows update". */
const UPDATE_BROKE_IT = [...WINDOWS_UPDATE, ...compilePhrases([
  'mise* a jour de windows', '(depuis|apres) la (mise a jour|maj) de (cette nuit|ce matin|hier|windows)', '(since|after) (the|last night s|this morning s) (windows )?update',
])];

/**
 * Category of an incident by DESIGN.md's rules. Service requests are always `request`. Then:
 * security; a medical device, unless another piece of equipment is named before it ("le réseau tombe,
 * les couveuses perdent la transmission" is network); a broken credential is access; printer, phone,
 * network; a login failure is access for one person but software when a group is locked out; between
 * an application and a machine, whichever is named first. Nothing recognised: software, `default`.
 */
export function detectCategory(text: Prepared, options: { request: boolean; scope: Scope }): Field<Category> {
  if (options.request) return stated('request');
  // "Outlook keeps asking for my password" is a login loop, not someone fishing for it; "l'antivirus affiche
  // en boucle menace détectée" is a threat all the same.
  if (matchesAny(text, SECURITY) && !isLoginLoop(text)) return stated('security');
  if (followedALure(text)) return stated('security');
  const device = firstEquipmentBesidesItsPrintout(text);
  if (mentionsMedicalDevice(text) && firstPosition(text, BIOMEDICAL_CUES) <= device) return stated('biomedical');
  if (matchesAny(text, READERS) && matchesAny(text, NOT_READING)) return stated('hardware');
  if (matchesAny(text, APP_ON_DEVICE) || matchesAny(text, PHONE_DIRECTORY)) return stated('software');
  // "plus rien ne marche : ni DPI, ni téléphones, ni internet": several systems at once, the network is what they share.
  // Not an application and the machines it runs on ("PACS… ni les consoles ni les postes des manips"): that is the application.
  const systemsNamed = [SOFTWARE, PHONE, NETWORK, HARDWARE].filter((p) => matchesAny(text, p));
  const applicationAndItsMachines = systemsNamed.length === 2 && systemsNamed.includes(SOFTWARE) && systemsNamed.includes(HARDWARE);
  if (matchesAny(text, EVERYTHING_DOWN) && systemsNamed.length >= 2 && !applicationAndItsMachines) {
    return inferred('network');
  }
  if (networkDownFirst(text)) return stated('network');
  // "TOUS les postes de neuro sont en écran bleu depuis la mise à jour de cette nuit", "Windows update restarted my PC":
  // the machines are where it shows, the update is what broke.
  const onlyComputers = systemsNamed.every((p) => p === HARDWARE || p === SOFTWARE) && !matchesAny(text, PRINTER);
  if (onlyComputers && matchesAny(text, UPDATE_BROKE_IT)) return stated('software');
  // "'accès refusé' sur le lecteur P:", "the team drive is read-only for all of us": the folder's rights, not the network.
  // For a whole unit or the site, a server's fault, as for any credential (below).
  if (matchesAny(text, SHARED_FOLDER) && matchesAny(text, FOLDER_RIGHTS_REFUSED)) {
    return options.scope === 'service' || options.scope === 'site' ? inferred('software') : stated('access');
  }
  for (const [category, phrases] of NAMED_ORDER) {
    if (!matchesAny(text, phrases)) continue;
    // A credential failing for a whole unit or site is a server's fault (DESIGN.md: software).
    if (category === 'access' && (options.scope === 'service' || options.scope === 'site')) return inferred('software');
    // "on rend les résultats par téléphone": the phone is how people cope, not what broke.
    if (category === 'phone' && (phoneOnlyAsMeans(text) || onlyFixedComputers(text))) continue;
    // "la souris du poste 2 de la régulation ne marche plus, on a des appels en cours": the mouse is what broke.
    if (category === 'phone' && firstPosition(text, PERIPHERALS) < firstPosition(text, PHONE)) continue;
    // "le DPI plante quand j'imprime": the application fails; "working from the printed rota": paper is the way round.
    if (category === 'printer' && !matchesAny(text, PRINTING_DEVICES) && (matchesAny(text, APP_FAILS_WHEN_PRINTING) || printoutOnly(text))) continue;
    // "laissez tomber l'imprimante, en fait elle marche, c'est le DPI qui plante": the printer is cleared.
    if (category === 'printer' && matchesAny(text, PRINTER_CLEARED)) continue;
    // "the PC next to the printer": the printer says where the machine is.
    if (category === 'printer' && onlyAsLandmark(text, PRINTER)) continue;
    // "j'ai l'impression que c'est tout l'hôpital": a feeling, not printing.
    if (category === 'printer' && onlyAsFeeling(text)) continue;
    return stated(category === 'phone' || category === 'network' ? phoneOrNetwork(text)! : category);
  }
  // "Impossible de me connecter au PACS, 'licence indisponible'": the application's own error, no credential refused.
  if (matchesAny(text, SYSTEM_ERROR) && !matchesAny(text, CREDENTIAL_REFUSED)) return stated('software');
  if (matchesAny(text, LOGIN_FAILURE)) return inferred(options.scope === 'single_user' || matchesAny(text, OWN_LOGIN) ? 'access' : 'software');
  if (matchesAny(text, SOFTWARE_FAULTS)) return stated('software');
  // "Bed screen shows the patient in room 215 as discharged": what a screen shows is the software's.
  if (matchesAny(text, SCREEN_CONTENT) && !matchesAny(text, SCREEN_BROKEN) && !matchesAny(text, PRINTER)) return inferred('software');
  const software = firstPosition(text, SOFTWARE);
  const hardware = Math.min(firstPosition(text, HARDWARE), firstPosition(text, MONITOR_WORDS));
  if (software < Infinity && software <= hardware) return stated('software');
  if (hardware < Infinity) return stated('hardware');
  if (mentionsMedicalDevice(text)) return stated('biomedical');
  return byDefault(fallbackCategory(text));
}

const OF = /^(du|de|d|des|of)$/;
/** Parts a medical device has too, unlike "les postes de l'hémodialyse", which are computers in a unit. */
const PART = /^(ecran|ecrans|screen|screens|display|touchscreen|tactile|batterie|batteries|battery|cable|cables|clavier|keyboard|bouton|boutons|button|buttons|chargeur|charger|socle|dock|imprimante|printer|alimentation|alim)$/;

/** The monitors' central station: "la centrale de surveillance", "la télémétrie", "the central monitoring station". */
const CENTRAL_MONITORING = compilePhrases(['centrale*', 'telemetr*', 'central station*', 'central monitor*']);
const STATION_COMPUTER = /^(pc|pcs|ordinateur|ordinateurs|ordi|ordis|computer|computers|poste|postes|workstation|workstations)$/;

/**
 * The first equipment named, a printout of a medical device aside: "the trace printout from the CTG is cut" is the
 * CTG's, not a printer's.
 */
function firstEquipmentBesidesItsPrintout(text: Prepared): number {
  const medical = positionsOf(text, BIOMEDICAL_CUES);
  const printouts = new Set(positionsOf(text, PRINTOUT).filter((at) => medical.some((m) => m > at && m - at <= 4)));
  // "l'écran tactile du scope de transport", "the battery of the pump": a part named by the device it belongs to.
  const partOfDevice = (at: number) => PART.test(text.tokens[at] ?? '') && medical.some((m) => m > at && m - at <= 4 && text.tokens.slice(at + 1, m).some((token) => OF.test(token)));
  // "le PC de la centrale de télémétrie", "the computer of the telemetry central station": the monitors' central station
  // runs on a computer, which is the station's; "le PC de l'hémodialyse" is a unit's computer.
  const central = positionsOf(text, CENTRAL_MONITORING);
  const stationComputer = (at: number) => STATION_COMPUTER.test(text.tokens[at] ?? '') && central.some((m) => m > at && m - at <= 4 && text.tokens.slice(at + 1, m).some((token) => OF.test(token)));
  const named = positionsOf(text, OTHER_EQUIPMENT).filter((at) => !printouts.has(at) && !partOfDevice(at) && !stationComputer(at));
  return named.length ? Math.min(...named) : Infinity;
}

/** "next to the printer", "à côté de l'imprimante": a thing named to say where another is. */
const BESIDE = /^(next|beside|near|behind|cote|pres|derriere)$/;

function onlyAsLandmark(text: Prepared, phrases: readonly Phrase[]): boolean {
  const at = positionsOf(text, phrases);
  return at.length > 0 && at.every((p) => text.tokens.slice(Math.max(0, p - 3), p).some((token) => BESIDE.test(token)));
}

/** "j'ai l'impression que…", "l'impression d'être…": the word for a feeling. */
function onlyAsFeeling(text: Prepared): boolean {
  const { tokens } = text;
  const feeling = (at: number) => tokens[at] === 'impression' && tokens[at - 1] === 'l' && /^(que|qu|d|de)$/.test(tokens[at + 1] ?? '');
  const at = positionsOf(text, PRINTER);
  return at.length > 0 && at.every(feeling);
}

/** The printer said to be fine, or set aside, by the writer. */
const PRINTER_CLEARED = compilePhrases([
  'laisse|laissez|laissons tomber l|la|les imprimante*', 'oublie|oubliez l|la|les imprimante*', 'imprimante* en fait elle|elles marche*|fonctionne*',
  'imprimante* elle|elles marche*|fonctionne* en fait|bien|normalement', 'imprimante* marche*|fonctionne* bien|normalement', 'imprimante* marche|fonctionne c est',
  'pas l imprimante', 'not the printer', 'printer is fine|ok', 'printer works fine', 'forget the printer',
  // "alors que l'impression depuis Word marche", "it prints fine from Word": the printer prints, the application does not send.
  'impression depuis .. (marche|marchent|fonctionne|fonctionnent)', 'imprime* bien depuis', '(prints|printing) (fine|ok|normally) from', 'printing from .. (works|is fine)',
]);

/** A password asked for again and again by one's own tools. */
const LOGIN_LOOP = compilePhrases([
  'keeps|kept asking', 'asks .. (every|again|all the time)', 'asking .. (every|again|all the time)', 'redemande*',
  'demande* .. sans arret|cesse', 'demande* .. en boucle', 'demande* .. toutes les', 'demande* .. a chaque', 'demande* .. tout le temps', 'en boucle',
]);

/** What a login loop asks for again. */
const CREDENTIAL_WORDS = compilePhrases(['mot* de passe', 'mdp', 'password*', 'identifiant*', 'login*', 'credential*', 'code*', 'authentifi*']);
/** A threat found on the machine: never a login loop. */
const THREAT_FOUND = compilePhrases(['menace*', 'virus', 'antivirus', 'en|la|sa quarantaine', 'quarantine', 'threat*', 'malware', 'ransom*', 'rancon']);

function isLoginLoop(text: Prepared): boolean {
  return matchesAny(text, LOGIN_LOOP) && matchesAny(text, CREDENTIAL_WORDS) && !matchesAny(text, THREAT_FOUND);
}

/** The phone as the way people carry on: "on rend les résultats par téléphone", "we call the lab instead". */
const PHONE_AS_MEANS = compilePhrases([
  'par|au telephone|tel', 'by|over the? phone|telephone', 'phone orders|requests', 'commandes|demandes telephoniques', 'on appelle', 'we call', 'we phone', 'on|nous|je|ils|elles telephone|telephonent|telephonons',
]);

function phoneOnlyAsMeans(text: Prepared): boolean {
  return firstPosition(text, PHONE_AS_MEANS) <= firstPosition(text, PHONE) && new Set(positionsOf(text, PHONE)).size <= 1;
}

/** "les pc fixes du poste", "l'ordi fixe": desktop computers, not desk phones. */
const FIXED_COMPUTERS = compilePhrases(['pc|pcs|ordi|ordis|ordinateur|ordinateurs|computer|computers fixe|fixes', 'poste|postes informatique|informatiques fixe|fixes']);

/** "sur le chariot PC … jsuis passée sur le fixe": beside a computer, "le fixe" is the desktop one, not a desk phone. */
const COMPUTER_WORDS = compilePhrases(['pc', 'pcs', 'ordi', 'ordis', 'ordinateur*', 'chariot*', 'portable*', 'laptop*', 'computer*', 'dpi']);
const PHONE_BEFORE_FIXE = new Set(['poste', 'postes', 'telephone', 'telephones', 'tel', 'ligne', 'lignes', 'numero', 'numeros']);

function bareFixedComputers(text: Prepared): number[] {
  if (!matchesAny(text, COMPUTER_WORDS)) return [];
  return text.tokens.flatMap((token, at) => ((token === 'fixe' || token === 'fixes') && !PHONE_BEFORE_FIXE.has(text.tokens[at - 1] ?? '') ? [at] : []));
}

function onlyFixedComputers(text: Prepared): boolean {
  const fixed = positionsOf(text, FIXED_COMPUTERS);
  const bare = bareFixedComputers(text);
  const phoneWords = positionsOf(text, PHONE).filter((word) => !bare.includes(word));
  return (fixed.length > 0 || bare.length > 0) && phoneWords.every((word) => fixed.some((start) => word > start && word - start <= 2));
}

/** A computer's own peripherals. */
const PERIPHERALS = compilePhrases(['souris', 'clavier*', 'mouse', 'keyboard*', 'barre espace', 'space bar']);

/** Machines that print: when one is named, printing is what fails. */
const PRINTING_DEVICES = compilePhrases(['imprimante*', 'printer*', 'copieur*', 'photocopi*', 'copier*', 'multifonction*', 'etiqueteuse*', 'zebra', 'toner', 'cartouche*']);

function printoutOnly(text: Prepared): boolean {
  return matchesAny(text, PRINTOUT) && new Set(positionsOf(text, PRINTER)).size <= 1;
}

/** One's own badge or code: a credential. */
const OWN_CREDENTIAL = compilePhrases(['mon|ma|my badge*|carte|card|code|acces|access|droits|rights']);
/** Physical things with no category word of their own: doors, readers, buttons, cables. */
const PHYSICAL_THINGS = compilePhrases([
  'badge*', 'porte*', 'door*', 'lecteur*', 'reader*', 'bouton*', 'button*', 'cable*', 'prise*', 'borne*', 'appareil*',
  'machine*', 'camera*', 'boitier*', 'box', 'lumiere*', 'voyant*', 'light*',
]);

/**
 * No category word at all: the strongest remaining evidence decides. One's own badge or code is a
 * credential (access); a physical thing is hardware; otherwise data or a program is at fault (software,
 * the most frequent label among such messages in our labelled sets).
 */
function fallbackCategory(text: Prepared): Category {
  if (matchesAny(text, OWN_CREDENTIAL)) return 'access';
  if (matchesAny(text, PHYSICAL_THINGS)) return 'hardware';
  return 'software';
}

// "scan salle 1 en erreur en pleine acquisition": the scanner called by its short name.
const SCANNER_WORDS = compilePhrases(['scanner', 'scanners', 'scan', 'scanographe*', 'ct scanner', 'ct', 'tdm']);
const IMAGING_CONTEXT = compilePhrases([
  'examen*', 'exam', 'patient*', 'injection', 'imagerie', 'radio', 'radiologie', 'tube', 'manip*', 'coupe*', 'imaging', 'radiology', 'acquisition*',
]);
/** "mes comptes rendus de scanner", "the CT reports": the exams, not the machine. */
const SCANNER_AS_EXAM = compilePhrases([
  'cr|crs|resultat*|lecture*|interpretation*|reports|report|results de|du|des|of scanner*|tdm|ct', 'scanner|ct|tdm reports|results',
]);
const DOCUMENT_CONTEXT = compilePhrases([
  'document*', 'numeris*', 'scan vers|to', 'pdf', 'papier*', 'feuille*', 'courrier*', 'mail', 'paper', 'de bureau', 'desk',
]);

const OTHER_EQUIPMENT = [...PRINTER, ...PHONE, ...NETWORK, ...SOFTWARE, ...HARDWARE];
const BIOMEDICAL_CUES = [...BIOMEDICAL, ...MONITOR_WORDS, ...SCANNER_WORDS];
