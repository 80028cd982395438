import { moreWorkComing, wayRoundsByShape } from './way-round-structure.js';
import { MAILBOX_HIJACKED } from './category-lexicon.js';
import { compilePhrases, countMatches, locatePhrase, matchesAny, positionsOf, prepare, type Phrase, type Prepared } from './matcher.js';

/**
 * Words that say how bad a problem is and who it hits, French and English, folded (phrase syntax in
 * matcher.ts). Kept apart from the category words: these are about consequences, not objects.
 */

/** Something is broken: the predicate of an incident report. */
export const PROBLEM = compilePhrases([
  'logs|logged|kicks|kicked|throws|threw me out', 'me deconnecte*', 'me kick*',
  // Messages that will not leave: "my letters don't go out, they sit in the outbox with 'échec d'envoi'".
  'don t|do not|doesn t|does not|won t go out|send', 'not going out|sending', 'fail* to send', 'stuck|sit|sits|sitting in the outbox', 'echec* d envoi', 'partent|part pas|plus',
  // "I'd like it fixed this week": a repair, not something new.
  '(like|want|need|get) it|them fixed|repaired', 'le|la|les faire reparer', 'soit repare*|reparee*',
  'ne|n .. plus', 'ne|n .. rien', 'plus rien', 'rien ne|n marche|fonctionne|va', 'nothing works|working', 'nothing is working', 'ne|n .. jamais', 'ne|n .. peu* pas', 'ne|n .. pouvons pas', 'ne|n .. arrive* pas',
  'allume* pas', 'demarre* pas', 'ouvre* pas', 'imprime* pas', 'affiche* pas', 'repond* pas', 'charge* pas', 'sonne* pas',
  'capte* pas', 'lit pas', 'lisent pas', 'connecte* pas', 'reconnai* pas', 'recoi* pas', 'recoivent pas', 'passe* pas',
  'part pas', 'partent pas', 'arrive* pas', 'voi* pas', 'ne|n .. pas acces', 'ne|n .. pas de', 'marche* plus|pas|mal', 'fonctionne* plus|pas|mal',
  'plus de', 'plus d', 'plus aucun*', 'aucun* .. ne|n', 'en panne', 'panne*', 'hors service', 'plante*', 'crash*',
  'bug*', 'beug*', 'bloque*', 'fige*', 'gele*', 'rame*', 'lent', 'lente', 'lents', 'lentes', 'lenteur*', 'erreur*',
  'impossible', 'n arrive* pas|plus', 'arrive* pas|plus', 's eteint', 's eteignent', 'redemarre*', 'ecran noir',
  'ecran bleu', 'casse*', 'fissure*', 'defaut*', 'alarme*', 'inaccessible*', 'indisponible*', 'coupe', 'coupes',
  'coupee*', 'coupure*', 'deconnecte*', 'perd* .. connexion', 'saute*', 'muet*', 'tonalite', 'bourrage', 'traces',
  // "the shared folder is empty for everyone", "le dossier a disparu", "the monitor shows nothing".
  '(is|are) (now )?empty', '(est|sont) (maintenant )?(vide|vides)', 'disparu*', 'vanished', 'disappeared', '(shows|show|displays|display) nothing', 'n affiche* rien', 'affiche* rien',
  'illisible*', 'decale*', 'blanche*', 'bruit*', 'odeur*', 'brule*', 'expire*', 'verrouille*', 'refuse*',
  'incorrect*', 'probleme*', 'souci*', 'clignote*', 'figee*', 'en boucle', 'ecran* noir*', 'rien ne sort',
  'sonne* sans', 'mal', 'hs', 'defectueu*', 'abime*', 'tombe* en panne', 'tombe', 'tombent', 'gresill*', 'crackl*',
  'ne repond', 'repond plus', 'desactive*', 'disabled', 'ne s ouvre', 'ouvre plus', 'affiche plus', 'imprime plus', 'allume plus', 'demarre plus',
  'not receiving|sending|syncing|opening|showing|saving|responding|charging|booting|starting|updating', 'not working',
  // "Troponin results not reaching the ED", "le tableau de bord se met plus à jour", "shows empty values", "shows 'out of order'".
  'not reaching|arriving|refreshing', 'not coming through', 'met|mettent|actualise|actualisent plus a jour', '(empty|blank) (values|fields|columns|cells)', 'valeurs vides', 'out of order', 'does not work', 'do not work', 'not work', 'broken', 'down', 'dead', 'crash*', 'freez*', 'frozen',
  'stuck', 'slow', 'error*', 'can not', 'unable', 'fail*', 'fault*', 'alarming', 'keeps', 'jam*', 'blank', 'lost',
  'gone', 'drop*', 'flicker*', 'no dial tone', 'not ringing', 'not printing', 'stopped', 'stops', 'wrong', 'issue*',
  'problem*', 'offline', 'locked', 'expired', 'forgot', 'not loading', 'will not', 'no longer', 'no ecg', 'no signal',
  'not turn on', 'not connect*', 'shows no', 'weird', 'strange', 'bizarre*', 'trouble', 'personne ne|n peut|peuvent',
  'plus personne', 'nobody can', 'no one can', 'nobody is able', 'no one is able', 'personne ne|n arrive',
  'nobody .. can', 'no one .. can', 'sans arret', 'en continu', 'en permanence', 'rien n y fait', 'sonne', 'sonnent',
  'faible', 'low battery', 'fait des bandes|traces|lignes|taches|rayures', 'streak*', 'se ferme*', 'ferme* tout* seul*',
  'tout seul', 'toute seule', 'toutes seules', 'tous seuls', 'by itself', '(rebooted|restarted|reboots|restarts|shut down|shuts down|switched off|turned off) (itself|on its own)', 'pas d acces', 'plus d acces', 'pas acces',
  'no access', 'not recogni*', 'is not recogni*', 'unrecogni*', 'not detected', 'lost access', 'refuse* de', 'dies', 'died', 'keeps', 'n enregistre* plus|pas', 'reste* sur|bloque*', 'reste* noir*|eteint*|fige*|blanc*', 'stays|stay black|off|blank|frozen',
  // Wrong or late output, said without a breakdown word: "des valeurs incohérentes", "we are missing calls".
  'en retard', 'running late', 'missing', 'perdu*', 'faux', 'fausse*', 'errone*', 'incoherent*', 'inconsistent', 'aberrant*',
  // English negation of what a thing should do, and its states: "does not receive calls", "the screen went black".
  '(doesn|don|didn|won|can) t (receive|print|start|open|connect|load|save|send|show|display|respond|charge|turn|switch|boot|sync|ring|read|scan|dispense|record|pick|log)', '(does|do|did|will|can) not (receive|print|start|open|connect|load|save|send|show|display|respond|charge|turn|switch|boot|sync|ring|read|scan|dispense|record|pick|log)', 'cannot (receive|print|start|open|connect|load|save|send|show|display|respond|charge|turn|switch|boot|sync|ring|read|scan|dispense|record|pick|log)',
  // "CTG in birth room 2 no trace at all", "plus de courbe", "no reading on the monitor".
  '(no|pas de|aucun|aucune) (trace|traces|courbe|courbes|curve|curves|waveform|waveforms|reading|readings|display|affichage|picture|image|images|sound|son)',
  // "the trace printout from the CTG is cut on the right side", "le compte rendu sort tronqué".
  'cut off', '(is|are|gets|get) cut', 'truncated', 'tronque*',
  'not stable', 'unstable', 'instable*', '(went|goes|going|turned) black|dark|blank|off', 'flat line', 'ligne plate', 'alarm', 'alarms',
  'plus acces', 'plus les droits', 'n a|ont plus .. droits',
  // "le double facteur me redemande un code toutes les 5 min", "MFA app says request denied".
  'redemande*', 'toutes les # min|minutes', 'd un autre patient|malade', 'd une autre patiente', 'another patient s', 'alors que', 'not detecting', 'stopped working', 'insupportable', 'denied', 'declined', 'rejected', 'rejects', 'rejecting',
  // Spoken French drops the "ne": "les étiquettes sortent plus", "le DPI propose plus le sirop", "elles peuvent pas préparer".
  'sort|sortent|affichent|apparait|apparaissent|propose|proposent|detecte|detectent|remonte|remontent|envoie|envoient|trouve|trouvent|prend|prennent|passent plus',
  'peux|peut|peuvent|pouvons|pouvez pas|plus',
  // "doesn't detect my second screen", "won't find the printer".
  '(doesn|don|didn|won|can) t (detect|find|see|recogni*|accept|work)', '(does|do|did|will|can) not (detect|find|see|recogni*|accept|work)', 'cannot (detect|find|see|recogni*|accept|work)',
  // A screen gone the wrong colour: "l'écran est tout rose".
  'tout|toute|tous|toutes rose*|vert*|violet*|jaune*|bleu*', 'ecran* rose*|vert*|violet*|jaune*',
  // A step tried that failed: "tried the portal, it says no phone number registered… so no SMS code".
  'says|said no', 'dit|affiche|marque pas de|aucun|aucune', 'no sms|code|text', 'pas de sms|code',
  'coince', 'coincee', 'coinces', 'coincees',
  // "la PCA du lit 3 affiche E14 et s'arrete", "all DECTs in ICU rebooting in a loop since 3am".
  's arrete', 's arretent', 's est arrete*', 'rebooting', 'restarting', 'in a loop', 'boot loop',
]);

