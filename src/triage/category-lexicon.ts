import { compilePhrases, type Phrase } from './matcher.js';

/**
 * Words that name what is broken, per category, French and English, folded (see matcher.ts for the
 * phrase syntax). Hospital slang included: "scope" is a patient monitor, "bip" a pager, "DPI" the
 * electronic patient record, "PSE" a syringe pump.
 */

/** Medical devices. "moniteur"/"monitor" alone is resolved by context in category.ts. */
export const BIOMEDICAL = compilePhrases([
  // Fridges that keep drugs, vaccines, blood or reagents at temperature: "le frigo à médicaments du poste de soins est à 13°C".
  '(frigo|frigos|refrigerateur|refrigerateurs) (a|des|de|du|de la) (vaccins|medicaments|medocs|pharmacie|pui|chimio|reactifs|culots|sang|insuline*|banque du sang)',
  '(vaccine|drug|drugs|medication|medicine|blood|pharmacy|reagent|blood bank) (fridge|fridges|refrigerator|refrigerators)',
  // A syringe driver by its inventory tag: "POUSSE-HAD-0031 s'éteint tout seul".
  'pousse .. #',
  'scope', 'scopes', 'centrale de? surveillance', 'moniteur de? surveillance', 'moniteur multiparametrique',
  'moniteurs de? surveillance', 'monitorage', 'pousse seringue*', 'pse', 'pompe*', 'perfuseur*', 'ecg', 'ecgs',
  'electrocardiogra*', 'respirateur*', 'defibrillateur*', 'defibrilat*', 'defibrillat*', 'defib', 'dae', 'echographe*',
  'echograph*', 'glucometre*', 'glycemie*', 'lecteur de? glycemie', 'oxymetre*', 'saturometre*', 'tensiometre*',
  'table de? radio*', 'table d operation', 'irm', 'generateur* de? dialyse', 'machine* de? dialyse', 'couveuse*', 'incubateur*', 'table* de rea', 'table* de reanimation', 'table* radiante*', 'radiant warmer*', 'rechauffeur* radiant*',
  'bistouri*', 'appareil d anesthesie', 'respi', 'cardiotocograph*', 'cardiotoco*', 'monito', 'holter', 'fibroscope*', 'endoscope*',
  'infusion pump*', 'syringe pump*', 'ventilator*', 'defibrillator*', 'ekg', 'fetal monitor*', 'patient monitor*',
  'cardiac monitor*', 'ctg', 'pump', 'pumps', 'glucometer*', 'ultrasound', 'mri', 'incubator*', 'anaesthesia machine', 'anesthesia machine',
  'dialysis machine*', 'syringe driver*', 'accelerateur*', 'radiotherapie', 'linac', 'table d operation|op', 'pompe* pca', 'pca pump*', 'pca',
  'airvo*', 'optiflow', 'high flow', 'oxygenotherapie a haut debit',
  // Non-invasive ventilation by its usual names: "the CPAP driver on bed 6 alarms 'low pressure'".
  'cpap', 'ncpap', 'bipap', 'infant flow',
  // Anaesthesia workstations by their make: "le perseus de la salle 3 plante au test automatique".
  'perseus', 'primus', 'fabius', 'aisys', 'station* d anesthesie', 'anaesthetic machine*', 'anesthetic machine*',
  'radio mobile', 'mobile x ray', 'appareil de? radio', 'moniteur* foet*', 'monitoring foet*', 'balance connectee', 'telemetry', 'telemetrie', 'central station', 'central monitoring (station|stations|screen|screens|system)', 'infusion*', 'drip', 'analyzer*', 'analyser*', 'analyseur*', 'automate', 'automates', 'gazometre*',
  // Lab analysers by their make or model: "xn1000 en erreur", "le sysmex", "le cobas".
  'sysmex', 'cobas', 'xn1000', 'xn 1000', 'xn10', 'xn20', 'alinity', 'architect', 'atellica', 'vitros', 'gem premier', 'abl90', 'abl800',
  'blood gas', 'medical device*', 'dispositif* medica*', 'appareil* biomedica*', 'biomed*',
  'autoclave*', 'sterilisateur*', 'laveur* desinfecteur*', 'pese bebe*', 'pese personne*', 'balance* de? pesee|dialyse', 'bed scale*',
  'capnograph*', 'thermometre*', 'doppler', 'bladder scan*', 'mammograph*', 'gamma camera', 'arceau*', 'lit* medicalise*',
  'aspirateur* de? mucosite*', 'moniteur* de? transport', 'transport monitor*', 'hemodialys*',
  'moniteur* de? dialyse', 'generateur*', 'thermometer*', 'tympanic', 'leve malade*', 'leve personne*', 'verticalisateur*', 'patient lift*', 'hoist', 'colonne de? coelio*|endoscopie|video*', 'coelioscop*',
  'laparoscop*', 'centrifugeuse*', 'centrifuge*', 'balance', 'balances', 'scale', 'scales', 'laryngoscope*', 'lit* electrique*',
  'electric bed*', 'matelas* (a air|anti escarre*|therapeutique*)', 'aspiration murale', 'eeg', 'emg',
]);