/** A stated way to keep working: lowers urgency and clears patient-care impact. */
export const WORKAROUND = compilePhrases([
  // A loan device put in its place: "j'ai déjà mis une pompe de prêt de la réserve".
  '(pompe|pompes|scope|scopes|moniteur|pse|pousse seringue|appareil|respirateur|respi) (de pret|de la reserve|du stock|de depannage)', '(loan|loaner|spare) (pump|monitor|ventilator|device) (from|in)',
  // Another machine, someone else's, named by its place or owner: "les médecins utilisent le PC de la salle de transmissions",
  // "the triage nurse is working on the secretary's PC", "les medecins signent sur le poste du bureau medical".
  '(utilisent|utilise|use|uses|using) (le|la|les|l|the) (pc|poste|postes|ordi|ordinateur|computer|workstation|laptop) (de|du|des|d|of|in|at|next)',
  '(working|works|charting|signing) on (the|a) .. (pc|computer|workstation|laptop)', '(signent|signe|signons|valident|valide|prescrivent) sur (le|la|un|une|l) (pc|poste|ordi|ordinateur|session)',
  // Someone else does it for the writer: "le chef signe à ma place", "l'autre interne prescrit pour moi", "une collègue valide pour moi".
  '(signe*|prescri*|valide*|sign|signs|signing|prescrib*|validat*) (a ma place|pour moi|for me|on my behalf|in my place)',
  // Calls taken another way: "on se fait rappeler sur le DECT", "we redirected the line to the nurses' office".
  '(se fait|se font|nous faisons) (rappeler|appeler) sur', '(redirect*|forward*|divert*) (the|our) (line|lines|calls|phone|number)', 'renvoy* (la ligne|les appels|le numero|le poste)',
  '(il|elle|on|they|he|she) (demande|demandent|ask|asks|gets|get) .. .. par (tel|telephone)', '(asks|ask|gets|get) .. .. (over|by) (the )?phone',
  // Results given another way: "la biologiste nous dicte les résultats au tel", "the lab phones us the results".
  '(dicte|dictent|donne|donnent|communique|communiquent|transmet|transmettent|lit|lisent) .. resultats|valeurs|bilans (au|par) (tel|telephone)', '(phones|phone|reads|read) (us )?(the )?(results|values)', 'on les note sur la feuille|le cahier|papier',
  // The device changed for the patient: "on a changé de machine pour ce patient", "changed the ventilator".
  'change* de (machine|respirateur|respi|scope|moniteur|pompe|pse|pousse seringue|appareil|poste|pc|chariot)', '(changed|swapped|switched) (the )?(machine|ventilator|monitor|pump|device|cart)',
  // What the device is for still gets done: "we bin every other one", "on les laisse sur le socle entre 2 tours".
  '(we|on) (bin|bins|jette|jettent|throw away) (every|one|une|the)', '(on|we) (les|le|la|them|it)? (laisse|laissons|leave|keep) .. (sur le socle|en charge|on the charger|on charge|plugged)',

  'on|nous utilis* .. autre|celui|celle|ceux|celles|un|une', 'j utilise .. autre|celui|celle', '(on a|nous avons) pris (le|la|l|un|une|celui|celle|ceux|celles|les|des|sa|son|ses|leur|leurs)', '(on|nous) (prend|prenons) (le|la|l|un|une|celui|celle|ceux|celles|les|des|sa|son|ses|leur|leurs)',
  'on imprime sur|avec|depuis|ailleurs', 'on passe par', 'je passe par', 'on est passe sur', 'on a bascule*', 'bascule* sur',
  'on a remplace*', 'remplace* par',
  // "We've put a portable monitor on the patient", "on a mis le scope de transport".
  'put|placed|hooked .. portable|spare|backup|transport|bedside monitor*|pump*|scope*|one', 'mis|pose|branche .. (scope|moniteur|pousse seringue|pompe de transport|secours|rechange)',
  '(we re|we are|were) printing (in|from|on|at)', '(colleague*|a nurse) .. (logs|log|logged|opens|open) (me|it) (in|with)', '(collegue*|collegues) (me|m) (ouvre*|connecte*|logue*|loggue*)',
  // "on fait le tour des médicaments avec le poste fixe", "on a l'autre imprimante au fond", "getting by with keyboard shortcuts".
  'on|nous fait|faisons .. .. avec|sur le|la|les|un|une|nos|notre poste*|pc|fixe|fixes|portable*|papier|tablette*', 'sur les|le poste* fixe* .. .. ca passe|marche|fonctionne',
  'on|j utilise* le|la poste|pc|imprimante|telephone|dect|ecran d a cote', 'on a l autre', 'on a scotche|affiche .. mot|numero|affiche|panneau',
  'verifie* a l oeil', 'feuilles|fiches papier', 'on le|la|les laisse branche*', '(we|i) (leave|keep) it plugged in', 'getting|get by', 'on s en sort avec',
  'on a rebranche* .. sur|dans', 'logging|logs|logged in for me', 'se connecte* pour moi', 'sur leur|leurs|son|sa|ses poste*|pc|ordi* .. ca marche|fonctionne', '(je|on) (fais|fait|travaille) .. .. (de|depuis) la bas', 'je me suis mis|mise au|a|sur|dans', 'on s est mis|mises|installe*|installees au|a|sur|dans', '(on|nous) (peut|peux|pouvons|va|vais|allons) (imprimer|scanner|faxer) .. .. (depuis|sur|avec|chez|ailleurs)', 'on fera sur|avec|dans|depuis',
  // "on doit tout ressaisir", "les manips doivent ressaisir nom, IPP…", "we type the codes", "nurses type the values in".
  '(doit|doivent|devons|dois|faut) (tout )?(ressaisir|recopier|retaper|retracer)', '(we|they|nurses|i) (type|key|enter|retype) (the|them|it|in|all|everything)',
  // "je note tout sur une feuille pour l'instant", "I'm writing everything down on paper".
  '(je|on|nous) (note|notons|notent|ecris|ecrit|ecrivons) (tout )?(sur|dans) (une|un|la|le|des|mon|ma) (feuille*|papier|cahier|carnet|bloc)', '(i m|we re|i am|we are) (writing|noting) (it |everything |things )?(down )?on paper',
  // Calls made or taken on other phones: "on utilise nos portables perso", "on se sert des DECT pour l'instant",
  // "on leur a donné le portable du senior de garde", "we give people the direct numbers", "we're using our own mobiles".
  '(on|nous) (utilise|utilisons|se sert|nous servons) (de|des|du|nos|les|le|notre|d) .. (portable*|dect|dects|mobile*|bip|bips|fixe|fixes|telephone*|tel)',
  '(we|they) (use|re using|are using|have been using) (our|their|the|personal|own) .. (mobiles|mobile|cell phones|cellphones|personal phones|dects|dect|landline|bleeps)',
  '(donne|donnons|donner|communique|communiquons) .. (le|les|un|leur|nos|notre) (portable|portables|numero direct|numeros directs|dect|mobile)', '(give|gave|giving) .. (the|our|my|a) (direct number*|mobile number*|mobile|dect number*)',
  // The patient moved to a room whose device works: "on a déménagé la patiente en salle 3", "moved the patient to bay 4".
  '(demenage*|transfere*|deplace*|bascule*|installe*|change*) (la|le|les) (patiente|patient|patients|maman|parturiente|bebe) (en|dans|vers|a) (la )?(salle|chambre|box)',
  // Looked up elsewhere: "on va les chercher dans le SIL", "on est descendus les regarder en radio", "we check them on the lab system".
  '(on|nous|je) (va|vais|allons|est|sommes|suis) (les |le |la |l )?(chercher|voir|regarder|consulter) .. (dans|sur|en|au|a la)', '(on|nous|je) (est|sommes|suis) (descendu*|monte*|alle*) (les |le |la )?(voir|regarder|consulter|chercher)',
  '(we|i) (look|check|read) (them|it|the results|the images) (up )?(on|in|at) (the )?(lab|lis|pacs|console|machine|system)',
  'on vit avec', 'je|on peu* taper|bosser|travailler|saisir|imprimer sur le|la poste|pc|ordi|session', 'i|we can work', 'i|we can still work', 'i ll use the other', '(je prendrai|j utiliserai) l autre', 'ca marche|fonctionne mais', 'it works but', 'on en a|avait une|un autre', 'une|un autre en stock|reserve', 'spare (one )?(from|in) (stock|storage)', 'on decoupe', 'on les decoupe', 'je passe derriere', 'on passe derriere', 'workable', 'jouable', 'on dicte', 'on tapera|saisira|ressaisira|fera .. plus tard|apres', 'on ressaisit', '(we ll|we will) (type|enter|do) (it|them)? later',
  'walked|walk|carried|carry|taken .. to the lab|pharmacy', '(a pied au|a pied a la|jusqu au) labo|pharmacie', 'on appelle les gens|patients|personnes a l oral', 'bascul* les patients', 'les patients passent sur|dans|en', 'patients .. sur l|la autre', 'on se debrouille', 'je me debrouille', 'se debrouillent|debrouillaient en|avec', '(saisissant|tapant|imprimant|travaillant|validant) sur|depuis (le|les|la|l|un|une|des|d) .. (poste|postes|pc|ordi|ordis|ordinateur*)', 'a la main',
  // "Grabbed the one from bay 2 for my chest pain patient", "other nurse said use the fixed PC so I'm doing that",
  // "les services nous appellent en direct du coup".
  '(grabbed|borrowed|took|using|use) the (one|spare) (from|in|at|of|next)', 'use the (fixed|other|desk|next|spare|ward|nurses) (pc|computer|printer|phone|one|station)', 'so i m doing that',
  '(nous|les) (appellent|appelle|appelons) en direct|directement', '(call|calling|ring|ringing) us directly',
  // "we can keep scanning, just need it sorted this week", "on peut continuer à scanner".
  '(we|i) can (still )?keep (going|working|scanning|imaging|using it|using them|printing|running)', '(je|on|nous) (peu*|pouvons) (toujours |quand meme )?continuer a (scanner|examiner|faire les|travailler|imprimer)',
  // "Works fine on the box computers so I just walk over there", "ça marche sur les PC des box, j'y vais".
  '(works|working|work|is fine|are fine) (fine |ok |okay |normally )?on (the|my|other|another|her|his|their|our|a) .. (computer*|pc|pcs|desktop*|station*|workstation*|machine*)', '(i|we) (just )?walk (over|down|across)',
  '(marche|marchent|fonctionne|fonctionnent) (bien |normalement )?sur (les|le|l|un|une|d|ses|son|leurs) .. (pc|poste*|ordi*|ordinateur*)',
  // Not "je peux plus travailler", which drops its "ne".
  'je|on|nous peu* travailler|bosser', 'je|on|nous peu* toujours|encore travailler|bosser', 'je|on|nous peu* quand meme travailler|bosser', 'je|on|nous peu* continuer a travailler|bosser',
  'je|on|nous peu* travailler|bosser sur|avec|depuis', 'pas grave', 'il|elle marche* encore|quand', 'mais il|elle marche*',
  'mais il|elle fonctionne*', 'il|elle fonctionne* encore', 'de secours', 'on a mis', 'on saisit', 'on tape',
  // "je peux aller sur le poste de mickael quand il est pas là".
  'peu* aller|passer sur le|la|l|un|une poste|pc|ordi|ordinateur', 'peu* aller|passer sur celui|celle de|d',
  'on recopie', 'sur un autre', 'sur une autre', 'autre pc', 'autre poste', 'we use', 'we are using', 'using the other',
  'we switched', 'switched to', 'moved to', 'backup', 'back up one', 'for now', 'manually', 'by hand',
  'in the meantime', 'meanwhile', 'still works', 'still working', 'can still work', 'workaround', 'another pc',
  'another computer', 'the other one', 'the one downstairs|upstairs|next door', 'the one in the', 'we can type', 'i can use',
  'we send .. to', 'les autres pc|postes|ordinateurs|imprimantes|ecrans marchent|fonctionnent', 'les autres marchent|fonctionnent',
  'the others work', 'the other computers|pcs|printers work',
  'celle|celui d a cote', 'celle|celui du couloir|bureau', 'on ecrit a la main', 'works on the|other .. pcs|computers', '(can|could) (report|work|manage|do|carry on) without', 'on peut faire sans', 'switch|switching|switched to paper', '(using|use) (another|a spare|the spare)', 'mais il|elle pousse|ventile|trace|affiche|imprime bien', 'marchent|fonctionnent toujours|encore', 'on scanne', 'phoning|phones|calling through', '(is|are) phoning|calling (the )?results', 'phoning|calling results', 'phoning|calling .. results to', '(keep|keeping|put|putting) a nurse at|by the bedside', '(une|un|l) (ide|infirmiere|infirmier|soignant*) (reste|restent)? au chevet', 'on surveille au chevet', 'surveillance au chevet', 'we re sending|sending samples|specimens to', 'on fait avec', 'we (manage|make do|cope)', 'le reste marche|fonctionne', 'the rest works|is fine',
  // "on les imprime et on les scanne", "les médecins appellent le labo pour chaque bilan", "I have to ask a colleague".
  '(on|nous) (les|le|la) (imprime|imprimons|scanne|scannons|saisit|saisissons|recopie|recopions|tape|tapons)', 'appel* le|la labo|pharmacie|radio|standard pour', '(ask|asking) a colleague', 'demander a un|une collegue', 'demander aux chefs|collegues|seniors|internes|autres', '(ask|asking) my|the|a senior*|colleagues',
  // "we moved the first case to OR 6, so no panic".
  '(moved|switched|transferred) the .. to (or|theatre|room|bay|bed)', 'so no panic', 'pas de panique',
  // Someone else did it, or the work moved to another desk: "my senior did it for me this time", "les patients passent au guichet".
  '(did|done) it for me|us', '(l|me l) a fait pour moi|nous', '(passent|passe|vont) (au|par le|par l|a l) (guichet|accueil|secretariat)', 's est (mis|mise|mises) sur (le|un|une|l|la|son) (pc|poste|ordi|autre)',
  // "on fera les bons de travaux sur papier aujourd'hui".
  '(on|nous|je) (fait|fera|ferons|fais|ferai|remplit|remplira) .. (sur|en|au) papier',
  'on note sur papier', 'note* sur papier', 'on fait sans',
  // A lost badge: "un collègue m'ouvre les portes en attendant", "the nurses open the drug room for me".
  '(m ouvre|m ouvrent|nous ouvre|nous ouvrent) (les|la|le) (porte|portes|salle|pharmacie|local)', '(open|opens|opening) (the )?(door|doors|drug room|room|rooms) for (me|us)',
  // "les radiologues font sans mais c'est pas top", "we do without", "on est passés sur les PC du bureau médical".
  '(font|fait|faisons|faire) sans', '(we|they|i) (do|manage|cope) without', 'on est passe* sur', '(but|mais) it works', '(but|mais) i get there', 'i get there in the end',
  // "On les garde sur l'appareil pour l'instant": the images kept on the device until they can be sent.
  '(on|nous) (les|le|la) (garde|gardons|stocke|stockons) (sur|dans) (l|le|la) (appareil|machine|echographe|console|poste)',
  // "Midwives correct it by hand", "on corrige à la main".
  'correct* (it|them)? by hand', 'corrig* .. a la main', 'j utilise mon|ma', 'i use my', 'i am using',
  'on l|les a remplace*|change*', 'l|les a remplace*', 'on|je|nous reimprim*', 'we reprint*', 'reprinting',
  'je|on|nous contourne*', 'en contournant',
  // Another room, a stop-gap login, the bands written by hand, the other carts, the printouts: "on utilise la salle 2".
  'on|nous utilis* la|le salle|box #', 'on|nous (passe|passons|va|allons|fait|fais) .. (en|dans la) salle #', 'en depannage', 'handwrit*', 'hand write*',
  'other carts|scanners|pcs|computers|printers|pumps|monitors|screens|phones are? ok|fine|working', 'from|off printouts', 'from|off paper',
  'fin du|de tour sur (le|un|l autre) poste',
  // "on a donné le numéro du DECT 0103 au standard… donc ça passe par là pour l'instant".
  'ca passe par la|lui|elle|celui|celle', 'on a donne le numero', 'we gave .. the number of',
  // The device still does its job: "otherwise it works fine", "le tracé s'affiche quand même".
  'otherwise it|its works|working', 'works fine otherwise', 'sinon il|elle|ca marche|fonctionne', 'affiche* quand meme', 'fonctionne* quand meme',
  // The patient moved to a working place or device: "Patient installé sur l'emplacement 5", "moved the patient to bay 4".
  'patient|patiente installe*|installee*|transfere*|transferee*|bascule*|basculee* sur|dans|en|au', 'on a installe*|transfere*|bascule* le|la patient*',
  'moved|transferred the patient to|into', 'patient moved|transferred to|into',
  // The consultation carried on by phone or on the loudspeaker.
  'on a fini|termine|continue|fait .. au|par telephone', 'en haut parleur', 'calling|called them|him|her back', 'on speaker|speakerphone', 'by phone instead',
  // A manual or spare one of the same kind: "Mum is using the hand pump".
  '(is|are) using (the|a|her|his|their|an) (hand|manual|spare|old|other|backup)',
  // The faulty device is set aside; others do its work: "we've taken it out of use", "on l'a retiré du service".
  'taken|took|put (it|them) out of use|service', 'retire* du service', 'mis* de cote',
  // Others of the same kind shared, or someone carries on with their own: "we're sharing the other two", "l'interne utilise son DECT".
  'the other two|three|four|ones', 'sharing the other*', '(les|mes) collegues .. y arrive|arrivent', '(my|other) colleagues .. can|manage|are fine',
  'utilise* son|sa|ses|leur|leurs dect|portable|telephone|bip|mobile|pc|poste',
  // A knack that makes it work: "il faut appuyer dessus pour que ça synchronise".
  'faut appuyer|tenir|forcer|secouer|pousser|taper .. pour', '(have|has) to (press|hold|push|wiggle|jiggle) .. to',
  'on|nous utilis* le|la|les|l portable|pc|poste|ordinateur|telephone|imprimante|copieur|appareil|dect', 'on en a pris|mis|trouve', 'on imprime au|a|sur|dans', 'on imprime en',
  // Someone else prints for the unit meanwhile: "ma collègue va les imprimer sur l'imprimante de la salle d'interprétation".
  'va|vont|vais|allons|peut|peuvent (les|le|la|l)? imprimer sur|avec|depuis|au|dans|ailleurs',
  'il|elle peut utiliser', 'peut utiliser', 'peuvent utiliser', 'on peut utiliser', 'en mode manuel', 'au brassard', 'on a un|une autre', 'on en a un|une autre',
  'swapped', 'swap*', 'spare', 'replaced it|them', 'we replaced', 'can use the|another|my', 'we have another', 'got another',
  // "pas urgent, on a un respi de rechange", "le tracé papier marche", "ça sort sur l'imprimante du tri, c'est bon pour
  // l'instant", "on peut aussi taper login + mdp, c juste plus long": another of the kind, the device's own output, another
  // printer, another way in.
  'on|nous a|avons un|une .. (de rechange|de secours)', 'trace* papier (marche*|fonctionne*|sort|ok)', 'paper (trace|strip) (works|is fine|still works|prints)',
  'ca|ils|elles sort|sortent sur l|la|le|les', 'c est bon pour l instant|le moment', '(ok|fine|good) for now',
  'on|je peut|peux|pouvons (aussi|quand meme|toujours) (taper|saisir|se connecter|me connecter|passer|utiliser)', '(c|c est) juste plus long', 'just (takes )?(slower|longer)',
  // Someone carries on by other means: "on pèse sur celle de l'hémato", "on note sur le cahier", "on l'appelle sur son portable".
  'on|nous|je|j|ils|elles|we|i .. sur|au|avec|par|on|with|by celle|celui|ceux|celles|cahier|feutre|stylo|portable|mobile|pen|notebook',
  'sur|au|avec|on|with un|le|la|son|mon|leur|a|the|their|my cahier|feutre|stylo|notebook|pen',
  'sur|avec|on|with son|mon|leur|their|my|a portable|mobile|telephone|phone|cell perso*|personnel|personal',
  'on a|avons repris', 'recopient', 'peu* .. sur|avec|depuis (l autre|un autre|une autre|celle|celui)', 'on a du le|la|les remplacer',
  'le|la|les remplacer par', 'a la place', 'instead', 'we re writing|doing|handwriting|phoning|moving|switching', 'handwriting',
  'whiteboard', 'tableau blanc', 'phoning round', 'on est passe* en|au|a|aux', 'au|en manuel', 'manuellement',
  'depuis|avec|sur nos|mon|ma|mes|leurs|leur portable*|mobile*', 'are|is using the|a|another .. desktop|pc|computer|phone|printer|one|paper', '(we re|they re|i m) using', '(we re|they re|i m) on paper', '(we re|they re|i m) on the|a|an|another|my|her|his|their|our .. pc|pcs|computer|desktop|laptop|phone|printer|one|station|cart|tablet|mobile', 'using the one in|on|at|from|next', 'on passe .. sur|par',
  'on|je|nous fai*|enregistr*|travaill*|trac*|saisi*|imprim*|valid*|not*|tap*|prescri*|boss*|continu* .. sur le|la|l poste|pc|ordinateur|telephone|imprimante|tablette|dect de|du|d', 'donc ca va', 'so it s ok|fine',
  'autre porte|entree|acces', 'other door|entrance', 'on|nous utilis* .. papier|fiches|cahier|classeur', 'je me connecte avec', 'se rabat* sur', 'on se rabat', 'on se replie', 'fall* back on|to',
  'avec|sur le|la|un|une .. portable|mobile', 'avec|sur le|la|un|une .. de secours|pret|remplacement|transport', 'on arrive a', 'on arrive quand meme', 'on y arrive', 'we can still', 'can still',
  'we are still able|managing', 'still able to', 'on gere', 'on s en sort', 'ca suit', 'on tient', 'ecrit* au feutre|stylo', 'ecrit* a la main', 'prennent .. sur', 'on prend .. par',
  // Other machines of the same kind: "elles travaillent sur les autres postes", "on a les 2 autres consoles".
  'les|des|nos # autres', 'les|nos|le|la|mon|ma dect|bips|portables|mobiles|smartphones marche*|fonctionne* (encore|heureusement|toujours|bien)', 'heureusement on a|les|le|la', 'les|nos pc|postes|ordinateurs fixes (ca va|ca marche|marchent|fonctionnent|vont bien)', 'apres coup',
  'autres postes|pc|pcs|ordinateurs|ordis|consoles|imprimantes|ecrans|dect|telephones|chariots|tablettes',
  // Borrowed, reached elsewhere, read or traced another way: "on en a emprunté un en cardio", "on le joint sur son perso".
  'on en a emprunte*', 'emprunte* un|une|celui|celle|ceux|celles|le|la|l', 'borrowed', 'utilise* celui|celle|ceux|celles de|des|du|d',
  'sur|avec son|mon|leur perso', 'trace* sur feuille*|papier|cahier', 'on imprime et on scanne', 'print and scan', 'read .. on (the )?screen',
  'lit|lisons|lisent .. (a|sur) l ecran', 'on arrive qd meme', 'tours de surveillance', 'tour de surveillance',
  '(he s|she s|they re|he is|she is|they are) using', 'using his|her|their|my|a mobile|phone|cell|tablet|laptop', '(there s|there is) another', 'another one',
  '(one|ones|printer|printers|pc|pcs|computer|phone|print|printing|use|using|walk|walking) .. down the corridor|hall', 'off the screen', 'on screen', 'on|nous utilis* la|le|les|une|un tablette*|chariot*|cahier*', 'passe*|bosse*|travaill*|tourne*|utilis*|prend*|prenons|fait|fais|faisons|saisi*|saisit|note*|tape* .. avec|sur le|la|les|un|une chariot*|tablette*',
  '(we have|we ve got|we have got) .. other',
  // Carrying on on paper or at another station: "on fait le partogramme sur papier", "les médecins font des ordos papier",
  // "on fait les transmissions au poste de soins", "on va sur le poste d'à côté", "we chart at the desk afterwards".
  'on|je|nous|ils|elles fai*|font|trac*|fini*|continu*|ecri*|redig*|rempli* .. sur|en papier', 'font .. ordo*|ordonnance*|prescription* papier',
  'on|je|nous fai*|font|trac*|saisi*|valid* .. au poste de? soins',
  // Another one of the same kind taken: "j'ai pris celui de la salle 1… donc ça va pour l'instant", "I grabbed the spare".
  // Not "je prends mon poste" (starting one's shift) nor "on a pris du retard".
  'j ai pris (le|la|l|un|une|celui|celle|ceux|celles|les|des|sa|son|ses|leur|leurs)', 'je prends (le|la|l|un|une|celui|celle|ceux|celles|les|des|sa|son|ses|leur|leurs)', 'i|we took|grabbed|borrowed the|a|an|another|her|his|their', 'ca va pour (l instant|le moment)',
  // A colleague's station: "je peux les faire sur le poste de ma collègue", "ma collègue elle y arrive sur son poste".
  'poste|pc|ordi|ordinateur|session|imprimante de|d|du ma|mon|une|un|la|le|mes|leur collegue*|voisin*|voisine*',
  'ma|mon|une|un|les|mes|nos collegue* elle|il|ils|elles? y arrive*', 'avec|sur l autre', 'avec un|une autre (pc|poste|ordi|ordinateur|imprimante|telephone|tel|dect|chariot|scope|moniteur|pompe|pse|appareil|ecran|lecteur|session|compte|badge|machine|tablette|portable|fixe|carte|clavier|souris|scanner|douchette|etiqueteuse)', 'avec un|une autre en attendant', 'monitore* avec|sur', 'on|je|nous va|vais|allons|passe* sur|au le? poste|pc d a cote',
  'we|i chart|document|write .. at|on the desk|station', 'chart* at the desk|station',
  // "we're going back to the fixed PCs at the nurses station in between cases".
  'going|go|went back to the|a|our .. pc|pcs|computer|computers|desk|station|desktop|desktops',
 // A sheet, a borrowed device, the device's own screen, a key, another line: "on note les débits sur la feuille", "we're borrowing
 // the one from the next ward", "on les suit en direct sur l'appareil", "elle imprime quand même", "les DECT marchent".
 'on|nous note* .. .. sur la|les|une|des feuille*', 'classeur* papier', 'working|work from|off the printed', 'borrowing',
 'suit|suivons|surveille* .. sur l|le appareil|moniteur|scope', 'avec la|une|les cle*',
 // The device works at the bedside; paper or printouts; someone else does the entries: "au lit ils fonctionnent normalement",
 // "alarms still sound at the bedside", "Everyone's using the printed copy", "les IDE font les saisies à leur place".
 'au lit .. fonctionne*|marche*', 'at the bedside .. work*', 'alarm|alarms still sound*|work*|ring*', 'alarm|alarms still go off', 'still get the alarm*', 'on a|garde toujours les alarmes',
 'regarde*|lisent|lit|lisons .. directement sur', 'font|fait|faisons les entrees|saisies|admissions sur|au|pour', 'a leur|sa place',
 'archives papier', 'copie* papier', 'printed copy|copies|list|lists|schedule|rota', 'print them and', 'walk|walking|carry|carrying them over|down|across',
 'on|nous|je|j trac* sur .. papier|bordereau*|feuille*', 'bordereau* papier', '(admitting|working|charting|prescribing|documenting|recording|writing) on paper', 'fai*|font .. manuscrit*', '(we|they) (phone|call|ring) the lab|pharmacy|ward|unit',
 // Carried on on paper, another numbered one, a device fetched from elsewhere, patients sent to the other machine, told
 // aloud, looked at in person: "on enregistre les patients sur papier", "On utilise le n°8", "on a récupéré l'appareil de la
 // salle 4", "les patients sont redirigés vers le scanner 1", "transmissions à l'oral", "on passe le voir physiquement".
 'on|nous|je|j enregistr*|fai*|fais|font|saisi*|ecri*|prescri*|rempli*|redig*|valid*|trac*|releve*|surveill* .. .. sur|en papier', 'on|nous|je les|le|la fai*|fais|saisi*|ecri*|trac*|rempli*|redig* .. sur|en papier', 'on|nous|je|j .. .. .. dans le dossier papier', 'on|nous colle* .. etiquette*', 'etiquette* manuscrite*',
 'on|nous|je|j utilis* le|la n|numero|no #', 'on a|avons recupere* l|le|la|un|une|celui|celle', 'redirige*|reoriente* vers|sur',
 'a l oral', 'oralement', 'on|nous passe* le|la|les voir', 'on|nous retourne* sur|au|aux|a', 'on avait|avions imprime*', 'marche*|fonctionne* en local',
 'alarme*|alarm* au lit ok|marche*|fonctionne*|sonne*', 'mais ca tourne', 'ca tourne quand meme',
 // "we scan the paper in", "reading them off the machine's screen and writing them down", "we carry the detector back and
 // upload from there, works but slow", "It prints fine".
 'annuaire papier', 'de memoire', '(is|are|we re|we are) coping', '(going|go|went) (through|via) (the|another) .. (entrance|door|hall|gate)',
 'scan* the paper|printout*|tracing*|strip* in', 'off the .. screen|display', 'writ* (it|them) down', '(upload|send|print) (it|them)? from there',
 'works|working but slow*', 'marche*|fonctionne* mais lent*', 'carry|carrying|carried .. back to',
 // "Were doing the 4pm meds round on paper from the printed plan", "la cadre a recup une pompe a l'HDJ, on a rebranché et
 // la chimio a repris": carried on on paper, a device borrowed, the treatment going again.
 '(were|we re|we are|they re|they are) doing .. .. on|from paper', 'round* on paper',
 // "On est repassés au papier pour les administrations", "on est passés en mode dégradé", "on surveille directement sur les
 // appareils en salle", "on doit retourner au poste fixe à chaque fois".
 '(repasse*|revenu*|retourne*|bascule*|passe*) (au|sur|en) papier', '(repasse*|revenu*|retourne*|bascule*|passe*) en (mode|procedure) degrade*',
 'on|nous surveille* .. (directement|au lit)', 'surveille* .. sur les appareils', 'retourner|retourne*|revenir|revient au|aux poste* fixe*',
 // "je fais avec", "On fait le partogramme papier", "Les cardiologues lisent les ECG papier pour l'instant", "we have to reprint each one".
 '(je fais|on fait|je me debrouille|on se debrouille) avec', 'je me debrouille', 'on|je|nous fai*|font le|la|les .. papier', 'papier pour (l instant|le moment)', 'lisent|lit|lire|lisons .. .. papier',
 'sur un seul ecran|moniteur', '(on|with) (one|a single) screen|monitor', 'reprint* each|every|them|it', 'on|je|nous reimprim*', 'reimprim* (chaque|a chaque|plusieurs) fois',
 'a|ont|avons recup* un|une|l|le|la|celui|celle', 'la|le chimio|perf|perfusion|transfusion|dialyse|seance|traitement|examen a|ont repris',
 '(chemo|infusion|transfusion|dialysis|treatment) (has )?(resumed|restarted)', '(chemo|infusion|transfusion|dialysis|treatment) is running again',
 // "on a changé de PSE avec celui de la 412 qui était libre", "il doit rappeler le standard à chaque fois", "on a mis une IDE
 // en surveillance dans le couloir", "l'équipe de jour continue comme ça", "les manips appellent les patients à voix haute",
 // "on revient au poste de soins pour valider", "On travaille sur les 2 postes qui marchent", "on a laissé la porte ouverte",
 // "we read the printout", "We save to USB and upload later", "I'm getting them done eventually".
 'on a change de|d pse|pompe|scope|moniteur|appareil|poste|pc|dect|bip|telephone|chariot', 'celui|celle de la|du # .. (etait|est) libre|dispo*',
 '(doit|doivent|dois|devons) (rappeler|appeler|repasser|ressaisir|choisir|selectionner) .. .. a chaque fois', 'on a mis (une|un|deux|#) .. en surveillance',
 'continue* comme ca', '(fini|finissent|termine*|continue*) (sur|en|au) papier', 'appel* les patients|gens|noms a voix haute', 'a voix haute',
 'on|nous revien*|retourne* au poste de? soins pour', '(travaill*|bosse*|tourne*) sur (les|le|la|l) (# )?(poste*|pc|ordi*|autre*) qui (marche*|fonctionne*)',
 'laisse* la porte ouverte', '(we|i) (read|use|are reading|are using) the printout*|print out*|paper copy', '(save|saving) .. (usb|locally) and|then (upload|send)',
 '(i m|i am|we re|we are) getting (it|them|things|everything) done', '(i m|i am|we re|we are) getting by',
 // "we re-send to the other printer", "les PC fixes du poste marchent, on valide là bas".
 '(re send|resend|re sending|resending|renvoie*|renvoy*) .. (to|on|sur|vers) (the|l|la|le) (other|autre)', 'on (valide|saisit|imprime|travaille|tape|note) (la bas|la haut|en bas|dessus)',
 '(pc|pcs|postes|ordis|ordinateurs) fixes .. (marchent|fonctionnent|work|are working)',
 // "On est passés sur Edge et ça marche", "Je les ouvre avec Wordpad pour l'instant, moche mais ça passe".
 '(passe*|bascule*|on est) (sur|avec) .. (et ca|et ca) (marche|fonctionne)', '(ouvre|ouvrons|utilise*|travaille*|imprime*) .. avec .. pour (l instant|le moment)', 'mais ca passe',
 // "We moved the mum to room 3", "on a installé la patiente en salle 2": the patient moved to a room that works.
 '(moved|transferred|took) (the|her|him) (mum|mother|patient|baby|lady|woman) to (room|bay|box|bed)', '(on a|nous avons) (mis|installe|transfere|bascule|deplace) (la|le) (patiente|patient|maman|dame|bebe) (dans|en|a) (la )?(salle|chambre|box)',
 'i|we can (still )?work on|with|from', 'i|we m|re|am|are working on|from another|other|spare|colleague*', 'i|we m|re|am|are working on|from the|a|my|her|his other|spare|colleague*|backup|old', 'the other printer|printers|pc|pcs|computer|computers|phone|phones|console|consoles|one|ones .. work*|fine|ok',
]);