/** "moniteur" / "monitor": a patient monitor when one of these is near, a PC screen otherwise. */
export const MONITOR_WORDS = compilePhrases(['moniteur*', 'monitor*']);
export const PATIENT_MONITOR_CONTEXT = compilePhrases([
  'chambre*', 'lit', 'lits', 'box', 'patient*', 'surveillance', 'spo2', 'sat', 'ecg', 'trace*', 'alarme*', 'sonne*',
  'bed', 'beds', 'room', 'bay', 'alarm*', 'reanimation', 'rea', 'sspi', 'icu', 'recovery', 'usic', 'usi', 'neonat*',
  'dechocage', 'bloc', 'theatre', 'transport', 'smur', 'samu', 'telemetry', 'telemetrie', 'step down',
]);
export const PC_MONITOR_CONTEXT = compilePhrases([
  'mon|my|mes|deuxieme|second|2e|2eme|double|dual|second* moniteur*|monitor*', 'moniteur* du|de|d pc|ordinateur|poste',
  'pc', 'ordinateur', 'computer', 'laptop', 'desk', 'bureau',
]);

/** Files renamed by ransomware: "des fichiers ont changé d'extension" (a phone extension is another thing). */
export const FILES_RENAMED = compilePhrases(['fichier*|documents .. change* d|leur|les extension*', 'change* d extension', 'file extensions changed|renamed']);
/** Data already gone outside: "envoyé le fichier des salaires… a une mauvaise adresse, une adresse gmail perso". */
export const DATA_SENT_OUTSIDE = compilePhrases([
  'a une mauvaise adresse|personne', 'to a wrong address|person', 'fuite de donnees', 'data leak*', 'envoye* .. .. adresse gmail|hotmail|perso|personnelle', 'sent .. .. (gmail|personal) address',
]);

/**
 * Words of concern for data protection, not an event: "je passe par un site en ligne, c'est pas top niveau
 * confidentialité" worries about a risk; it reports nothing that happened.
 */
export const DATA_PROTECTION_CONCERN = compilePhrases(['confidentialit*', 'secret medical', 'rgpd', 'gdpr']);

/**
 * A device that walked away with the data on it: "le pc portable du bureau médical a disparu ce weekend",
 * "on m'a volé la tablette", "laptop stolen from the office". A security matter, whatever else the device did.
 */
export const DEVICE_TAKEN = compilePhrases([
  '(pc|ordinateur|ordi|portable|laptop|tablette|cle usb) .. .. (a disparu|ont disparu|disparu|vole|volee|voles|derobe|stolen|missing|gone missing)', 'vol (du|de|d un|d une) (pc|ordinateur|ordi|portable|laptop|tablette)', '(stolen|missing) (laptop|computer|pc|tablet)',
  '(vole|volee|voles|volees|stole|stolen) (la|le|l|ma|mon|mes|les|my|the|our|a|un|une) (pc|ordinateur|ordi|portable|laptop|tablette|tablet|telephone|phone|smartphone)',
]);

/** "ma boîte mail envoie des mails que je n'ai pas écrits": a mailbox in someone else's hands, already at work. */
export const MAILBOX_HIJACKED = compilePhrases([
  'mails|messages|emails que je n ai (pas|jamais) (ecrit|ecrits|envoye|envoyes)', '(emails|mails|messages) (i|that i) (didn t|did not|never) (write|wrote|send|sent)',
]);

export const SECURITY = [...FILES_RENAMED, ...DATA_SENT_OUTSIDE, ...DATA_PROTECTION_CONCERN, ...DEVICE_TAKEN, ...MAILBOX_HIJACKED, ...compilePhrases([
  // Something fake or odd that reaches the writer, or someone posing as someone else.
  'faux|fausse|fake|louche*|chelou*|bizarre* .. page|site|mail|mails|lien|link|email|sms|appel|message|facture|invoice',
  'page|site|mail|mails|email|sms|lien|link|appel .. faux|fausse|fake|louche*|chelou*',
  'se presentant comme', 'se faisant passer pour', 'pretending to be', 'claiming to be', 'posing as',
  'demand* .. mon|mes|ses|son (code*|coordonnees bancaires|mot de passe)', 'asking for .. bank details|password|code',
  'rentre* .. leur|leurs|son|mon mot de passe', 'rentre* .. leur|leurs|son|mon identifiant*', 'entered|typed .. their|our|my password*|credentials',
  // "I think I got phished", "le mail soi-disant RH": a lure named as such.
  '(got|been|was|were|get) phished', 'soi disant|pretendu|pretendument|so called .. mail|mails|email|emails|message|rh|dsi|hr|it|lien|link',
  'mail|mails|email|emails|message|messages (soi disant|pretendu|so called)',
  'virus', 'antivirus', 'anti virus', 'phishing', 'hameconnage', 'fishing', 'ransomware', 'rancongiciel', 'rancon',
  'fichiers .. chiffres', 'ont ete chiffres', 'chiffrement', 'crypte*', 'locked extension', 'trojan', 'cheval de troie', 'malware', 'logiciel malveillant',
  'menace detectee', 'menace', 'pirat*', 'hack*', 'arnaque*', 'escroquerie', 'mail* suspect*', 'sms suspect*',
  'message* suspect*', 'lien* suspect*', 'fichier* suspect*', 'piece* jointe* suspect*', 'bizarre* mail*',
  'mail* bizarre*', 'lien .. suspect*', 'clique* .. lien', 'cliqued', 'clicked', 'click* .. link', 'demand* .. identifiants',
  'demandait .. mot de passe', 'asking for .. password|login|credentials', 'fenetres bizarres', 'pubs partout',
  'cle usb trouvee', 'usb trouve*', 'found usb', 'utilise mon compte', 'used my account', 'mon compte .. a ete utilise*', 'my account|login was used', 'someone used my login|account|password', 'connexion* .. que je n ai pas faite*', 'logins i did not make', 'encrypted', 'bitcoin',
  // "suspicion de virus"; "suspicion AVC" is a diagnosis, and the known word keeps it from reading as "suspicious".
  'suspicion (de|d) (virus|piratage|phishing|hameconnage|fraude|intrusion|malware|rancongiciel)', 'suspicious', 'scam', 'spoof*', 'fuite de donnees', 'data leak', 'infecte*', 'infected',
  // A machine or an account compromised, not "le programme de gastro de cet aprem est compromis".
  '(compte|comptes|poste|postes|pc|ordi|ordinateur*|session|mot de passe|mdp|serveur*|machine*|messagerie|mail|mails|boite mail|badge|identifiant*) .. compromis', '(account|accounts|password|pc|computer|machine|server|mailbox|email|login|credentials) .. compromised', '(been|be) compromised',
  'extension locked', 'piece|pieces jointe* .. zip', 'se fait passer pour', 'se faisant passer pour', 'usurp*', 'fraude*', 'virement',
  'pretend* to be', 'pretending', 'impersonat*', 'saying|said|claimed (they|he|she) (were|was) from', 'needed|wanted my|our password|login|details',
  'typed|entered|gave|put .. bank details', 'update .. bank details', 'faux|fausse mail|message|colis|site|lien|sms|facture|livraison|dsi',
  'fake email|message|link|invoice|parcel|delivery|website', 'clique* .. piece* jointe*', 'clicked .. attachment',
  'opened .. attachment', 'attachment* .. .. .. opened it|them', 'piece* jointe* .. .. .. (l|les) (a|ont) ouvert*', 'command window*', 'invite de commande*', 'fenetre* noire*', 'expediteur inconnu', 'unknown sender',
  // Macros enabled from a mail, not "le fichier des gardes (celui avec les macros)" that crashes Excel.
  '(active*|activer|enable*|autorise*) .. macro*', 'macro* .. piece* jointe*|mail|mails|email*|attachment*', 'xlsm|docm', 'popup*', 'pop up', 'call a number',
  'from my account', 'depuis mon compte', 'quelqu un .. mon compte', 'someone .. my account', 'attachment .. zip',
  'mail* .. avec un lien', 'lien pour mettre a jour|valider|confirmer', 'mettre a jour mon|votre (rib|compte|mot de passe)',
  'rentre* mes|mon|leur|leurs|son|ses (identifiant*|mot de passe)', 'saisi* mes|mon|leur|leurs|son|ses (identifiant*|mot de passe)',
  // "j'ai cliqué sur un mail 'mise à jour de votre mot de passe' et j'ai tapé mon identifiant… adresse bizarre".
  'tape* mes|mon|leur|leurs|son|ses (identifiant*|mot de passe|mdp)', 'clique* .. mis|donne|tape|rentre|saisi mon|mes|leur|leurs|son|ses|sa (mot de passe|mots de passe|identifiant*|mdp)', 'soi disant de|du|d', 'mise a jour de|du vos|votre coordonnees bancaires|rib', 'clique* sur|dans un|le|ce mail|message|sms|courriel', 'mise a jour de|du votre|vos (mot de passe|mdp|identifiant*|compte)',
  'adresse|expediteur|sender|address bizarre*|louche*|chelou*|suspect*|inconnu*|weird|strange|odd', 'asking me to|for .. confirm|verify|enter|update',
  'confirm|verify my|your password|credentials|login|account', 'verify .. details via', 'usb stick|key|drive', 'unknown usb',
  // Sign-in prompts nobody asked for: someone else holds the password ("MFA push notifications I didn't ask for").
  '(mfa|push|authenticator) .. (i didn t|i did not|i never) (ask|request)', 'notifications .. (pas demande*|jamais demande*)', 'demandes (mfa|d authentification|de connexion) .. (pas|jamais) demande*',
  'cle* usb .. trouvee*|inconnue*|branche*', 'sms .. livraison|colis',
  // "Got a text saying my account will be suspended, with a link. I didn't click."
  '(text|sms|texto) (saying|disant|qui dit|that says) .. .. .. (link|lien)', '(text|sms|texto) .. .. .. with a link|avec un lien', 'livraison en attente', 'votre colis', 'parcel .. text|sms', 'souris bouge* toute seule', 'mouse moves on its own', '(open|opens|opening) .. (pages|windows|tabs) by itself', 'ouvre* des pages .. toute* seule*', 'branche* une|la cle', 'connecte avec mon compte', 'connexion* suspecte*', 'depuis l etranger',
  'chiffrer .. fichiers', 'crypt', 'rancon', 'ransom*', 'spams', 'phishing*', 'fake invoice|attachment', 'fausse* facture*',
  // "about 30 emails from an external address, 'Invoice overdue' with a zip attached".
  '(zip|exe|iso|html|htm) (attached|attachment|en piece jointe|en pj)', '(with|avec) (a|an|un|une) (zip|exe|iso) (attached|attachment|file|fichier|en piece jointe)?', 'invoice overdue|unpaid', 'facture* impayee*|en retard', '(mails|emails|messages) (from|d|de) (an|a|une)? (external|unknown|inconnue*|externe*) (address|adresse|sender|expediteur)',
  // "mis en quarantaine" by the antivirus; "une quarantaine de courriers" is about forty letters.
  'threat detected', 'menace', 'en|la|sa quarantaine', 'quarantine',
  // Files named by their extension changing: "l'extension des fichiers a changé".
  'extension* des|de fichiers',
  'soi disant|pretendument .. dsi|informatique|support|technicien*|banque|direction', '(so called|supposedly from)',
  'me|nous demandant mon|mes|notre|nos code*|identifiant*|coordonnees', 'me|nous demandant mon|mes|notre|nos mot* de passe',
  'se disant|pretendant technicien*|informaticien*', 'se disant|pretendant de|du la|l dsi|informatique|support',
  'trouve* .. cle* usb', 'found .. usb', 'perdu|perdue|egare*|vole* mon|ma|son|sa|notre|le|la|un|une|leur badge*|telephone|tel|portable|carte|pc|ordinateur|cle*|dect|bip|tablette*|smartphone',
  'lost|stolen my|his|her|our .. id|badge*|phone|laptop|card|tablet', 'vol de|du l|la|le|mon|ma|un|une|des .. ordi|pc|portable|telephone|tablette*|badge*|dect', '(ordi|pc|portable|telephone|tablette|laptop) .. (vole|volee|voles|stolen)', 'badge|phone|laptop .. lost|stolen', 'on m a vole', 'utilise* ma|mon session|compte',
  'used my session|login', 'badge*|telephone*|portable*|ordinateur*|dect|bip|tablette* .. perdu*|vole*|egare*', 'badge|phone|laptop lost|stolen',
  'cliquez ici', 'click here', 'expediteur .. bizarre*|louche*|inconnu*|suspect*|gmail', 'renomme* en', 'extension* .. lock*', '.lock', 'lockd',
  's est presente* comme', 'presented himself|herself as', 'carte|cartes cadeau*', 'gift card*', 'inconnu* .. connecte*|session|installe* sur', '(stranger|unknown person) .. logged|using',
  '(se dit|se disant|se disait|pretendant etre) (du|de la|de l|de) support|microsoft|dsi|informatique|helpdesk',
  'depuis ma propre adresse', 'from my own address', 'de ma part', 'lien*|link* .. bizarre*|louche*|suspect*|dodgy|weird', 'dodgy|phishy email|mail|link',
  'looks dodgy|fake|phishy', 'wire £|$|€|money|funds', 'from the ceo|director', 'de la part du directeur|dg',
  // Patient data seen or sent where it should not be, and the hospital's physical protection.
  'session* .. restee* ouverte*|connectee*', 'session* left open|logged in', 'laisse* seul* avec', 'left alone with', 'personne ne sait qui', 'nobody knows who',
  'mauvais destinataire*', 'wrong recipient*', 'envoye* .. (par erreur|au mauvais|a la mauvaise)', 'sent .. (by mistake|to the wrong)',
  // "I emailed a discharge summary to the wrong GP", "envoyé à toute la liste de diffusion au lieu de la cadre".
  'to the wrong gp|doctor|patient|person|address|ward|family|practice', '(au|a la|a) (mauvais|mauvaise) (medecin|patient|patiente|personne|adresse|famille|service)',
  'liste de diffusion au lieu', 'a tout le monde au lieu', 'to everyone|all instead of', 'mailing|distribution list instead of',
  'violation de donnees', 'data breach',
  // "un compte rendu patient est parti par erreur vers une adresse gmail externe".
  'parti* par erreur', '(vers|a|to) (une|un|an|a) (adresse|address) (gmail|hotmail|yahoo|outlook|externe|external|perso|personnelle|personal)',
  // "mon compte envoie des mails tout seul à tout mon carnet d'adresses": a hijacked mailbox.
  '(envoie|envoient|envoye) des (mails|emails|messages) tout seul*', '(sends|sending|sent) (e ?mails|emails|messages) (by itself|on its own)', 'tout mon carnet d adresses', '(my|her|his) whole address book', 'all (my|her|his) contacts',
  // "A colleague left her work phone in the cafeteria and it's gone".
  '(left|forgot|oublie*|laisse*) .. (phone|telephone|tel|laptop|portable|badge|tablet|tablette) .. .. .. (gone|disparu*|plus la|vanished|missing|introuvable)',
  // A care station that no longer locks leaves patient records open to passers-by.
  'ne|n se verrouille* plus|pas|jamais', '(does not|won t|no longer) lock*', '(tout le monde|n importe qui) .. peut|peuvent voir', 'anyone|everyone|anybody .. can see',
  'videosurveillance', 'video surveillance', 'camera* de? surveillance', 'cctv', 'porte* .. deverrouill*', 'door|doors .. unlocked',
])];