/** The way to keep working failed too: "le DECT de secours ne marche pas non plus", "the spare isn't working either". */
/** "on peut pas tenir comme ça toute la nuit", "pas tenable": a way round that cannot last, told first or in an answer. */
const WAY_ROUND_CANNOT_LAST_PHRASES = [
  '(peut|peux|pouvons) pas tenir (comme ca|longtemps|toute la nuit)', 'pas tenable', '(peut|peux|pouvons) pas rester comme ca', 'can t stay like this', 'can t keep (this|it) up', 'can t hold (like this|all night)',
];

export const WORKAROUND_FAILED = compilePhrases([
  // "we're doing rounds every 15 min but that's not safe".
  'not safe', 'unsafe', 'pas safe', 'dangereux', 'dangerous',
  // "l'IDE reste dans le box en attendant mais on peut pas tenir comme ça toute la nuit".
  ...WAY_ROUND_CANNOT_LAST_PHRASES,
  // "on est passés en papier mais… ça bloque quand même", "we're on paper but it's still blocking care".
  // "le biologiste a bloqué toute la validation en attendant, plus rien sort du labo": the work stopped, nothing goes on.
  'plus rien (ne|n)? (sort|part)', 'nothing (is )?(leaving|going out|coming out)',
  'bloque* quand meme', 'ca bloque toujours', 'pas une solution', 'pas une vraie solution', 'not a solution', 'not a real solution', 'still blocking|blocks', 'still blocked', 'pas suffisant*', 'not enough|sufficient',
  // The other machines are busy or failing too: "les 2 autres salles sont occupées", "les autres postes commencent à afficher pareil".
  'occupe', 'occupee', 'occupes', 'occupees', 'busy', 'commence* a|aussi (afficher|planter|bugger|beuguer|lacher|tomber|sonner)', 'starting to|also (show|crash|fail|freeze)',
  // The one swapped in fails the same way: "we swapped it and the spare does the same thing", "l'autre fait pareil".
  // A part changed and nothing changed: "we swapped the probe already, same", "changé le capteur, pareil".
  'swap*|changed|replaced|change|changee|remplace*|tried .. already|deja same|pareil|idem', '(swapped|changed|replaced) .. same', 'change*|remplace* .. (pareil|idem|meme resultat|meme chose|toujours pareil)',
  '(does|do|did) the same', 'same thing|problem|fault|alarm with|on the spare|other|new|second', '(fait|font|faisait) (pareil|la meme chose|le meme)', 'meme chose|probleme|alarme avec|sur l|le|la autre|deuxieme|second|nouveau|nouvelle',
  'deja pris*', 'already in use|taken', 'is|are in use', 'sont|est pris|prise|prises', 'spare|backup .. (is|are|does|do|will|can) not', 'secours|rechange .. (ne|n) .. pas|plus', 'sature', 'saturent', 'saturee', 'satures', 'ne suit pas|plus', 'on|nous|je suit|suis|suivons pas|plus', 'on|nous|je arrive|arrivons pas a suivre', 'ne suffit pas|plus', 'can t keep up', 'cannot keep up', 'overwhelmed', 'j|on y arrive pas|plus', 'n y arrive* pas|plus', 'on s en sort pas|plus', 'aucun|aucune autre', 'pas d autre*', 'no other',
]);
/**
 * The way round failing too ("ni l'autre", "also down"): only after the way round is told. Before it, "le papier ne
 * sort plus non plus" is one more symptom of the fault.
 */
const ALSO_FAILED = compilePhrases([
  'non plus', 'ni l autre', 'ni celui|celle', 'either', 'neither', 'nor the', 'aussi en panne|hs|mort*|bloque*', 'also down|dead|broken|not',
  // "ma collègue a essayé sur l'autre poste et pareil": the other machine fails the same way.
  'et pareil', 'c est pareil', 'pareil aussi', 'et idem', 'la meme chose', 'le meme probleme|souci|bug|message', 'la meme erreur', 'same thing|problem|error|issue|message',
]);

/** A refusal is the way round failing only near the way round ("le labo refuse les tubes étiquetés à la main"), not the fault itself ("code CPS refusé"). */
const REFUSED = compilePhrases(['refuse', 'refusent', 'refuses', 'refusees', 'n accepte* pas|plus', 'rejects', 'rejected', 'won t accept', 'does not accept']);
const REFUSAL_REACH = 4;

function wayRoundRefused(text: Prepared, wayRound: number[]): boolean {
  if (!positionsOf(text, REFUSED).some((at) => wayRound.some((w) => Math.abs(w - at) <= REFUSAL_REACH))) return false;
  // "le labo les refuse. on recopie à la main en attendant": the labels refused are the fault; the way round, told in
  // the next sentence, holds. Near each other within one sentence, the refusal is the way round's.
  const sentences = text.raw.split(/[.!?;\n]+/).filter((sentence) => sentence.trim() !== '');
  if (sentences.length < 2) return true;
  return sentences.some((sentence) => {
    const words = prepare(sentence);
    const ways = wayRoundPositions(words);
    return positionsOf(words, REFUSED).some((at) => ways.some((w) => Math.abs(w - at) <= REFUSAL_REACH));
  });
}

/**
 * No spare: before the way round, there is none to take ("pas de rechange, on ventile au ballon"); once a way round
 * is told, it is the next failure nobody could cover ("j'ai pris celui de la salle 1… mais on n'en a plus de rechange").
 */
const NO_SPARE = compilePhrases([
  'no spare|backup|replacement', 'pas|plus|aucun .. secours|rechange',
  // "we have nothing to swap in, the spare is in SSPI with a patient", "rien pour le remplacer".
  'nothing to (swap|replace|switch|use) (in|it|with|instead)?', 'rien (pour|a) (le |la |les )?(remplacer|changer)', 'the spare is (in use|being used|with a patient|on a patient|in)', '(le|la) (scope |moniteur |pompe |respi |respirateur |appareil )?de (secours|rechange) est (pris|prise|utilise|utilisee|deja|en|sur)',
]);

/** How far after a way round's first word "pas de … de rechange" still denies that way round's own device. */
const DENIED_WITHIN = 3;

function noSpareForTheWayRound(text: Prepared, wayRound: number[]): boolean {
  const noSpare = positionsOf(text, NO_SPARE);
  if (noSpare.length === 0) return false;
  // "patient en réveil branché dessus, pas de scope de rechange dispo": the device the way round names is the one denied.
  return wayRound.length === 0 || noSpare[0]! < wayRound[0]! || noSpare[0]! - wayRound[0]! <= DENIED_WITHIN;
}

/** `wayRound`: where the way round is told (token positions of WORKAROUND), read once by statesWorkaround. */
const NO_OTHER = new Set(['no', 'aucun', 'aucune', 'sans', 'without', 'pas']);

function wayRoundFailed(text: Prepared, wayRound: number[]): boolean {
  // Where the way round is told: its first words, or "en attendant" ("on note tout sur papier en attendant"); not
  // words denied ("je n'ai pas d'autre poste", "no other pc").
  const { tokens } = text;
  const denied = (at: number) => NO_OTHER.has(tokens[at - 1] ?? '') || (tokens[at - 2] === 'pas' && (tokens[at - 1] === 'd' || tokens[at - 1] === 'de'));
  // "n'envoie plus ses paramètres au DPI, la ventilation elle-même fonctionne": the device doing its job is where it is told.
  const toldAt = wayRound.find((at) => !denied(at)) ?? positionsOf(text, MEANWHILE)[0] ?? positionsOf(text, STILL_DOES_ITS_JOB)[0];
  // "…no incoming calls, outgoing says 'network busy'. We're using the landline": a failure told before the way
  // round is the fault's, not the way round's.
  const failedAfter = (phrases: readonly Phrase[]) => matchesAny(text, phrases) && positionsOf(text, phrases).some((at) => toldAt === undefined || at >= toldAt);
  if (failedAfter(WORKAROUND_FAILED) || wayRoundRefused(text, wayRound) || noSpareForTheWayRound(text, wayRound)) return true;
  return failedAfter(ALSO_FAILED);
}

/**
 * Life support carried on by hand: a stopgap at the bedside, not a way to keep working. The bag is named with what is
 * done with it ("ventilé à l'ambu", "ambu bag"): "l'ambu" alone is the day-surgery unit ("chir ambu", "poste de soins ambu").
 */
const VENTILATION_BY_HAND = compilePhrases([
  'ventile* a la main', 'ventile* au ballon', 'ventile* a l ambu', 'ballon* a la main', '(sous|au ballon) ambu', 'ambu bag*', 'bagged', 'bagging', 'hand ventilat*', 'manually ventilat*',
]);
export const LIFE_SUPPORT_BY_HAND = [...VENTILATION_BY_HAND, ...compilePhrases(['massage cardiaque', 'cpr', 'chest compressions'])];

/** A locked unit: psychiatry's closed ward, a secure unit whose patients must not leave on their own. */
const LOCKED_UNIT = compilePhrases([
  '(locked|closed|secure) (psych |psychiatric |adult psych |dementia )?(ward|wards|unit|units)', '(unite|unites|secteur|service|pavillon) (fermee|fermees|ferme|fermes|securise|securisee)',
]);
const DOOR = compilePhrases(['door', 'doors', 'porte', 'portes', 'sas']);
/** Its door no longer holds: "the door stays unlocked", "les portes se sont déverrouillées", "ne se referment plus". */
const LEFT_OPEN = compilePhrases([
  '(stays|stay|remains|remain|left|stuck|is|are) (unlocked|open)', '(won t|doesn t|does not|will not|don t) (lock|close|shut)', 'deverrouill*', 'ne se (referme|referment|ferme|ferment|verrouille|verrouillent) plus', 'reste* (ouverte*|deverrouillee*)',
]);
/** "patients under section who could walk out", "risque de fugue": patients who may leave unseen. */
const PATIENTS_MAY_LEAVE = compilePhrases([
  '(could|might|may|can) (walk out|abscond|run away|wander off|leave)', 'risque de fugue', 'risque* (de|qu ils|qu elles) (fuguer|sortir|partir)',
]);

/**
 * "The badge reader on the locked psych ward door has failed and the door stays unlocked": the unit's patients may leave.
 * Someone posted at the door is a stopgap, not a way to keep the unit safe. A changing room's door left unlocked is not this.
 */
export function lockedUnitLeftOpen(text: Prepared): boolean {
  return matchesAny(text, LOCKED_UNIT) && ((matchesAny(text, DOOR) && matchesAny(text, LEFT_OPEN)) || matchesAny(text, PATIENTS_MAY_LEAVE));
}

/** A patient at risk while people carry on: the stopgap does not keep care safe. */
const SICK_PATIENT = compilePhrases([
  'very|critically sick|ill|unstable patient*', 'unstable patient*',
  // "missed calls about a patient getting worse at home", "une patiente qui s'aggrave": a patient deteriorating.
  '(patient|patients|patiente|patientes|resident|residents|baby|child) (getting|got|is getting|are getting|going) worse', '(patient|patients|resident|residents|baby|child) (who is |that is )?deteriorating',
  '(patient|patiente|patients|patientes|resident|residente|bebe|enfant) qui (s aggrave|se degrade|se degradent|s aggravent)', 'hemorragie*', 'haemorrhage', 'hemorrhage', 'bleeding out', 'saigne* beaucoup', 'patient* .. instable*|critique*', 'patient* .. tres grave*',
]);
/**
 * "on tape les numéros de tubes à la main, risque d'erreur", "nurses type the values in, fine for now but error-prone": the
 * risk that comes with typing by hand is the way round's cost, not care held up; a sick patient is.
 */
const PATIENT_AT_RISK = SICK_PATIENT;

/** "On trace sur papier en attendant": carrying on until the repair. Not "en attendant leur numéro", which is waiting. */
const MEANWHILE = compilePhrases(['en attendant']);
const WAITING_FOR = compilePhrases(['en attendant le|la|les|l|leur|leurs|son|sa|ses|que|qu|un|une|des|du|de|d']);

/** "le lecteur USB branché sur mon portable": where a device is plugged, not a way round. */
const PLUGGED = /^(branche|branchee|branches|branchees|connecte|connectee|connectes|plugged|connected|attached)$/;

/** "I can still log into Windows", "j'arrive encore à ouvrir ma session": the session works, the failing tool is something else. */
const SESSION_STILL_OPENS = compilePhrases([
  'can still log|sign in|into|on .. windows|session|computer|pc', 'still log|logs|sign|signs into|in to windows|session',
  'peux|peut|arrive encore|toujours .. connecter|ouvrir|loguer|logguer .. session|windows',
  'session windows marche|fonctionne|ouvre encore|toujours|bien',
]);

/** How far a way-round phrase may start after the session phrase's start and still belong to it. */
const SESSION_REACH = 2;

function wayRoundTold(text: Prepared, wayRound: number[]): boolean {
  const sessions = positionsOf(text, SESSION_STILL_OPENS);
  const aboutTheSession = (at: number) => sessions.some((start) => at >= start && at - start <= SESSION_REACH);
  return wayRound.some((at) => !PLUGGED.test(text.tokens[at - 1] ?? '') && !supposed(text, at) && !aboutTheSession(at) && !switchoverNamed(text, at) && !sameThereToo(text, at) && !whatItIsFor(text, at) && !deviceModeNamed(text, at) && !justDone(text, at) && !oneDenied(text, at));
}

/** "le scanner de la radio (l'appareil, pas celui du bureau !)": the one ruled out, not one used instead. */
function oneDenied(text: Prepared, at: number): boolean {
  return /^(celui|celle|ceux|celles)$/.test(text.tokens[at] ?? '') && /^(pas|non|not)$/.test(text.tokens[at - 1] ?? '');
}

/** "gone into backup mode", "passé en mode secours": the failing device's own state, not a way round. */
function deviceModeNamed(text: Prepared, at: number): boolean {
  const { tokens } = text;
  return /^(backup|secours|degrade)$/.test(tokens[at] ?? '') && (tokens[at + 1] === 'mode' || tokens[at - 1] === 'mode' || (tokens[at - 1] === 'de' && tokens[at - 2] === 'mode'));
}

/** "je viens de demander aux collègues, personne n'arrive à l'ouvrir": something just done to check, not a way round. */
function justDone(text: Prepared, at: number): boolean {
  const { tokens } = text;
  return tokens[at - 1] === 'de' && /^(viens|vient|venons|venez|viennent)$/.test(tokens[at - 2] ?? '');
}

/** "its the one we use for the theatre schedule", "celui qu'on utilise pour les étiquettes": what the device is for. */
const RELATIVE = /^(one|ones|that|which|thing|qu|que)$/;

function whatItIsFor(text: Prepared, at: number): boolean {
  return RELATIVE.test(text.tokens[at - 1] ?? '') && /^(we|i|on|nous|je|j)$/.test(text.tokens[at] ?? '') && /^(use|used|using|utilise|utilisons|utilisent)$/.test(text.tokens[at + 1] ?? '');
}

/** "c pareil sur les autres pc et sur les chariots", "the other PCs too": the fault is there too, it is no way round. */
const SAME_BEFORE = /^(pareil|pareille|idem|same)$/;
const SAME_AFTER = /^(pareil|pareille|idem|too|either)$/;

const PLACE_WORD = /^(sur|on|avec|with|pour|for|dans|in|chez|at)$/;

function sameThereToo(text: Prepared, at: number): boolean {
  const { tokens } = text;
  // "pareil sur les autres pc": the same word, then where; not "same thing. We moved the mum to room 3".
  const sameBefore = tokens.slice(Math.max(0, at - 4), at).some((token, index, before) => SAME_BEFORE.test(token) && PLACE_WORD.test(before[index + 1] ?? ''));
  return sameBefore || tokens.slice(at + 1, at + 4).some((token) => SAME_AFTER.test(token));
}

/** "depuis la bascule sur la presc électronique": the switchover that caused the fault, a noun, not a way round. */
function switchoverNamed(text: Prepared, at: number): boolean {
  return /^bascule/.test(text.tokens[at] ?? '') && /^(la|une|cette|sa|the)$/.test(text.tokens[at - 1] ?? '');
}

/** "no. unless we send tubes to another hospital by taxi lol", "à moins de tout faire à la main": a way round imagined. */
const SUPPOSING = /^(unless|sauf|moins)$/;
const SUPPOSING_REACH = 4;

function supposed(text: Prepared, at: number): boolean {
  return text.tokens.slice(Math.max(0, at - SUPPOSING_REACH), at).some((token) => SUPPOSING.test(token));
}

/** The device, or the unit's other phones, still do the job: "elle imprime quand même", "les DECT marchent". */
const STILL_DOES_ITS_JOB = compilePhrases([
  // "Calls still reach the DECTs as far as we can tell", "les appels arrivent quand même sur les DECT".
  'calls (still )?(reach|get through|come through|arrive)', 'calls still', 'les appels arrivent (quand meme|toujours|encore)', 'les appels passent (quand meme|toujours|encore)',
  // "l'écran du scope est noir mais les alarmes sonnent et la centrale reçoit bien les données", "on voit quand même l'image".
  // Not "l'alarme sonne sans arrêt", the fault itself: only set against it, after a "mais".
  '(mais|but) (les |l )?(alarme|alarmes) (sonne|sonnent|marche|marchent|fonctionne|fonctionnent|remonte|remontent)', '(recoit|recoivent|affiche|affichent) bien', '(on|je|nous) (voit|vois|voyons) quand meme',
  // "we recalibrate 3 times and then it works", "it prints them fine though": it does its job in the end.
  '(and|then) (then )?(it|they) (works|work|prints|print|goes|go|opens|open|loads|load) (fine|ok|again|normally)?',
  // It fails only on some of the work: "crashes on a CT with more than 500 slices. Smaller studies OK", "les petits examens passent".
  // Not "other exams open fine": which exams fail may be the urgent ones.
  '(smaller|small|shorter|lighter) (studies|study|exams|scans|files|cases|ones|documents|series) (are |open |load |work )?(ok|okay|fine|open|load|work)',
  '(les )?(petits|plus petits) (examens|dossiers|fichiers|series) (passent|s ouvrent|marchent|fonctionnent|ca va)', '(et|puis) (apres|ensuite)? (ca|il|elle) (marche|fonctionne|passe|imprime|repart|revient)', '(prints|print|works|work|shows|show) (it |them )?fine though',
  // Restarted and working again, for now: "j'ai redémarré elle remarche pour l'instant mais ça va recommencer".
  '(il|elle|ca|ils|elles) (remarche|remarchent|refonctionne|refonctionnent|repart|repartent) (pour l instant|pour le moment)', '(it s|it is|they re|they are) (working|printing) again for now', '(works|work) again for now',
  'imprime* quand meme', 'prints anyway', 'still prints', '(they|it) still (print|prints|work|works|run|runs)', 'les|nos dect|bips|portables marchent|fonctionnent',
  // "n'envoie plus ses paramètres au DPI…, la ventilation elle-même fonctionne": the device does its job, the link does not.
  '(elle meme|lui meme) fonctionne|marche|tourne', 'la ventilation|perfusion|surveillance fonctionne|marche', 'itself (works|is working|is fine)', 'the ventilation|infusion|monitoring itself',
]);
const NEGATION_AFTER = /^(pas|plus|jamais|rien|not|no|never)$/;