/** A card or badge reader that no longer reads: the reader is at fault, not the credential. */
export const READERS = compilePhrases(['lecteur*', 'reader*', 'douchette*']);
export const NOT_READING = compilePhrases([
  'ne|n lit|lisent plus|pas|rien', 'lit|lisent plus|pas', 'not reading', '(does not|will not|won t) read', 'no longer reads', 'can not read',
]);

/** Broken credentials and logins. Group-wide login failures are resolved to software in category.ts. */
/**
 * "'habilitation insuffisante'", "'insufficient rights'", "'user not authorised for this workstation'", "'responsibility not
 * assigned'": the account's rights refused.
 */
const RIGHTS_REFUSED = [
  'habilitation* insuffisante*', 'droits insuffisants', '(utilisateur|compte) non (habilite*|autorise*)', 'insufficient (rights|privileges|permissions|access)',
  '(user|account) not (authorised|authorized|permitted)', '(responsibility|responsibilities) not assigned', 'invalid responsibility',
];
/** A shared folder or a drive mapped by its letter: "le dossier partagé des CR", "le lecteur P:", "the team drive". */
export const SHARED_FOLDER = compilePhrases([
  'dossier* partage*', 'repertoire* partage*', 'lecteur* reseau*', 'partage* reseau*', 'shared (drive|drives|folder|folders)', 'team (drive|drives)', 'network (drive|drives)',
  'lecteur|lecteurs (f|g|h|i|j|k|l|m|n|o|p|q|r|s|t|u|v|w|x|z)', '(f|g|h|i|j|k|l|m|n|o|p|q|r|s|t|u|v|w|x|z) drive|drives',
]);
/** Its rights refused or taken away: "'accès refusé'", "a perdu l'accès", "read-only for all of us". */
export const FOLDER_RIGHTS_REFUSED = compilePhrases([
  'acces refuse*', 'access denied', 'lecture seule', 'read only', 'perdu (l acces|les droits|mes droits|nos droits)', 'lost (access|the rights|our rights|my rights)', 'plus (mes|nos|les) droits',
]);
export const ACCESS_CREDENTIALS = compilePhrases([
  ...RIGHTS_REFUSED,
  'mot de passe', 'mots de passe', 'password*', 'passwd', 'identifiant*', 'username', 'compte* .. bloque*',
  'compte* .. verrouille*', 'compte* .. expire*', 'compte* .. desactive*', 'bloque* .. compte*', 'verrouille* .. compte*',
  'hors de mon compte', 'account* .. locked|expired|disabled', 'locked .. account*', 'locked out', 'carte cps', 'code cps',
  'cps', 'carte pro*', 'code pin', 'pin code', 'session verrouillee', 'authentification', 'authentication', 'mfa', '2fa',
  // "le double facteur me redemande un code", "le code provisoire marche pas", "doesn't recognise my fingerprint".
  'double facteur', 'authenticator', 'code provisoire', 'mot de passe provisoire', 'ecran de connexion', 'login screen', 'fingerprint', 'empreinte digitale', 'mon empreinte',
  'double authentification', 'compte a expire', 'session* .. bloquee*|verrouillee*', 'profil* utilisateur*', 'aucun profil', 'user profile', 'sso', 'smartcard*', 'smart card*', 'carte a puce', 'e cps',
  'utilisateur inconnu', 'unknown user', 'user not found',
  // "c'est mon compte windows le souci": the account named as the trouble.
  'mon|son|sa|ma compte|session .. le|la souci|probleme|panne', 'probleme* de compte|session|connexion', 'my|her|his account .. is the problem|issue',
]);
/** "keeps saying my password is wrong", "identifiant ou mdp incorrect": a credential refused, whatever application asks for it. */
export const CREDENTIAL_REFUSED = compilePhrases([
  // "today they all get 'no role assigned'", "utilisateur sans rôle": the account holds no rights where it did.
  'no role assigned', 'no role', 'aucun role', 'pas de role', 'role manquant', 'missing role',
  ...RIGHTS_REFUSED,
  '(mot de passe|mdp|identifiant|identifiants|code) .. (incorrect|incorrecte|incorrects|refuse|refusee|errone|invalide|faux|fausse|pas bon|expire)',
  '(password|passwords|pwd|credentials|login|pin) .. (wrong|incorrect|invalid|rejected|expired|not accepted|not recognised|not recognized)',
  'wrong|incorrect|invalid|expired password*|pwd|credentials|login|pin',
]);

/**
 * An application's own error behind a failed connection ("'licence indisponible'", "'profil corrompu'", "connexion à
 * Microsoft Exchange non disponible", "the trust relationship… failed"): the software is at fault, not a credential.
 */
export const SYSTEM_ERROR = compilePhrases([
  'licence*|license* (indisponible*|unavailable|expired|expiree*|non disponible*|server*|serveur*)', 'serveur* (indisponible*|injoignable*|non disponible*)',
  'server* (unavailable|unreachable|not available|not responding)', 'profil* corrompu*', 'corrupt* profile*', 'trust relationship', 'relation d approbation',
  'exchange .. (non disponible|indisponible|not available|unavailable)', 'aucun serveur d ouverture de session', 'no logon server*',
]);

/** A screen that shows wrong or old data, not a broken screen: "Bed screen shows the patient… as discharged", "stuck on Thursday's data". */
export const SCREEN_CONTENT = compilePhrases([
  'affiche* .. .. (alors que|comme|encore|toujours|mauvais|mauvaise|faux|fausse|erreur|en double)', 'n affiche* (pas|plus) (le|la|les|l|aucun|aucune) (lit*|patient*|chambre*|donnee*|colonne*|case*|mutation*)',
  '(shows|showing|displays|displaying) .. .. (as|wrong|still|old|error|stale)', 'stuck on .. .. data', 'sync error', '(doesn t|does not|don t) show (the|any) (patient*|bed*|room*|column*|data)',
]);
/** What breaks a screen itself: black, no signal, lines, colours, a crack. */
export const SCREEN_BROKEN = compilePhrases([
  'noir', 'black', 'pas de signal', 'no signal', 'eteint*', 'allume* plus|pas', 'turn* on', 'clignot*', 'flicker*', 'ligne*', 'lines', 'jaune', 'yellow', 'casse*', 'cracked', 'broken', 'fissure*',
]);