/** Told, and not denied by the next word ("les DECT marchent plus", "elle imprime quand même pas"). */
function stillDoesItsJob(text: Prepared): boolean {
  return STILL_DOES_ITS_JOB.some((phrase) => {
    const at = locatePhrase(text, phrase);
    return at !== undefined && !NEGATION_AFTER.test(text.tokens[at.end] ?? '');
  });
}

/** Where a way round is told: by a listed phrase, or by the shape of a worker using other means. */
/** "c pour le poste de ma collègue", "it's for my colleague's PC": whose machine the request is for, not a way round. */
const FOR_WHOM = /^(pour|for)$/;
const FOR_WHOM_ARTICLE = /^(le|la|les|l|the|my|mon|ma|son|sa|her|his)$/;
function forSomeoneElse(tokens: readonly string[], at: number): boolean {
  return FOR_WHOM.test(tokens[at - 1] ?? '') || (FOR_WHOM_ARTICLE.test(tokens[at - 1] ?? '') && FOR_WHOM.test(tokens[at - 2] ?? ''));
}

/** "pour moi et les 3 autres internes", "me and the 2 other nurses": more people hit, not other means. */
const JOINED = /^(et|and)$/;
const OTHER_PEOPLE = /^(internes|ide|infirmieres|infirmiers|medecins|collegues|secretaires|manips|agents|nurses|doctors|colleagues|interns|residents|secretaries)$/;
function otherPeopleHit(tokens: readonly string[], at: number): boolean {
  if (!JOINED.test(tokens[at - 1] ?? '')) return false;
  for (let i = at; i <= at + 3 && i < tokens.length; i++) if (/^(autres|other|others)$/.test(tokens[i]!) && OTHER_PEOPLE.test(tokens[i + 1] ?? '')) return true;
  return false;
}

/** "I can't get through to the lab by phone", "unable to get them by phone": the way round tried, and not working. */
const TRIED_IN_VAIN = /^(can|could|cannot|couldn|unable|impossible)$/;
function triedInVain(tokens: readonly string[], at: number): boolean {
  const before = tokens.slice(Math.max(0, at - 3), at);
  return before.some((token, i) => TRIED_IN_VAIN.test(token) && (token === 'unable' || token === 'impossible' || token === 'cannot' || /^(not|t)$/.test(before[i + 1] ?? '')));
}

export function wayRoundPositions(text: Prepared): number[] {
  // "on a un autre patient qui arrive": more work coming, not a way round.
  const told = [...positionsOf(text, WORKAROUND), ...wayRoundsByShape(text)].filter((at) => !forSomeoneElse(text.tokens, at) && !moreWorkComing(text.tokens, at) && !otherPeopleHit(text.tokens, at) && !triedInVain(text.tokens, at));
  return [...new Set(told)].sort((a, b) => a - b);
}

/** A way to keep working is stated, and it did not fail as well, nor leaves a patient at risk. */
export function statesWorkaround(text: Prepared): boolean {
  const wayRound = wayRoundPositions(text);
  return (
    (wayRoundTold(text, wayRound) || stillDoesItsJob(text) || (matchesAny(text, MEANWHILE) && !matchesAny(text, WAITING_FOR))) &&
    !wayRoundFailed(text, wayRound) && !matchesAny(text, LIFE_SUPPORT_BY_HAND) &&
    !matchesAny(text, PATIENT_AT_RISK)
  );
}

/** A staff member's words say care goes on ("surgery goes on", "aucun impact sur les soins"). */
export function tellsCareGoesOn(message: string): boolean {
  return saysCareGoesOn(prepare(message));
}

/** A staff member's words tell of a way to keep working ("ma collègue y arrive sur son poste"). */
/** "j'ai cliqué sur le lien et j'ai mis mon mot de passe": a threat acted on, told in an answer. */
export function tellsThreatActedOn(message: string): boolean {
  return threatActedUpon(prepare(message));
}

/** "jai pas cliqué", "I didn't open it": the lure was not acted on. */
export function tellsThreatNotActedOn(message: string): boolean {
  return matchesAny(prepare(message), SECURITY_HARMLESS);
}

/** "c pas vital, demain matin ça ira", "no rush": the writer says it can wait. */
export function tellsNotUrgent(message: string): boolean {
  return saysNotUrgent(prepare(message));
}

/** "…n'envoie plus les tracés", "freezes every time": the words tell of something broken. */
export function tellsAFault(message: string): boolean {
  return matchesAny(prepare(message), PROBLEM);
}

export function tellsWorkaround(message: string): boolean {
  return statesWorkaround(prepare(message));
}

/** The way round told is no way round: "le doppler c pas une solution", "that's not a real fix", "ça ne peut pas durer". */
const WAY_ROUND_REJECTED = compilePhrases([
  'pas une solution', 'pas une vraie|bonne solution', 'not a solution|fix|workaround', 'not a real|proper|good solution|fix|workaround', 'no solution', 'no real solution',
  ...WAY_ROUND_CANNOT_LAST_PHRASES, 'pas viable', 'not sustainable', 'ca ne peut|peut pas durer', 'can t|cannot go on like this', 'ca suffit pas', 'ne suffit pas', 'not enough',
  // "pas vraiment, autre poste = même compte donc non": the other machine needs the same locked account.
  'meme compte|session|identifiant', 'same account|login', 'donc|bref|so non|no|nope',
  // "we're doing rounds every 15 min but that's not safe".
  'not safe', 'unsafe', 'pas safe', 'pas sur pour les patients', 'dangereux', 'dangerous',
]);

/** The way round told before is rejected: care and urgency are what they were without it. */
export function rejectsWayRound(message: string): boolean {
  return matchesAny(prepare(message), WAY_ROUND_REJECTED);
}

/** The way round holds but costs: "on passe par celle d'à côté mais ça fait la queue", "it's a pain". */
export const WAY_ROUND_COSTS = compilePhrases([
  'fait|font la queue', 'allers retours', 'aller retour', 'allers et retours', 'back and forth', 'ca fait des queues', 'queue* (au|a la|devant)', 'ca ralenti*', 'ralenti* (tout|le service|les soins)', 'penible', 'galere', 'perte de temps', 'perd* du|un temps',
  'prend|prennent beaucoup plus de temps', 'c est long', 'c est plus long', 'a pain', 'a nightmare', 'slows .. down', 'slowing .. down', 'takes|taking forever|ages', 'queue* up|building', 'long queue*',
  // "c'est l'enfer pour les transmissions", "on est 4 techniciennes sur une seule", "ça fait de l'attente", "not great".
  'boulot|travail|taf en double', 'double saisie|travail|boulot', 'double entry|work', 'l enfer', 'pas top', 'pas pratique', 'pas l ideal', 'not great', 'not ideal', 'not practical', 'on est # .. sur un|une seul|seule', 'fait de l attente', 'works|working but slow*', 'marche*|fonctionne* mais lent*',
  // "so I just walk over there, but it's annoying", "we print on the lab printer meanwhile, but it is far", "c'est loin".
  '(it s|its|it is|that s) (annoying|far|a long way|a hassle)', 'but (it s|its|it is) (far|annoying)', 'c est (loin|chiant|embetant|relou)', 'mais (c est|c|ca fait) loin',
  // "on écrit les noms au feutre sur les bracelets", "writing the wristbands by hand": a patient's identity written by hand.
  '(au|avec un|avec des|avec le) feutre*', '(with a|with) (marker|sharpie|felt pen)', '(handwrit*|write|writing) .. (wristband*|band|bands|bracelet*|id labels)',
  // "on tape les numéros à la main, risque d'erreur", "typing patient details by hand, risk of errors": retyping risks mistakes.
  'errors happen', 'error prone', 'source* d erreur*', 'risque* d erreur*', 'risk of error*',
]);

/**
 * "the correction was started late", "les antibiotiques ont été administrés en retard", "+2h de délai pour les résultats":
 * a treatment given late, or the results it waits for.
 */
export const CARE_GIVEN_LATE_PHRASES = [
  '(#|1h|2h|3h|4h|5h|6h|1h30|2h30|15min|20min|30min|45min) (min |mins |minutes |h |heure |heures )?de (delai|retard) (pour|sur) (les |nos )?(resultats|bilans|analyses)',
  '(#|1h|2h|3h|4h) (hour |hours |minute |minutes |min |mins )?delay (for|on|in) (the |our )?(results|bloods|samples)', 'results .. # (hours|hour|minutes|mins) (later|late|longer)',
  '(treatment*|correction|antibiotic*|antibio*|meds|medication*|dose*|chemo*|transfusion*|insulin) .. .. (started|given|administered|begun) .. late',
  '(traitement*|correction|antibio*|antibiotique*|medicament*|dose*|chimio*|transfusion*|insuline) .. .. (debute*|commence*|donne*|administre*|passe*|fait|faite*) en retard',
  '(traitement*|correction|antibio*|antibiotique*|medicament*|dose*|chimio*|transfusion*|insuline) .. (debute*|commence*|donne*|administre*|passe*|fait|faite*) avec .. de retard',
];

/** Care delayed all the same: the way people carry on is not enough ("le tour de midi a pris 1h de retard"). */
export const DELAYED_ANYWAY = compilePhrases([
  // "they ended up having to find someone else and the correction was started late".
  ...CARE_GIVEN_LATE_PHRASES,
  // "la salle de naiss a essayé de m'appeler pour une réa bébé et rien… je suis joignable au 06 mais personne a le num":
  // a call for a patient already missed, whatever number the doctor can be reached on now.
  '(a|ont|avait|avaient) essaye de (m|me|nous|le|la|l|les) (appeler|joindre|biper) pour (une|un|la|le) (rea|reanimation|urgence|patient|patiente|bebe|naissance|accouchement|arret)',
  '(tried|were trying|was trying) to (call|reach|page|bleep) (me|us|him|her) (for|about) (a|an|the) (resus|emergency|crash|arrest|patient|baby|delivery)',
  // "deux patients agités ont attendu leur traitement plus de 30 min", "on a suspendu les inductions en attendant",
  // "on bricole avec le programme papier… 2 salles sont à l'arrêt": care waited or stopped, whatever the way round.
  '(ont|a) attendu (leur|leurs|son|sa|ses|le|les) (traitement*|medicament*|soins|antalgique*|dose*|perf*)', 'waited .. for (their|his|her|the) (meds|medication*|treatment*|drugs|dose*)',
  'suspendu* les|des|nos inductions|interventions|operations|examens|seances|dialyses|greffes|accouchements', '(suspended|stopped|halted|cancelled) (the |all )?(inductions|operations|procedures|surgeries|cases)',
  'salles|salle|blocs (sont|est) a l arret', '(theatres|theatre|rooms|ors) (are |is )?(at a standstill|stopped)',
  // "on est passés au téléphone mais le Dr doit voir ses pieds pour la plaie": the way round leaves the examination undone.
  '(mais|but) (le|la|the) (dr|docteur|doctor|medecin|chirurgien|surgeon|ide|nurse|infirmiere) (doit|a besoin de|needs to|has to|must) (voir|examiner|see|examine|look at)',
  '# h|min|heure|heures|minutes de retard', 'pris .. de retard', 'explose*', 'rate* leur|son|sa|les|un|une creneau*|rdv|examen*|seance*|irm|scanner',
  'missed their|an|the slot|appointment|scan', 'wait* .. (going up|increasing|growing|getting longer)', 'attente .. s allonge|augmente',
  // "les administrations prennent du retard", "meds are late", "on ne passe que les urgences, le reste attend".
  'prennent|prend|prenons du retard', 'tour|tournee|administration*|soins|traitement*|medicament*|antibio* .. .. prennent|prend|prenons un|bcp|beaucoup .. retard', 'on prend un|bcp|beaucoup .. retard', 'partent|part en retard', 'meds|medications|doses|treatments|administrations (are|is) (late|delayed)', 'are|is delayed',
  // "the patient call bells ring on the dects so we're missing calls", "on rate des sonnettes".
  '(we re|we are|were) missing (calls|call bells|bells)', 'missed (call bells|patient calls)', 'on rate|loupe des appels|sonnettes', 'sonnettes .. ratees|loupees',
  'le reste attend', 'les autres attendent', 'only the urgent (ones|samples|cases|patients)',
  // "they're registering tubes by hand and the ER is calling because results are late".
  '(results|resultats|bilans|samples|prelevements|tubes) (are |sont |arrivent )?(late|en retard|delayed|retardes)',
  // "my senior is doing them on her session but it's slowing the round", "ça ralentit le tour".
  'slow* .. (the|our|my|ward) (round|rounds)', '(round|rounds) (is|are) (late|behind)', 'ralenti* .. (le|la|les|mon|notre) (tour|visite|soins)', '(tour|visite) .. en retard',
  // Hours written as one word: "les résultats des urgences prennent 1h de retard", "2h de retard sur le planning", "1h de plus".
  '1h|2h|3h|4h|5h|6h|1h30|2h30|30min|45min|20min|15min (de retard|de plus|late)', '(we re|we are|they re|they are|running|round|list|lists|clinic|clinics) (1h|2h|3h|4h|5h|6h|1h30|2h30|30min|45min|20min|15min) behind', '# (hour|hours|hr|hrs|h|min|mins|minutes) (late|behind|delay|of delay)',
  // "on grave des CD en attendant mais pour les urgences ça bloque", "but the call bells route to DECT", "ça retarde les inductions".
  'mais pour les|le|la urgences|patients|soins|bloc .. (ca|cela) (bloque|coince)', 'but the (call bells|patient calls|nurse calls)', '(ca|cela|ce qui) (retarde|retardent) (les|le|la|l|tout|toute|toutes|tous)',
  // "We're phoning the lab for every result and it's delaying the induction decisions": the same, in English.
  '(it s|its|it is|this is|that s|that is|which is) delaying (the|our|all|every|patient|patients|care|treatment*)', '(it|this|which) delays (the|our|all|every|patient|patients|care|treatment*)',
  // "on a 80 tubes des urgences en attente", "2x plus lent, les résultats urgents…", "patiente reconvoquée".
  // "Porters are shuttling but we're well behind on the ICU samples", "on a pris du retard sur les bilans de la réa".
  '(we re|we are|they re|they are|lab is|lab s) (well |way |far |really |badly )?behind (on|with)', '(du|un gros|beaucoup de) retard sur les (tubes|bilans|prelevements|resultats|examens|analyses)',
  '# tubes|bilans|prelevements|examens|dossiers|demandes .. en attente', '(2x|3x|deux fois|trois fois|twice|three times) plus lent*|slower|as slow', '(patient|patiente|patients|examen|examens|rdv) (reconvoque*|reporte*|decale*)',
]);

/** "…but it's slowing the round", "ça ralentit le tour": care goes on, late. */
export function tellsCareDelayedAnyway(message: string): boolean {
  return matchesAny(prepare(message), DELAYED_ANYWAY);
}