/** "I can't log in": a broken login when no group is affected. */
export const LOGIN_FAILURE = compilePhrases([
  'me connecter', 'me connecte', 'me loguer', 'me logger', 'se connecter', 'connexion au|a logiciel|dpi|session',
  'log in', 'log into',
  'login', 'sign in', 'logon', 'access denied', 'acces refuse', 'connexion impossible', 'ouvrir ma session',
  'ouvrir la|une|sa|son|leur|votre session',
  // "cristal net wont let me in", "le DPI me laisse pas entrer".
  '(won t|wont|doesn t|doesnt|will not|does not) let me (in|log|sign)', 'me laisse* (pas|plus) (entrer|rentrer|me connecter|acceder)',
]);
/** One person's own login, even on a station the team shares: "elle n'arrive pas à ouvrir sa session". */
export const OWN_LOGIN = compilePhrases([
  'me connecter', 'me connecte', 'me loguer', 'me logger', 'ouvrir ma|sa|son session', 'my|his|her login', 'log me in',
]);

const PRINTER_WORDS = compilePhrases([
  'imprim*', 'impression*', 'copieur*', 'photocopi*', 'multifonction*', 'toner', 'cartouche*', 'print*',
  'machine* a|d etiquette*|bracelet*', 'etiqueteuse*',
  // Labels that no longer come out are a printer's: "étiquettes labo sortent plus".
  'etiquette*|bracelet* .. sort|sortent|sortir', 'labels|wristbands .. come|coming out',
  'copier', 'copiers', 'photocopier*', 'scan vers', 'scanner vers', 'numeriser vers', 'scan to', 'zebra',
  // Printer makes: "the HP LaserJet … jams on every single page".
  'laserjet*', 'officejet*', 'deskjet*', 'ecosys',
]);

/** Paper stuck in a printer: "jams on every single page", "bourrage en permanence". */
export const PAPER_JAM = compilePhrases(['bourrage*', 'paper jam*', 'jams', 'jammed', 'jamming', 'jam on|at|every|each', 'papier coince*', 'feuille* coincee*']);
export const PRINTER = [...PRINTER_WORDS, ...PAPER_JAM];