/** "sinon elle peut rien faire", "otherwise she can't do anything": what would follow, not what is. */
const HYPOTHETICAL = new Set(['sinon', 'otherwise', 'autrement']);
const HYPOTHETICAL_REACH = 3;

/** The writer says it is urgent, of what is ("elle peut rien faire"), not of what would follow ("sinon elle peut rien faire"). */
export function saysUrgent(text: Prepared): boolean {
  const said = (phrases: readonly Phrase[]) =>
    positionsOf(text, phrases).some((at) => !text.tokens.slice(Math.max(0, at - HYPOTHETICAL_REACH), at).some((t) => HYPOTHETICAL.has(t)) && !urgentOnesTakenCareOf(text, at));
  // "je peux rien faire du tout… je suis sur le poste de ma collègue en attendant": the way round told belies it.
  return said(URGENT) || (said(CANNOT_WORK) && !statesWorkaround(text));
}

/** "ma collègue arrive à les lire sur son PC, donc elle prend les urgentes en attendant": the urgent ones go another way. */
function urgentOnesTakenCareOf(text: Prepared, at: number): boolean {
  return URGENT_ONES.test(text.tokens[at] ?? '') && text.tokens[at - 1] === 'les' && statesWorkaround(text);
}
const URGENT_ONES = /^(urgents|urgentes)$/;

/** "juste pour info", "just fyi": the writer tells it to be known; what waits on it is told by the rest. */
const FOR_INFO_PHRASES = ['juste pour info', 'juste pour (le )?signaler', 'just fyi', 'fyi', 'just (for info|for your information|letting you know|so you know)'];

/** The writer says it can wait. */
export const NOT_URGENT = compilePhrases([
  // "The data looks right though, we just ignore it": a message nobody needs to act on.
  'we just ignore it', 'on l ignore', 'no panic', 'pas de panique', '(c est|y a) pas le feu', 'pas le feu au lac', 'no fire',
  'pas urgent*', 'pas (tres|si|vraiment|super|hyper|trop|specialement|particulierement|franchement) urgent*', 'not (super|too|particularly|especially|terribly) urgent', 'peu urgent*', 'not (very|that|really) urgent', 'rien d urgent', 'non urgent', 'pas presse*', 'pas de presse', 'quand vous pouve*', 'quand vous pourre*',
  'quand vous aure*', 'quand vous aurez le temps', 'des que vous pouvez', 'a l occasion', 'pas grave', 'pas (tres|si|trop|bien) grave', 'not (very|that|too) serious', 'pas bloquant*',
  'rien de grave', 'pas prioritaire', 'just (needs|need) (collecting|picking up|to be collected)', 'no rush', 'no hurry', 'not urgent', 'whenever you can|possible|convenient|have time', 'when you have time',
  'when you can', 'low priority', 'not a priority', 'not blocking', 'non bloquant*', 'semaine prochaine',
  'mois prochain', 'next week', 'next month', 'rien de bloquant|pressant|urgent', 'nothing urgent|blocking|pressing',
  'not critical', 'nothing critical', 'just so it gets fixed', 'fixed on|by monday', 'repare* lundi', 'just a heads up', 'pas critique', 'rien de critique', 'non critique',
  // Until tomorrow, not "ça peut attendre cet après-midi" (a few hours).
  'peut attendre demain|lundi', 'peut attendre la semaine prochaine', 'can wait until|till tomorrow|monday', 'can wait till|until next week',
  // "We need them for comparison but it can wait a few days", "ça peut attendre quelques jours".
  'can wait (a few|a couple of|several|some) days', 'peut attendre (quelques|plusieurs|deux|trois) jours',
  // "c pas vital, demain matin ça ira", "no need to call me tonight".
  'pas vital', 'not vital', 'demain matin ca ira', 'demain ca ira', 'ca ira demain', 'tomorrow morning (is|will be) fine', 'tomorrow (is|will be) fine',
  'pas la peine de m appeler|rappeler|deranger', 'no need to call|ring me',
  // "ça empêche rien mais c'est chiant", "pas dramatique", "wasting paper, nothing more": a nuisance, nothing waits on it.
  // "finalement c plus urgent" (no "ne", as chat drops it), "no longer urgent", "vous pouvez passer dans la semaine".
  'finalement (c|c est|cest) plus urgent*', 'c plus urgent*', 'n est plus urgent*', 'plus urgent* (finalement|du tout)', 'no longer urgent', 'not urgent anymore|any more',
  'passer dans la semaine', 'dans la semaine ca ira', 'this week is fine',
  'pas dramatique', 'rien de dramatique', 'not dramatic', 'nothing dramatic', 'ca|cela n? empeche rien', 'ca|cela ne? bloque rien', 'nothing more', 'just confusing|annoying',
  // "Samples are piling up but none are urgent", "Annoying more than blocking": what waits can wait.
  // "juste pour info", "c'est juste pour signaler", "on s'en sert pas la nuit": told so it is known, nobody waits on it.
  ...FOR_INFO_PHRASES,
  'on (ne )?s en sert (pas|plus|jamais|presque jamais|quasiment jamais|rarement)', 'personne (ne )?s en sert', '(we|they) (don t|do not|never|rarely|hardly) use it', 'nobody uses it',
  'none (are|is|of them are|of them is) urgent', 'aucun|aucune (n est|ne sont) urgent*', '(annoying|irritating) more than blocking', 'more (annoying|irritating) than blocking', 'plus (genant|penible|embetant) que bloquant',
]);

/** Non-urgent care put off because of the fault: "hold non-urgent infusions", "on reporte les examens non urgents". */
const NON_URGENT_CARE_HELD = compilePhrases([
  'hold|holding|held|postpone*|defer*|delay*|cancel* .. non urgent*', 'report*|annul*|deprogramm*|suspend*|decal* .. non urgent*',
  'non urgent* .. (on hold|held|postponed|deferred|cancelled|reporte*|annule*|deprogramme*|suspendu*)',
]);

/** The writer says the repair can wait, not that some care was put off as non-urgent. */
export function saysNotUrgent(text: Prepared): boolean {
  const noUrgency = matchesAny(text, NO_URGENCY) && !matchesAny(text, URGENCY_QUALIFIED);
  const notUrgent = countMatches(text, NOT_URGENT) > countMatches(text, CARE_NOT_BLOCKED_BUT) + countMatches(text, ONLY_HOPED);
  return (notUrgent || noUrgency) && !matchesAny(text, NON_URGENT_CARE_HELD);
}

/** "Rien de grave j'espère : le frigo affiche 12°C": a hope the writer cannot vouch for, not word that it can wait. */
const ONLY_HOPED = compilePhrases([
  '(rien de grave|pas grave|rien de grave au moins) j espere', 'j espere (que )?(c est |ce n est |ce sera |ca sera )?(rien de grave|pas grave)',
]);

/**
 * "Thanks for looking when you can", "quand vous pouvez": courtesy on how soon, which says nothing of what waits on the
 * repair (an ICU's central monitor that lost its waveforms holds up care however politely it is reported).
 */
const ONLY_COURTEOUS = compilePhrases([
  // "Hi, just so you know: the central monitor in ICU stopped showing the waveforms": told for information, still held up.
  ...FOR_INFO_PHRASES,
  'quand vous pouve*', 'quand vous pourre*', 'quand vous aure*', 'quand vous aurez le temps', 'des que vous pouvez', 'a l occasion',
  'whenever you can|possible|convenient|have time', 'when you have time', 'when you can',
]);

/** The writer says it can wait in so many words ("pas urgent", "no rush"), not only out of courtesy ("when you can"). */
export function saysItCanWait(text: Prepared): boolean {
  return saysNotUrgent(text) && countMatches(text, NOT_URGENT) > countMatches(text, ONLY_COURTEOUS) + countMatches(text, CARE_NOT_BLOCKED_BUT);
}

/**
 * "Not blocking care but we can't reach the on-call managers": care goes on, something else cannot wait. "Pas de panique
 * mais… les séances sont en attente": calm words before what is held up.
 */
const CARE_NOT_BLOCKED_BUT = compilePhrases([
  '(pas de panique|no panic|don t panic) (mais|but)',
  '(not|pas|non) (blocking|bloquant|bloquante|bloquants) (for )?(care|patients|the patients|patient care|pour les soins|pour les patients|les soins) (but|mais)',
]);

/** "elle revient jeudi donc pas d'urgence", "aucune urgence": no urgency at all… */
const NO_URGENCY = compilePhrases(['pas d urgence', 'aucune urgence', '(y a|il y a) pas urgence', 'no urgency']);
/** …unless qualified: "pas d'urgence vitale" (not life-threatening), "pas d'urgence absolue", "pas d'urgence pour les soins". */
const URGENCY_QUALIFIED = compilePhrases(['(pas d urgence|aucune urgence) (vitale|absolue|immediate|pour les soins|pour les patients)']);

/** The writer says it can wait a little: "moyennement urgent", "urgence moyenne". */
export const SOMEWHAT_URGENT = compilePhrases([
  'moyennement urgent*', 'urgence moyenne', 'assez urgent*', 'moderately urgent', 'medium urgency', 'somewhat urgent',
  'plutot urgent*', 'fairly urgent',
  // "la salle 4 s'est libérée… donc c'est moins urgent": it can wait a little, not till next week.
  'moins urgent*', 'less urgent',
]);

/** The writer says it cannot wait. */
/** "les NFS urgentes", "des prélèvements urgents": urgent things; urgent when they are held up, not when they go another way. */
export const URGENT_THINGS = compilePhrases(['urgents', 'urgentes', 'critical values|results|labs', 'valeurs|resultats critiques']);

export const URGENT = compilePhrases([
  'urgent', 'urgente', 'urgents', 'urgentes', 'urgemment', 'c est une urgence', 'en urgence', 'vite', 'rapidement',
  'au plus vite', 'asap', 'immediatement', 'tout de suite', 'besoin .. maintenant', 'maintenant s il', 'de suite', 'des que possible', 'bloquant*',
  'critique', 'critiques', 'tres grave', 'au secours', 'help us', 'urgently', 'need* .. right now', 'waiting .. right now', 'right away',
  'immediately', 'as soon as possible', 'critical', 'hurry', 'quickly', 'emergency please',
  // "handover is in 5 min", "la relève est dans 10 minutes": due within minutes.
  '(is|starts|start|begins|est|commence) (in|dans) # min|mins|minute|minutes',
  // "il faut quelqu'un maintenant", "we need someone up here now": a person asked for at once.
  'faut|faudrait (quelqu un|qqn|un technicien|quelqu un du biomed) .. maintenant', 'need|needs (someone|somebody|a tech|a technician) .. now', '(someone|somebody) .. (come|here|up) now',
]);

/** "je peux rien faire", "I can't work": urgent, unless a way round is told beside it. */
const CANNOT_WORK = compilePhrases([
  'peu* pas|plus travailler|bosser', 'ne|n .. peu* pas|plus travailler|bosser', 'peu* rien faire', 'peu* plus rien faire', 'can not work',
  'unable to work', 'can not do anything', 'can not do my job',
]);

/** Circumstances that make waiting costly even when "urgent" is not written. */
export const TIME_PRESSURE = compilePhrases([
  'de garde', 'd astreinte', 'astreinte', 'ce soir', 'cette nuit', 'dans # min*', 'commence dans',
  'la queue', 'queue', 'suis seul|seule', 'je suis tout|toute seul|seule', 'reunion de|a|dans|prevue', 'reunion qui commence',
  'formation a|dans|prevue', 'formation qui commence', 'prevue a #', 'meeting at|in', 'training at|in', 'je perds tout', 'perds tout', 'on call', 'tonight',
  'night shift', 'in # min*', 'starts in',
  'pour|avant le|ce dejeuner|midi', 'for lunch', 'brule*', 'odeur de brule', 'fumee', 'smoke', 'burning', 'need it for', 'on en a besoin pour', 'en cours', 'in progress',
  'during', 'on rate|ratons|loupe|loupons les|des appels', 'appels .. perdus', 'missing calls', 'we miss .. calls',
  // A lone worker's alarm gone: their safety waits on the repair ("j'ai plus l'alarme travailleur isolé", "PTI").
  'travailleur* isole*', 'pti', 'dati', 'lone worker*', 'man down alarm',
  // "on est complètement à l'arrêt", "the whole team is at a standstill": the work has stopped, not slowed.
  '(completement|totalement|entierement|tous|toutes|tout le monde) a l arret', 'at a standstill', '(completely|totally) (stuck|blocked|stopped)',
  // "they have to go out today", "la paie doit partir ce matin": due within the day.
  '(have|has|must|need|needs) to (go out|be sent|be done|be paid|be signed|be closed) (today|this morning|tonight|by tonight)',
  '(doit|doivent) (partir|etre envoye*|etre fait*|etre boucle*|etre signe*|etre paye*) (aujourd hui|ce matin|ce soir|avant midi)',
]);

/** Heat where the network and servers live: the equipment will fail if nobody comes. */
const OVERHEATING = compilePhrases([
  'surchauffe*', 'overheat*', 'roasting', 'clim|climatisation .. (en panne|hs|cassee|coupee|ne marche plus)',
  // "alarme température salle serveur, 38°C affiché et la clim fait un bruit bizarre".
  'alarme* de? temperature*', 'temperature alarm*', 'clim|climatisation .. bruit*', '(3|4) # (c|degres)', '# degres', '# c affiche*',
  '(aircon|air con|air conditioning) .. (broken|down|failed|not working|off)',
  // "la clim de la salle informatique… fait un bruit d'enfer, il fait super chaud dedans".
  'fait chaud', 'fait super|tres|trop|hyper|vraiment chaud', 'too|very|really hot', 'it s hot', 'clim|climatisation .. .. bruit*',
]);
const EQUIPMENT_ROOMS = compilePhrases([
  'local|locaux technique*', 'baie*', 'salle* serveur*|informatique|machine*', 'server room*', 'comms cupboard|room', 'switch', 'switches', 'serveur*', 'server*',
]);

export function equipmentOverheating(text: Prepared): boolean {
  return matchesAny(text, OVERHEATING) && matchesAny(text, EQUIPMENT_ROOMS);
}