/** The lone worker's alarm handset (a DECT with a pull cord): "mon PTI ne marche plus", "lone worker alarm". */
export const LONE_WORKER_ALARM = compilePhrases(['pti', 'ptis', 'dati', 'travailleur* isole*', 'lone worker*']);
export const PHONE = [...LONE_WORKER_ALARM, ...compilePhrases([
  'switchboard', 'transfer|transferer|transferer les? calls|appels',
  'telephone*', 'telephonie', 'dect', 'dects', 'bip|bips de|du|d|des|hs|ne|n|est|sont', 'le|mon|son|ton|un|du|au|les|ses|ma|votre|de|ni|pas bip|bips', 'biper', 'bipeur*', 'bipper*', 'poste fixe', 'postes fixes', 'fixe', 'fixes', 'tonalite',
  'repondeur*', 'fax', 'faxes', 'standard telephonique', 'le standard', 'appel* entrant*', 'appels', 'appel malade',
  'sonnette*', 'smartphone*', 'portable pro', 'phone*', 'pager*', 'bleep*', 'dial tone', 'voicemail', 'softphone',
  'ligne* telephonique*', 'capte* plus|pas', 'nurse call', 'call bell*', 'paging', 'overhead paging', 'public address',
  'interphone*', 'sonorisation', 'numero (d astreinte|de garde)', 'renvoi* .. messagerie*', 'ligne #', 'line #', 'ligne* .. # .. sonne*|tonalite', 'ligne* fixe*|directe*', 'extension*', 'casque* telephonique*', 'le|mon|du|au|son|un tel', 'tel fixe|portable|pro|dect|hs', 'tel de garde', 'appel* general|generaux', 'voicemail', 'messagerie vocale',
  // Calls that do not get through: "ça sonne occupé", "impossible de joindre le poste de soins".
  'sonne* occupe*', 'sonne* dans le vide', 'joindre|appeler le|la|les poste*', 'injoignable*', 'busy tone|signal', 'engaged tone', 'rings out',
])];


export const NETWORK = compilePhrases([
  'reseau', 'reseaux', 'wifi', 'wi fi', 'wlan', 'internet', 'vpn', 'borne* wifi|reseau|radio', 'borne d acces', 'point d acces', '4g', '5g', 'switch', 'prise* reseau*',
  'cable* reseau*', 'lecteur* reseau*', 'partage* reseau*', 'network', 'networks', 'shared drive*', 'network drive*',
  // "H: drive disconnected, says path not found", "lecteur H: déconnecté".
  'drive disconnected', 'drive .. path not found', 'path not found', 'chemin (d acces )?introuvable', 'lecteur (h|g|p|s|t|u) .. deconnecte*',
  'ethernet', 'offline', 'hors ligne', 'link|links|liaison* .. (to|between|with|entre|vers|avec) .. site*', 'lecteur h', 'lecteur* partage*',
  // A drive mapped from a file server by its letter: "le lecteur P:\PEDIATRIE", "the S: drive is unreachable".
  'lecteur|lecteurs (f|g|h|i|j|k|l|m|n|o|p|q|r|s|t|u|v|w|x|z)', '(f|g|h|i|j|k|l|m|n|o|p|q|r|s|t|u|v|w|x|z) drive|drives',
]);

export const SOFTWARE = compilePhrases([
  // Electronic prescribing by its usual names: "la nouvelle presc", "le module presc", "e-prescribing".
  'emar', 'e mar', 'epr', 'e prescribing', 'eprescribing', 'e prescription', 'prescription electronique', 'presc electronique', 'module* de? presc*', 'nouvelle presc', 'la presc', 'la presc electronique',
  'alertes? d interaction*', 'interaction alert*',
  'logiciel*', 'application*', 'appli', 'applis', 'app', 'apps', 'dpi', 'dossier patient informatise', 'pacs', 'outlook',
  'word', 'excel', 'powerpoint', 'power point', 'teams', 'mail', 'mails', 'email*', 'e mail*', 'messagerie', 'webmail', 'session windows', 'windows',
  'portail', 'planning*', 'serveur*', 'server*', 'software', 'program*', 'certificat*', 'certificate*', 'dictee',
  'gestion des lits', 'bed management', 'scheduling', 'tool', 'viewer', 'system', 'systeme informatique', 'navigateur',
  'browser', 'chrome', 'edge', 'firefox', 'citrix', 'remote|virtual desktop*', 'bureau* a distance|virtuel*', 'vdi', 'erreur 500', 'error 500', 'mise a jour du logiciel', 'acrobat',
  'adobe', 'pdf', 'intranet', 'agenda', 'calendrier', 'calendar', 'zoom', 'visio*', 'video calls', 'patient record system',
  'gam', 'prescription software', 'patient record*', 'dossier patient', 'dossiers patients', 'lab results', 'lab software', 'base de donnees', 'database',
  'cristal net', 'cristalnet', 'ris', 'lims', 'le|du|au|the|our sil', 'sil labo*|lab|is|est|ne|plante|down|hs|bloque', 'ehr', 'emr', 'module*', 'interface*', 'crossway', 'dxcare', 'orbis', 'easily', 'sillage', 'hopital manager',
  'prescribing|prescription|ordering|results|login screen*|tab*', 'ecran* de? prescription|connexion|saisie',
  'cerner', 'glims', 'molis', 'xplore', 'oracle', 'mssante', 'ms sante', 'teletransmission*', 'gmao', 'licence*', 'license*', 'pancarte', 'tableau des patients', 'bed board',
]);

/** Faults of the programs on a machine, whatever machine is named first: updates, synchronisation, profiles. */
/** A Windows update named: what changed on the machines. */
export const WINDOWS_UPDATE = compilePhrases(['mise* a jour windows', 'windows update*']);