/** Something care depends on. Near a blocker (see CARE_BLOCKERS) it means care is blocked or delayed. */
export const CARE_OBJECTS = compilePhrases([
  'dossier* patient*', 'dossier|dossiers de? soins', 'dossier* medica*', 'prescri*', 'ordonnance*', 'administration*',
  'traitement*', 'medicament*', 'soins', 'soin', 'resultat*', 'images', 'bracelet*', 'etiquette*', 'tube*',
  'prelevement*', 'perf', 'perfusion*', 'chimio*', 'poches', 'surveill*', 'trace*', 'intervention*', 'operer', 'operation',
  'trier', 'tri', 'enregistrer les patients', 'admettre', 'entrees des patients', 'entrees', 'sage femme', 'medecin* de garde',
  'interne* de garde', 'patient*', 'patiente*', 'malade*', 'transfusion*', 'delivrer', 'accouchement', 'examiner',
  'transmissions', 'constantes', 'patient record*', 'records', 'chart*', 'order*', 'meds', 'medication*',
  'results', 'triage', 'register patients', 'admit', 'label new patients', 'discharge', 'surgery', 'surgeon*', 'labour',
  'delivery', 'heparin', 'insulin*', 'on call', 'de garde', 'dossier* d|de anesthesie|soins|soin|transfusion|consultation',
  'anesthesi*', 'appeler|joindre|contacter|biper|bipper|prevenir', 'cr', 'crs', 'reports',
  'call|reach|page the|a doctor|nurse|surgeon|midwife|anaesthetist|anesthetist|resident|intern|physician', 'dispensation*',
  'infus*', 'drugs', 'scan patients', 'dispens*',
  'bilan*', 'examen*', 'preparation*', 'clich*', 'dose*', 'doses', 'exam*', 'specimen*', 'samples', 'wristband*',
  'chirurgien*', 'dialyse', 'seance*', 'arrets de travail', 'morphine', 'stup*', 'antalgique*', 'antibio*', 'painkiller*', 'controlled drugs', 'manips', 'manipulateur*',
  'nfs', 'gds', 'analyses', 'troponine*', 'gaz du sang', 'blood gases', 'bloods', 'lists', 'listes operatoires', 'programme operatoire', 'elective*',
  'notes', 'birth plan*', 'pour le bloc', 'for theatre*', '(call|appeler|joindre) (security|la securite|help|de l aide|les secours)', 'procedures', 'appointments', 'rdv', 'rendez vous', 'deliveries', 'be reached', 'scanners', 'le|au|du|des scanner', 'irm', 'echo', 'echos', 'echographie*', 'radios', 'ecg*', 'ekg*', 'scans', 'x rays', 'ct', 'mri', 'reach|contact|call me', 'to|not|cannot|can|could page me',
]);

/**
 * Work that has to be done ("je dois valider", "need to give"): beside a care object, care waits on the fault. A request
 * for a newcomer's access ("il doit voir les radios") says what the access is for, not that care waits now.
 */
export const CARE_NEEDS = compilePhrases([
  'a valider|prescrire|administrer|donner|signer|preparer', 'dois|doit|devons|doivent faire|donner|valider|prescrire|signer|administrer',
  'need|have to give|sign|prescribe|administer|record|check', 'must give|sign|prescribe|administer|record|check',
  'dois|doit|devons|doivent recuperer|lire|chercher|aller|voir|recevoir|transmettre|envoyer', 'need|have to read|get|fetch|see|send|collect', 'must read|get|fetch|see|send|collect',
]);

/** A blocker: combined with a care object within a few words, care is blocked or delayed. */
export const CARE_BLOCKERS_NOW = compilePhrases([
  'ne|n .. peu* plus|pas', 'ne|n .. pouvons plus|pas', 'peu* plus', 'peu* pas', 'personne n? a|ont pu', '(nobody|no one) (could|was able)', 'impossible', 'plus acces', 'pas acces',
  'n ont plus', 'n a plus', 'n avons plus', 'attend', 'attendent', 'attendons', 'attendait', 'attendaient', 'attendu*', 'attendre', 'attendant', 'j attends', 'on attend', 'en attente', 'bloque*', 'bloquant*', 'ne voit plus',
  'ne voyons plus', 'voit plus', 'on perd', 'retard*', 'can not', 'unable', 'waiting', 'wait', 'stuck', 'no access',
  'blocked', 'delayed', 'delay*', 'cannot', 'not able', 'ne .. sonner', 'ne marche plus',
  'ne charge plus', 'ne s affiche', 'affiche plus', 'ne lit plus', 's accumulent', 'ne .. plus valider',
  'ne .. plus tracer', 'ne .. plus joindre', 'plante*', 'crash*', 'freez*', 'fige*', 'illisible*',
  'ne|n .. voi* plus|pas', 'voient plus', 'n arrive* plus|pas', 'arrive* plus a',
  'interrompu*', 'arrete*', 'a l arret', 'plus aucun*', 'aucun* .. possible*', 'ne|n part|partent plus|pas', 'aucun* .. ne|n', 'peu* ni', 'peuvent ni', 'plus de|d', 'partent plus', 'not|no .. going out', 'overdue', 'on hold', 'annule*', 'deprogramme*', 'reporte*', 'cancel*', 'postponed', 'rescheduled',
  'retarde*', 's entassent', 'piling up', 'behind on|with', 'can t', 'not flowing', 'not reaching', 'on hold', 'will not', 'does not', 'do not', 'did not', 'is not', 'are not',
]);

export const CARE_BLOCKERS = [...CARE_BLOCKERS_NOW, ...CARE_NEEDS];

/** A patient is there, waiting for the repair. */
/** A patient in or on the machine: "on a un patient dessus", "patiente dedans" (the MRI). */
const PATIENT_ON_IT = compilePhrases(['patient* dedans|dessus']);
/** Patients' data on a device: "les SMS avec les noms des patients dedans", "des courriers patients dessus". */
const PATIENT_DATA = compilePhrases([
  'noms|nom|donnees|dossiers|courriers|infos|informations|photos|listes|fichiers|sms|coordonnees|resultats des|de|du|d? patient*',
  'patient names|data|records|letters|files|details',
]);

/** Patients waiting on the repair, or a patient in or on the machine (not their data on it). */
export function patientsWaitOnIt(text: Prepared): boolean {
  return matchesAny(text, PATIENT_WAITING) || (matchesAny(text, PATIENT_ON_IT) && !matchesAny(text, PATIENT_DATA));
}

/** "12 patients qui attendent pour payer", "patients queuing to check in": a queue at the desk, not for care. */
export const WAITING_AT_THE_DESK = compilePhrases([
  '(attend*|en attente|font la queue) pour (payer|regler|le paiement)', '(waiting|queuing|queueing|queue) (to|for) (pay|payment|check in|checking in)',
]);

export const PATIENT_WAITING = compilePhrases([
  'patient* .. attend*', 'patient* .. en attente', 'patient* .. en salle', 'patient* installe*', 'patient* a examiner',
  'patient* a besoin', 'patient* ne peu* plus',
  // "on n'admet plus personne, les patients de chir ambu ne peuvent pas monter": admissions stopped, patients held at the door.
  'patient* .. ne (peut|peuvent) pas (monter|descendre|etre admis|etre admise*|entrer|rentrer)', '(n admet|n admettons|n admettent) plus (personne|aucun|aucune|de patient*)',
  // "need a gas on a baby now": a test or treatment due for a patient.
  // Not "I need a login for the patient record": the patient's data, not a patient.
  'need* .. (on|for) (a|the|this|my|our) (baby|child|newborn|neonate)', 'need* .. (on|for) (a|the|this|my|our) patient (now|asap|urgently|right|who|in|on|at|before|please|tonight|today|here|with)', '(baby|patient|child|newborn) (needs|need)',
  // Patients sent elsewhere: "on transfère les urgences au CH voisin", "ambulances diverted".
  'transfer* les|nos urgences|patients', 'redirig* les|nos urgences|patients|ambulances', 'divert* .. patients|ambulances', 'diversion', 'patient|patients on the|a|an|his|her|their|oxygen|o2|ventilation|ventilators|trolleys|drips|pumps|hold', 'patients are waiting', 'patient is waiting',
  'patients waiting', 'patient waiting', 'waiting for their',
  // "AVC en attente", "stroke waiting": the emergency named by what the patient has.
  '(avc|stroke|strokes|polytrauma*|trauma|infarctus|sca|stemi|thrombolyse*|thrombectomie*) (en attente|waiting|qui attend*)',
  // "Need to review a head CT for a stroke call NOW", "suspicion d'AVC": the time-critical emergency itself is the patient waiting.
  '(stroke|stemi|trauma) (call|calls|alert|alerts|code)', 'code stroke', 'alerte (avc|thrombolyse)', 'suspicion d avc', 'unites .. en attente', 'en attente de leurs', 'injectes .. en attente|attend*', 'bilans|prelevements|tubes .. en attente', 'samples .. waiting',
  'intervention commence', 'au bloc .. maintenant', 'pour operer', 'during labour',
  'patient* a|en prescrire|examiner|operer|voir|traiter|perfuser|installer|transfuser', 'patient* endormi*|intube*|sous',
  'patient|patients de l apres midi', 'patient|patients du matin|jour', 'chirurgien|chir|medecin|docteur|dr|anesthesiste|anesth|radiologue attend*', 'attend* pour inciser|operer|endormir|commencer', 'waiting to operate|incise|start', 'surgeon|doctor .. waiting',
  'surgery|operation|procedure due|in|starts', 'intervention dans|prevue', 'depart en intervention', 'seance en cours', 'treatment in progress',
  'patient* en travail', 'in active labour', 'sur un|des|leur|leurs|le? brancard*', 'on trolleys', 'delai* de rendu .. depass*', 'delais de rendu',
  'results take', 'take # min|minutes|h|hours instead', 'admissions|patients .. waiting to', 'patients a voir|examiner', 'salle d attente .. pleine', 'waiting room .. full', '# patients ce|cet|aujourd|this|today', 'patient* .. a jeun', 'patient* .. on the table', 'patient* .. sur la table', 'patient* programme* ce|cet|aujourd|demain', 'patients booked|scheduled this|today', 'trauma patient', 'patient is intubated', 'patient intubated',
  // "les urgences attendent une lecture de TDM crâne": clinicians waiting on a reading or results for a patient.
  'urgences|urgentistes|sau|rea|bloc|medecins|medecin|chirurgien*|cliniciens attend* .. lecture*|interpretation*|images|resultat*|cr|crs',
  // "there are emergency CTs from A&E waiting for interpretation", "radiologists can't read anymore".
  '(cts|scans|exams|xrays|mris) .. waiting for (interpretation|reading|reporting|a read)',
  // "ED is waiting on head CT reports", "the wards are waiting for the results".
  '(ed|er|a e|ae|icu|theatre|theatres|wards|ward|clinicians|doctors|surgeons|radiologists) (is |are )?(still )?waiting (on|for) .. (report|reports|result|results|image|images|scan|scans|ct|cts|read|reads)', 'emergency (cts|scans|exams)', 'radiologists can t|cannot read',
]);

/** Degraded, not down: slowness or intermittent faults do not make a unit-wide outage urgent. */
export const DEGRADED = compilePhrases([
  // "feeds 3 blank labels for every one printed. Wasting a lot of labels": it prints, wastefully.
  'wasting', 'wastes', 'gaspill*',
  // Nothing stopped yet: "espace disque presque plein… ça va bloquer les acquisitions ce soir", "memory is almost full".
  'presque plein*', 'bientot plein*', 'almost|nearly full', 'va|vont|risque* de bloquer|planter|saturer', 'will (soon )?(stop|block|fill up|run out)',
  'lent', 'lente', 'lents', 'lentes', 'lenteur*', 'rame*', 'slow', 'saute*', 'intermittent*', 'de temps en temps',
  'une fois sur deux', 'parfois', 'keeps dropping', 'drops out', 'toutes les # min*', 'sometimes', 'every few', 'clignote*', 'flicker*', '# fois par|sur|dans|aujourd|today',
  'plusieurs fois par|dans|sur|aujourd|today', 'fois par', 'times a day', 'from time to time', 'every now and then', 'de temps a autre',
  'batterie ne|n .. tient plus|pas', 'ne tient plus la charge', 'au bout de', 'des qu on le|la|les debranche', 'battery .. not last|hold',
  'battery dies after', 'after # min*', '(restarts|reboots|redemarre) (by itself|tout seul|toute seule)',
  // A freeze that passes: "freezes for ~30 seconds every time I open a chart", "on attend 2-3 min et ça repart".
  '(freez*|fige*|hangs|bloque*) (for|pendant) (about |around |environ )?# (s|sec|secs|seconds|secondes|min|mins|minutes)', '(et|puis) (ca|il|elle) (repart|revient|redemarre)', '(then|and) (it )?(comes back|recovers|carries on)',
  // A keyboard short of a key or two still types.
  'missing|lost # .. keys|key', 'missing .. keys', 'missing the .. key', 'manque* .. touche*', 'touche* .. manque*|arrachee*|cassee*', 'keys .. missing|broken|stuck',
]);

/** Content out of date: the system works, what it shows is old ("affiche encore le menu de juin", "shows old numbers"). */
export const STALE_CONTENT = compilePhrases([
  'affiche* encore (l|le|la|les) ancien*', 'affiche* encore le|la|les .. .. (janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)',
  'pas|plus a jour', 'not up to date', 'out of date', 'outdated', 'old|previous numbers|version|logo|menu', 'ancien* numero*|logo*|menu*|version*',
]);

/** Security: the writer acted on the threat or the machine is infected. */
export const SECURITY_COMPROMISE = [...MAILBOX_HIJACKED, ...compilePhrases([
  'clique*', 'clicked', 'j ai tape', 'typed', 'threat detected', 'j ai ouvert', 'je l ai ouverte', 'ouverte', 'opened', 'virus',
  'infecte*', 'infected', 'trojan', 'ransomware', 'chiffre*', 'encrypted', 'rancon', 'bitcoin', 'pirate*', 'hacked',
  'utilise mon compte', 'used my account', 'mon compte .. a ete utilise*', 'my account|login was used', 'someone used my login|account|password', 'fenetres bizarres', 'pubs partout', 'branchee', 'menace detectee',
  'locked extension', 'extension locked', 'from my account', 'depuis mon compte', 'someone .. my account',
  'quelqu un .. mon compte',
  'rentre* mes|mon (identifiant*|mot de passe)', 'saisi* mes|mon (identifiant*|mot de passe)', 'donne* mes|mon (identifiant*|mot de passe)',
  'entered|typed|gave my|it', 'did enter', 'plugged', 'branche*', 'depuis l etranger', 'from abroad', 'chiffrer', 'crypt', 'spams tout seul',
  'rentre*|saisi*|donne*|tape* .. leur|leurs|son|ses|nos mot|mots de passe', 'rentre*|saisi*|donne*|tape* .. leur|leurs|son|ses|nos identifiant*', 'entered|typed|gave .. their|our password*|credentials',
  // Files renamed by ransomware, with its note in every folder: "renommés en .locked… un fichier LISEZ-MOI".
  'fichier* .. renomme*', 'files .. renamed', 'lisez moi', 'readme', 'read me txt',
  // The mailbox sends on its own: "des mails de ma boîte que j'ai jamais envoyés", "emails I never wrote".
  'jamais envoye*', 'jamais ecrit*', 'pas envoye* moi meme', 'never sent|wrote', '(i|we) (did not|didn t) (send|write) (them|it|those)',
  'ont deja clique', 'already clicked', 'ont|a|avons|avez ouvert', 'ouvert la|les|le piece*|pj|fichier*|lien*', 'message de rancon', 'ransom*', 'extensions bizarres', 'weird extensions',
])];
/** Security: the writer did not act on it. */
export const SECURITY_HARMLESS = compilePhrases([
  'personne n a|ont ouvert|clique', 'personne a|ont clique|ouvert', 'rien rentre|saisi|tape', 'j ai rien rentre|saisi|tape', 'nobody|noone opened|clicked', 'no one opened|clicked', 'pas clique', 'n ai pas clique', 'ai pas ouvert', 'n ai rien ouvert', 'pas ouvert', 'did not click', 'did not open',
  // "Je n'ai rien cliqué. Je vous le signale, c'est tout.", "I didn't click anything".
  'rien clique', 'n ai rien clique', 'ai rien clique dessus', 'clique sur rien', 'did not click (anything|on anything|on it|the link)', 'clicked nothing',
  'not opened', 'not clicked',
  // "a login page opened and I closed it without typing anything".
  'without typing|entering|giving anything', 'sans rien taper|saisir|rentrer|donner', 'typed|entered|gave nothing', 'closed it .. without',
]);