export const SOFTWARE_FAULTS = [...WINDOWS_UPDATE, ...compilePhrases([
  'profil* temporaire*', 'temporary profile*', 'session* .. expire* en boucle', 'preparation de windows', 'configuration de windows',
  'ne|n .. synchronis*', 'synchronis* plus|pas', 'synchro', 'not|won t syncing|sync|synchroni*', 'sync* .. fail*',
  // What changed is the programs: "les PC redémarrent en boucle depuis la mise à jour de cette nuit".
  'depuis|apres (la|les|une|cette) mise* a jour', 'depuis|apres (la|le|l) (maj|update|bascule|migration)', 'depuis le passage (a|en|sous) windows',
  '(since|after) (the|last night s|this morning s|yesterday s|an) (update|upgrade|migration)', 'since go live', 'since the go live',
])];

/** An application on a carried device: the application is at fault, not the phone ("l'appli sur mon smartphone plante"). */
export const APP_ON_DEVICE = compilePhrases([
  'appli*|app|apps|application* .. (sur|on|du|de) (mon|ma|mes|le|la|les|the|my|our|son|sa|leur|leurs|his|her|their) smartphone*|telephone*|phone*|portable*|tablette*|tablet*|dect*',
]);

/** An application that fails while printing, no printer named: "le DPI plante quand j'imprime une ordonnance". */
export const APP_FAILS_WHEN_PRINTING = compilePhrases([
  'plante*|crash*|freez*|fige*|bug* (quand|lorsque|des que|when|whenever|every time|chaque fois) .. imprim*|print*',
  // "le DPI plante chez toutes les secrétaires de pédiatrie quand on imprime": who it happens to, between the two.
  'plante*|crash*|freez*|fige*|bug* .. .. (quand|lorsque|des que|when|whenever|every time|chaque fois) (on|j|je|we|i|they|ils|elles)? imprim*|print*',
  // "le logiciel de pharmacie plante à l'impression des étiquettes", "crashes on printing".
  'plante*|crash*|freez*|fige*|bug* (a l|au moment de l|lors de l|on|at|during) (impression|print|printing)',
  // The application's print templates: "les modèles d'impression de cristal net sont tous décalés", "erreur 'modèle introuvable'".
  'modele* d impression', 'modele* introuvable*', 'print (template|templates|layout|layouts)', 'template (not found|missing)',
]);
/** A printout people work from: "we're working from last week's printed rota", "on a la liste imprimée d'hier". */
export const PRINTOUT = compilePhrases([
  'printed rota|copy|copies|list|lists|version|sheet*|schedule|schedules|plan', 'printout*', 'print out*',
  'version|copie|liste|planning* imprime*', 'sur|du|le papier imprime',
  // "Pour aujourd'hui c'est imprimé": what was printed beforehand, the way round.
  '(c est|tout est|c etait) (deja )?imprime',
]);
/** The directory of phone numbers is an application: "l'annuaire affiche les anciens numéros". */
export const PHONE_DIRECTORY = compilePhrases(['annuaire*', 'phone directory|book', 'telephone directory', 'staff directory']);

export const HARDWARE = compilePhrases([
  'pc', 'pcs', 'ordinateur*', 'ordi', 'ordis', 'cow', 'cows', 'computer on wheels', 'wow', 'poste de? travail', 'poste informatique', 'postes informatiques', 'poste', 'postes',
  'unite centrale', 'ecran*', 'clavier*', 'barre espace', 'space bar', 'souris', 'souri', 'laptop*', 'computer*', 'workstation*', 'screen*', 'keyboard*',
  'mouse', 'desktop', 'desktops', 'desktop pc|pcs|computer*', 'tpe', 'terminal* de paiement', 'terminal* carte* bancaire*', '(card )?payment terminal*', 'card machine*', 'lecteur* de? carte*', 'lecteur* de? badge*', 'badge reader*', 'card reader*', 'douchette*',
  'lecteur* de? code* barre*', 'code* barre*', 'barcode*', 'scanner*', 'numeriseur*', 'scanner* de documents', 'videoprojecteur*', 'projecteur*', 'lecteur* d empreinte*', 'lecteur* biometrique*', 'armoire* a pharmacie', 'tiroir*', 'drawer', 'drawers', 'ecran* tactile*', 'borne d accueil', 'webcam*',
  'clim', 'climatisation', 'air conditioning', 'onduleur*',
  'casque*', 'micro', 'microphone*', 'headset*', 'headphone*', 'earphone*', 'mic', 'ventilateur', 'chargeur*', 'charger*', 'batterie', 'battery', 'usb', 'tablette*', 'tablet*',
  'ecran bleu', 'blue screen', 'plus de son', 'pas de son', 'no sound', 'haut parleur*', 'speaker*', 'chariot informatique', 'chariot* info|infos|informatiques', 'tient plus la charge', 'chariot* de? soins|distribution|medicament*', 'pc portable',
]);