/** A threat the writer acted on: a link clicked, a password typed, a machine infected, and not denied. */
export function threatActedUpon(text: Prepared): boolean {
  const acted = positionsOf(text, SECURITY_COMPROMISE).some((at) => !lureQuoted(text, at));
  return acted && !matchesAny(text, SECURITY_HARMLESS);
}

/** "un mail bizarre boite pleine cliquer ici": the lure's own words, not what the writer did. */
function lureQuoted(text: Prepared, at: number): boolean {
  const { tokens } = text;
  return /^(cliquer|cliquez)$/.test(tokens[at] ?? '') && /^(ici|la|sur|dessus)$/.test(tokens[at + 1] ?? '');
}

/** Someone who must be reachable at once: a failed phone or pager here holds up care. */
export const ON_CALL = compilePhrases([
  'de garde', 'd astreinte', 'astreinte', 'on call', 'regulation', 'urgence* vitale*', 'code blue', 'crash call', 'arret* cardiaque*', 'cardiac arrest', 'samu', 'smur', 'appel malade', 'sonner', 'nurse call', 'appels des salles|chambres|patients', 'arrive* a personne',
  'call bell*', 'sage femme de garde', 'standard', 'switchboard',
  // The handset the patients' calls ring on: "le DECT de nuit sonne plus quand les patients appellent".
  'sonnette*', 'patients appellent|sonnent', 'patients call|ring', 'bip de? l anesthesiste|interne', 'bip du medecin|chirurgien', 'pager of the',
]);

/**
 * "le DPI marche", "le reste du DPI fonctionne", "the EHR is fine": the care record still works, so care goes
 * on. Not "le pacs marche plus", "le DPI ne fonctionne pas", "the EHR is not working".
 */
const CARE_SYSTEM_WORKS = [
  / (le|la|du|des) (reste (du|de la) )?(dpi|pacs|sil|logiciel de soins)((?! (ne|n|pas|plus|jamais|rien)\b) \w+){0,2} (marche|marchent|fonctionne|fonctionnent)(?! (pas|plus|mal|jamais|rien|que|qu|a moitie)\b)/,
  / the (ehr|epr|pacs|lab system)((?! (not|n|isn|doesn|no|never)\b) \w+){0,2} (works|is working|is fine|still works)\b/,
];

/** A staff member says in so many words that patients are not affected ("aucun impact patient", "surgery goes on"). */
export function tellsNoCareImpact(message: string): boolean {
  return matchesAny(prepare(message), NO_CARE_IMPACT);
}

/** The writer says care is not affected: in so many words, or that the care record still works. */
export function saysCareGoesOn(text: Prepared): boolean {
  return matchesAny(text, NO_CARE_IMPACT) || CARE_SYSTEM_WORKS.some((pattern) => pattern.test(text.joined));
}

const NO_CARE_IMPACT = compilePhrases([
  'pas d impact|incidence sur les|le patient*|soins', 'aucun impact|incidence .. patient*|soins', 'sans impact .. patient*|soins',
  // "on les ressaisit a la main… donc ça bloque pas les urgences".
  '(ca|cela|ce) (ne|n)? (bloque|retarde|gene) pas les|le (urgences|soins|patients|prise en charge)', '(it s|its|it is) not (blocking|delaying) (care|patients|the er|the ed)',
  'soins ne sont pas', 'les soins continuent', 'patients|residents|resident* ont eu leurs|leur traitement*|soins|medicament*', 'patients|residents (got|had|have had) their (meds|medication*|treatment*)', 'pas de retard pour les patients|soins', 'no delay for|to patients|care', 'les perfs|perfusions|traitements|soins continuent|tournent', '(infusions|treatments|care) (continue|continues|go on|goes on|are still running)', 'pas de patient*', 'aucun patient concerne*|impacte*|touche*|present*|installe*', 'aucun patient en cours', 'no patient impact', 'no impact on .. patient*|care',
  'care is not affected', 'patients are not affected', 'rien pour les patients', 'nothing clinical', 'not patient affecting',
  'soins .. pas impact*|touche*|bloque*|retarde*', 'pas impactant* pour|sur les|le soins|patient*', 'no patients (affected|impacted|concerned|involved|present|booked|today|here|at the moment|right now|on the ward)', 'there are|were no patients', 'pas bloquant pour les soins', 'not affecting .. patient*|care',
  'care (is not|isn t|not) (blocked|affected|impacted|delayed|held up)', 'not blocking (care|patients)', 'soins ne sont pas bloques|retardes|impactes',
  'pas de (souci|probleme|risque) pour les (soins|patients)', 'pas de (souci|probleme|risque) pour le|la (patient|patiente|malade|bebe)', 'no (problem|issue|risk) for the patient',
  // "Les scopes au lit marchent et sonnent", "The monitors work fine at the bedside", "the consultations go on", "Elle va bien,
  // c'est juste que…", "we just ignore it" (not "the patient is fine" beside a monitor showing a flat ECG).
  '(les|the) (scopes|moniteurs|monitors) (au lit|at the bedside|bedside)? (marchent|fonctionnent|sonnent|work|are working)', 'monitors work fine|ok',
  '(the )?(consultations|sessions|clinic|clinics|appointments) (go|goes|carry|carries|keep|keeps) on', 'les consultations (continuent|se font|ont lieu)',
  '(la patiente|le patient|le bebe|elle) va bien c est juste', 'we just ignore it', 'on l ignore',
  // "no patient is waiting", "aucun patient n'attend", "personne n'attend".
  'no patient|patients (is|are)? waiting', 'la (perf|perfusion) (repasse|passe|coule|tourne) (normalement|bien)', 'infusion (is )?(running|going) (fine|normally|again)', '(aucun patient|personne) (n|ne)? attend', 'pas de patient* (qui )?attend*', 'no one|nobody is waiting',
  // "Patient is fine, ventilating normally now", "Procedures are fine, but reports have no pictures", "nurse call works fine",
  // "on peut faire les blocs nerveux mais rien n'est archivé".
  // Not "shows flat ECG while the patient is fine": the patient fine now, after the fault.
  '(patient|patiente|the patient) (is|va|is doing) (fine|ok|okay|bien|stable) (now|maintenant)', 'ventilat* normally', '(procedures|procedure|exams|examens|interventions|the case) (are|is|sont|se font) (fine|ok|okay|going on|normalement)',
  '(nurse call|call bells|sonnettes|appel malade) (works|work|marche|marchent|fonctionne|fonctionnent) (fine|bien|ok)?', '(on|nous) (peut|pouvons|peux) faire les|le|la .. mais',
  // "Doesn't affect care but the record is wrong", "Not a clinical issue but lots of complaints".
  '(doesn t|does not|don t|do not) affect .. (care|patients|patient care)', 'not a clinical (issue|problem|matter)', 'no clinical (issue|issues|problem|problems|impact|risk)', 'pas (d impact|de risque) clinique', 'pas (un|de) (souci|probleme) clinique',

  // "euh non c pas les soins, c'est du courrier", "nothing to do with patient care".
  '(c|est) pas (les|des|pour les|pour) soins|patients', 'rien a voir avec les soins|patients', 'nothing to do with .. care|patients', 'not (about|for) (patient )?care',
  'ca|cela bloque|retarde|empeche pas|plus les|le|la soins|prelevement*|patient*|bilan*', 'ca|cela ne|n bloque|retarde|empeche pas|plus les|le|la soins|prelevement*|patient*|bilan*',
  // Comfort, not care: the guests' Wi-Fi, the doctors' on-call rooms.
  'guest (wi fi|wifi)', '(wi fi|wifi) invite*|patients|public|visiteurs|guest*', // Not "they had to come get me in the on-call room": the room's own comforts.
  '(wifi|wi fi|tv|tele|television|internet|douche|shower|clim|chauffage|heating|phone|telephone|tel) .. .. (on call room*|chambre* de garde|salle* de garde|internat)',
  '(on call room*|chambre* de garde|salle* de garde|internat) .. .. (wifi|wi fi|tv|tele|television|internet|douche|shower|clim|chauffage|heating)',
  'tout le monde (est|a ete|sera) (examine|examinee|vu|vue|pris en charge|soigne)', '(everyone|everybody) (is|gets|got|was|has been) (seen|examined|scanned|treated)',
  // "it slows us down between cases but surgery goes on", "le bloc tourne quand même".
  'surgery|care|treatment|operations|rounds goes|go|carries|carry|continues|continue', 'the list goes|carries|continues', 'les soins|interventions|operations continuent|tournent', 'le bloc tourne',
  // "we started on the paper checklist so the op goes on", "l'intervention continue".
  'the op|operation|procedure|case|surgery goes|carries|continues on?', '(l intervention|l operation|l op) (continue|se poursuit)',
  // Without "ne": "les soins sont pas bloqués", "les patients sont plus bloqués grâce au papier".
  '(les )?(soins|patients) (sont|sont meme) (pas|plus) (bloques|retardes|impactes|touches|genes)', 'patients .. pas bloques|impactes',
  // "les examens ne sont pas bloqués, les patients passent quand même avec la fiche papier".
  '(les )?(soins|patients|examens|consultations|interventions|admissions|entrees) (ne|n) (sont|sont meme) (pas|plus) (bloques|bloquees|retardes|retardees|impactes|touches|genes)',
  '(les )?(examens|consultations|interventions|admissions) (sont|sont meme) (pas|plus) (bloques|bloquees|retardes|retardees|impactes|touches|genes)',
  '(les )?patients (passent|sont pris en charge|sont vus) (quand meme|toujours|normalement)',
  // "Still ventilating fine, patient stable": the device does its job, the patient is safe.
  // The way round holds: "on est passés en procédure dégradée papier, ça tient pour l'instant".
  '(ca|on) tient (pour|encore|bon|le coup|mais)', '(they re|they are) (watched|monitored)', 'ils|elles sont surveille*', '(we re|we are) coping|managing', 'holding up (for now|ok|fine)',
  'patient|patiente stable', 'patient|patiente est stable',
  // "un des 8 scopes a l'écran qui scintille un peu mais les valeurs s'affichent bien": the display flickers, the readings are there.
  '(les )?(valeurs|parametres|courbes|constantes|chiffres|mesures) (s affichent|sont affichees|restent affichees|sont lisibles|restent lisibles) (bien|correctement|normalement)',
  '(the )?(values|readings|numbers|waveforms|vitals) (still )?(show|display|are displayed|are shown|are readable) (fine|correctly|ok|okay|normally)',
  // "Ce n'est pas bloquant mais c'est très pénible", "not blocking, just annoying".
  'pas|non bloquant', '(not|nothing) blocking',
  // "pas d'examen en attente pour l'instant mais ça va venir": nothing waits on it yet.
  '(pas d|aucun) (examen|examens|demande|demandes|bilan|bilans) en attente', 'no (exam|exams|scan|scans|study|studies|request|requests) (pending|waiting)', 'nothing (pending|waiting)',
  // "Machines are running fine and we're charting on paper", "on prescrit sur papier et la pharmacie suit".
  '(machines|devices|pumps|monitors) (are|keep) (running|working) fine', '(la pharmacie|le labo|tout le monde) suit', 'still ventilating|pumping|infusing|monitoring|running fine',
]);

/** Falling back to paper or downtime procedures: care goes on, slowed and at risk. */
export const PAPER_FALLBACK = compilePhrases([
  'papier', 'paper', 'mode degrade*', 'degrade', 'downtime', 'procedure degradee', 'on paper',
]);

/** "on est passés au papier", "mode dégradé": the downtime procedure told. */
export function tellsPaperFallback(message: string): boolean {
  return matchesAny(prepare(message), PAPER_FALLBACK);
}

/** A risk to patients stated outright: wrong patient, identity mix-up, a dangerous error. */
/**
 * Monitoring whose alarms no longer reach the staff: "plus aucune alarme ne remonte au poste", "alarmes pas renvoyées
 * au poste". The bedside monitors still working is no way round: nobody hears them from the desk.
 */
export const ALARMS_NOT_REACHING_STAFF = compilePhrases([
  'plus aucune alarme', 'aucune alarme ne remonte|arrive|sonne', 'alarmes ne remontent|arrivent plus', 'no alarm|alarms (are )?(coming|getting) through',
  'alarme|alarmes pas|plus renvoyee*|remontee*|transmise*|relayee*', 'alarme|alarmes ne sont (pas|plus) renvoyee*|remontee*|transmise*|relayee*',
  'alarm|alarms (are )?not (relayed|forwarded|transmitted|reaching|getting through)',
  // "c'est des patients ventilés sans alarme", "ventilated patients with no alarms": monitored patients nobody hears.
  'patient|patients|malade|malades .. sans (alarme|alarmes|surveillance|monitoring)', 'patient|patients .. (without|with no) (alarm|alarms|monitoring)',
]);

export const PATIENT_SAFETY_RISK = [
  ...compilePhrases([
    'risque* d|de erreur*', 'risque* pour les|le patient*', 'mauvais patient*', 'mauvaise patiente',
    'erreur* d identite', 'identitovigilance', 'mauvais dossier*', 'danger* pour', 'dangereu*', 'mise en danger',
    // "shows the PREVIOUS patient's meds when I switch patient… this is a safety issue".
    'previous patient s|patients', 'patient precedent*', 'patiente precedente*', '(safety|securite) (issue|issues|concern|concerns|hazard|problem)', 'probleme* de securite (patient|des patients)',
    'wrong patient*', 'wrong record*', 'd un autre patient|malade', 'd une autre patiente', 'another patient s|patients', 'a different patient s', 'patient safety', 'risk of error*', 'safety risk', 'unsafe', 'dangerous',
    // "tried to reach me for a post-op pt bleeding… 20 min lost": a patient at risk waited on the fault.
    'pt|patient|patiente|patients .. bleeding|saigne*|hemorragi*|desature*|detresse', '# min|minutes lost|perdues|de perdu*',
    // "besoin de voir une radio de thorax pour un bébé en détresse resp": a patient in distress waits on it.
    'bebe|bebes|enfant|enfants|nourrisson*|nouveau ne|baby|babies|child|infant|neonate .. detresse|distress|desature*|saigne*|bleeding', 'en detresse resp|respi|respiratoire|vitale', 'in (respiratory )?distress',
    'en rupture .. medicament*|traitement*|antibio*|insuline*|morphine|stup*',
    'rupture* de? medicament*|traitement*', 'run* out of .. medication*|drugs|meds|insulin|antibiotics',
    'without their medication*|meds',
    // Pumps without their drug library limits, patients without an identity band.
    'sans garde* fou*', 'sans limite* de? dose*|securite', 'without (dose|drug|safety) limit*|guardrail*', 'without guardrail*',
    'sans bracelet*', 'without (id|identity)? band*|wristband*',
    'double administration', 'administre* deux fois', 'surdosage*', 'sous dosage*', 'overdos*', 'given twice', 'double dos*',
    'valeur*|resultat*|dose*|unite* (faux|fausse*|errone*|incoherent*|aberrant*)', '(wrong|false|incorrect|crazy|inconsistent) (values|results|doses|units)',
  ]),
  ...ALARMS_NOT_REACHING_STAFF,
  ...SICK_PATIENT,
  ...VENTILATION_BY_HAND,
];

/** Circumstances that press only on repairs, not on new accounts or installations ("il arrive demain"). */
export const NEXT_DAY = compilePhrases(['demain', 'tomorrow']);

/** Something looks or sounds wrong but still does its job: a noise, a colour, a sticky key. */
export const COSMETIC = compilePhrases([
  'bruit*', 'noise*', 'noisy', 'grince*', 'couleur', 'colour', 'color', 'noir et blanc', 'black and white', 'sticky',
  'pale*', 'faded', 'esthetique', 'cosmetic', 'de travers',
]);
