import { z } from 'zod';
import { byDefault, inferred, stated, type Field } from './field.js';
import { compilePhrases, countMatches, matchesAny, positionsOf, prepare, type Prepared } from './matcher.js';
import { mentionsCategoryWords } from './category.js';
import { DATA_PROTECTION_CONCERN, SECURITY } from './category-lexicon.js';
import { PATIENT_SAFETY_RISK, PROBLEM, patientsWaitOnIt, statesWorkaround } from './signal-lexicon.js';
import { statesNobodyCan } from './quantifier.js';
import { findTicketReference } from './ticket-reference.js';

export const INTENTS = [
  'question', 'incident_report', 'service_request', 'ticket_status', 'talk_to_human', 'cancel', 'help', 'greeting',
  'thanks', 'unknown',
] as const;
export const intentSchema = z.enum(INTENTS);
/** What the writer wants from the bot. */
export type Intent = z.infer<typeof intentSchema>;

/**
 * "vous pouvez m'envoyer un technicien au bloc ?", "Il me faut le biomed maintenant": someone asked for, with no fault told
 * (a report that ends "please send someone" is the report).
 */
const SEND_A_TECHNICIAN = compilePhrases([
  '(envoyer|envoyez|envoie|envoyez moi|m envoyer|nous envoyer) (un|une|le|la|quelqu un|qqn) (technicien|tech|technicienne|informaticien|biomed|biomedical|ingenieur)',
  'il (me|nous) (faut|faudrait) (le|un|une) (biomed|technicien|tech|informaticien)', '(send|get) (a|an|the) (technician|tech|engineer|biomed)',
]);

const TALK_TO_HUMAN = compilePhrases([
  'parler a|avec quelqu|qqn|personne|humain|technicien|agent|conseiller|operateur', 'parler a|avec un|une humain|vraie|technicien|agent|personne|conseiller|operateur',
  'un humain', 'une vraie personne', 'un vrai technicien', 'une personne reelle', 'passe|passez moi un|une|quelqu',
  'rappelez moi', 'rappeler moi', 'appelez moi', 'vous appeler', 'talk|speak to|with a|an|someone|somebody|human|person|agent|technician|anyone',
  'me passer|passez|passe (un|une|le|la|l|quelqu|qqn) .. technicien*|support|astreinte|hotline|informaticien*|humain|personne',
  'passer quelqu|qqn', 'parler .. (a|avec) l|le|la astreinte|support|hotline|technicien', 'je veux|voudrais un|une technicien*|humain|personne',
  // "un technicien au téléphone" is asked for; "on a 2 techniciens au téléphone" are staff at work.
  '(un|le|votre|du|d un) technicien au tel|telephone', 'real person', 'human please', 'agent humain', 'human agent', 'mettre|mettez|mets moi en relation', 'en relation avec', 'technicien|quelqu|qqn|agent peut|pourrait|pourra m|me appeler|rappeler|contacter', 'avoir|joindre quelqu|qqn .. hotline|support|dsi|informatique|telephone', 'someone .. call me', 'please|pls|plz call me', 'call me please|pls|asap|back|now|urgently', 'call me on|at #', 'can|could|would you|someone|somebody call me',
  '(can|could|would) (a technician|an agent) call me', 'agent please',
  // "peut on me rappeler ?", "passez moi le technicien d'astreinte svp".
  '(peut on|pouvez vous|pourriez vous|pourrait on|vous pouvez|on peut) me rappeler|appeler', 'passe|passez moi (le|la|l) .. technicien*|support|astreinte|hotline|informaticien*', 'live agent', 'operator please', 'human operator', 'call me back', 'a human',
]);

const CANCEL = compilePhrases([
  'annule*', 'annulation', 'laisse* tomber', 'c est bon', 'ca remarche', 'ca re marche', 'ca marche maintenant', 'ca marche a nouveau',
  'plus besoin', 'oubliez', 'oublie ca', 'oublie ma demande', 'stop', 'cancel*', 'never mind', 'nevermind', 'forget it',
  'works now', 'working again', 'no longer needed', 'abandon*', 'tant pis',
]);

const HELP = compilePhrases([
  'aide', 'a l aide', 'help', 'menu', 'tu sais faire quoi', 'tu fais quoi', 'que sais tu faire', 'que peux tu faire',
  'qu est ce que tu sais|peux faire', 'what can you do', 'what do you do', 'commandes', 'commands', 'options', 'mode d emploi',
  'comment tu marches', 'que|quoi je peux te|vous demander', 'qu est ce que je peux te|vous demander', 'tu peux faire quoi', 'peux tu faire', 'vous pouvez faire quoi', 'what can this bot|it do', 'what can .. do', 'able to help with', 'what can you help with', 'comment ca marche', 'how does this work', 'tu sers a quoi', 'what are you',
]);

const GREETING = compilePhrases([
  // "bonne journée", "good night" close a conversation (FAREWELL below), they do not open one.
  'bonjour', 'bonsoir', 'salut', 'hello', 'hi', 'hey', 'coucou', 'good morning|evening|afternoon', 'yo', 'hola', 're',
]);

/** "bon ok. bonne journée", "ok bye", "a+": the end of the conversation, answered as thanks are. */
const FAREWELL = compilePhrases([
  'bonne (journee|soiree|nuit|continuation|garde)', 'bonne fin de journee', 'au revoir', 'ciao', 'bye', 'bye bye', 'good night', '(have a) (good|nice) (day|night|evening|one)',
  'see you', 'a demain', 'a bientot', 'ok bye',
]);

const THANKS = compilePhrases([
  'merci*', 'mersi', 'mrc', 'thx', 'ty', 'thanks', 'thank you', 'parfait', 'top', 'nickel', 'genial', 'super', 'cool', 'great', 'perfect', 'cheers',
  'ca marche', 'impeccable', 'ok merci',
]);

/** "je vous demande pas mes tickets, je veux qu'on me débloque": not a status question. */
const NOT_ASKING_STATUS = compilePhrases([
  'demande* pas|plus .. ticket*|demandes|incidents', 'not asking .. ticket*|status', 'don t want .. status|list|ticket*',
]);
/** "qqn est dessus ?", "is someone on it??": whether the problem is known, asked after telling it or on its own. */
const ON_IT_PHRASES = [
  '(quelqu un|qqn|qq1) est dessus', '(quelqu un|qqn|qq1) (s en occupe|s occupe)', 'is anyone|someone on it|this', 'anyone|someone working|looking on|at it|this',
];
const ON_IT = compilePhrases(ON_IT_PHRASES);
/** Words enough, with a fault, to be a report that asks in passing whether someone is on it. */
const REPORT_LENGTH = 10;

const STATUS = compilePhrases([
  // News of something, not "des nouvelles pompes" (new pumps).
  'ou en est', 'en est ou', 'is someone|anyone coming', 'quelqu un va passer|vient', 'vous en etes ou', 'ou en etes vous', 'vous en etes ou', 'il en est ou', 'ca en est ou', 'des nouvelles de|du|d|des|pour|concernant|sur|svp|merci', 'avez|as|auriez|aurais|encore des nouvelles',
  'pas de nouvelles', 'suivi de? ma|mon|la demande|ticket|incident',
  'mon ticket', 'ma demande', 'mon incident', 'mes tickets|demandes|incidents', 'ou en sont', 'my tickets|requests', 'statut de? (mon|ma|mes|du|de la|des|le|la|l|ce|cette) ticket*|demande*|incident*|intervention*|reparation*', 'quel|quelle statut', 'avancement', 'any update|news', 'status of|on',
  // "an update on my ticket?", not "since the update on Saturday night the module is locked".
  '(an|no|some|quick|latest|little) update on', 'my ticket',
  'my request', 'technicien .. passer quand', 'quand .. technicien .. passer', 'when will .. technician', 'toujours pas resolu*',
  'still not fixed|resolved', 'technicien* .. prevu*', 'intervention .. prevue', 'ticket d hier', 'ticket de (ce matin|hier)', 'ticket .. .. tjs|toujours rien', 'tjs|toujours rien .. ticket',
  // "mon collègue a fait un ticket pour la kyocera, on sait quand quelqu'un passe ?", "juste s'il est pris en charge".
  'quand (quelqu un|qqn) passe*', 'collegue* .. fait|ouvert un|le|a ticket',
  // "ines a déjà fait un ticket tout à l'heure… c'est en cours ou pas ?", "ma collègue l'a déjà signalé, je veux juste savoir où ça en est".
  '(a|ont|avait|avaient) deja (fait|ouvert|cree|signale|declare) (un|le|une|la) (ticket|incident|demande)', '(l a|l ont|l avait) deja signale*', 'already (opened|raised|logged|reported|made) (a|the) (ticket|incident)',
  'en cours ou pas', 'ou ca|c en est', 'ou ca|c en sont',
  // "j'ai appelé la semaine dernière pour mon écran, personne n'est venu. ça avance ?": the call made earlier, followed up.
  'personne (n est|est|n a|n y est) (venu|venue|passe|passee|alle|allee)', '(nobody|no one) (came|has come|showed up|turned up|has been)',
  // "c'est prévu quand pour mon lecteur ? qqn passe aujourd'hui ?": when the technician comes.
  'c est prevu quand', 'prevu pour quand', '(quelqu un|qqn|qq1) passe (aujourd hui|quand|demain|ce matin|cet apres midi)',
  // "ok merci. qqn est dessus la ?", "is anyone on it?": whether someone works on the problem already told.
  ...ON_IT_PHRASES, 'colleague* .. opened|raised|logged a|the ticket', '(s il|si elle|si il|s ils) (est|a ete|sont|ont ete) (pris|prise|pris) en charge', 'if (it|it s|it has been) (picked up|being handled|assigned)',
    // "et le dect du coup? il est repassé en urgent?", "is my dect ticket urgent again?": the ticket's priority asked.
    'repasse* en urgent|priorite|p1|p2', 'ticket .. .. (passe|remis|mis) en urgent', 'ticket .. .. urgent again', 'is my .. ticket urgent', 'quelle priorite', 'what priority',
    'technician .. booked|scheduled|coming',
    // "ticket 48213 where are we on this?", "ticket status for the broken DECT", "ticket fait ce matin a 8h, toujours pas de reponse",
    // "re: ticket du matin pour les etiqueteuses, c'est reparti ?", "la demande pour les 6 DECT en plus c'est pour quand ?".
    'where are we on|with', 'ticket status', 'status for', 'ticket (n|no|numero|num|number)? #', 'toujours pas de reponse',
    '(ticket|demande) (fait|faite|ouvert|ouverte|cree|creee|envoye|envoyee) (ce matin|hier|avant hier|lundi|mardi|mercredi|jeudi|vendredi|a #|il y a)', 'ticket du matin|soir',
    '(demande|ticket|commande) .. .. c est pour quand', 'c est pour quand (la|ma|le|mon|notre) (demande|ticket|commande)', 'ticket .. technicien*|technician', 'technicien passe', 'passer quand', '(il|elle|vous|technicien|qqn|quelqu un) passe quand', '(il|elle|le technicien|qqn|quelqu un) (sera|viendra) (la )?quand', '(vous|il|elle) (serez|sera) la quand', 'venir quand', 'vient quand', 'when .. (come|coming|be here)',
  // "le biomed vient qd pr le scope de la 2 ? damien a fait un ticket y a 20 min": when the repairer comes, for a ticket a colleague opened.
  '(biomed|biomedical|technicien|tech|quelqu un|qqn|qq1) (vient|viendra|passe|passera) (qd|quand)', 'qd .. (vient|passe|viendra|passera)',
  '(a|ont) (fait|ouvert|cree|signale) (un|le) (ticket|incident) (y a|il y a|tout a l heure|ce matin|cette nuit|hier)',
]);

/** "ça remarche plus", "it's not working again": broken again, not a problem gone. */
const NOT_WORKING_AGAIN = compilePhrases([
  'remarche*|refonctionne* plus|pas|jamais', 're marche plus|pas', 'not|never working|work again', 'stopped working again',
]);
/** "faut que ça remarche avant 8h": what is wanted, not a problem gone. */
const WANTED_WORKING = compilePhrases([
  'faut|faudrait|pour|avant que ca|il|elle|tout remarche|marche|refonctionne|fonctionne', 'jusqu a ce que ca remarche',
  'doit|doivent remarcher|refonctionner|marcher|fonctionner',
  'need|needs .. to work|working again', 'has|have to work again',
]);
/** "Laissez tomber ma demande", "please cancel my printer ticket": whatever the length, the writer withdraws. */
const CANCEL_OWN_TICKET = compilePhrases([
  'ma|mon|la|le|cette|ce demande|ticket|incident', 'my|the|this .. ticket|request|call', '(laisse* tomber|oubliez) pour', 'on en a trouve* un|une', 'we found one|another', 'ca remarche', 'ca re marche', 'works now',
  'working now', 'working again', 'it s fine now', 'c etait le|la|un|une',
  // "non c bon annule, ma collègue a trouvé": the answer came from elsewhere.
  '(ma|mon|une|un) collegue* (a|m a) trouve*', 'j ai trouve*', 'on a trouve*', 'my colleague|we|i found',
  // "laisse tomber, c'est réglé, le collègue a redémarré le PC".
  'c est regle*', '(le|la|mon|ma|un|une) collegue* (a|m a) (redemarre*|relance*|rebranche*|regle*|repare*|debloque*)',
]);
/** "We had to cancel 6 patients this morning", "on a dû annuler les consultations": care called off, a consequence told. */
const CARE_CALLED_OFF = compilePhrases([
  '(cancel|cancelled|canceled|cancelling|canceling) .. (patient|patients|appointment*|exam|exams|scan|scans|list|lists|session*|procedure*|operation*|clinic*)',
  'annul* .. (patient|patients|patiente*|rdv|consultation*|examen*|intervention*|operation*|seance*|chimio*|dialyse*|vacation*|programme)',
]);
const TICKET_WORDS = compilePhrases(['ticket*', 'demande*', 'request*', 'incident*']);
/** Words that withdraw a request or name the ticket to close. */
const WITHDRAWING = compilePhrases([
  'annul*', 'laisse* tomber', 'cancel*', 'stop', 'oubli*', 'ferme*', 'close*', 'ticket*', 'demande*', 'request*', 'plus besoin', 'no longer needed',
]);
/** A message that opens with thanks: a long "merci pour l'intervention" is still thanks. */
const THANKS_OPENING = compilePhrases([
  'merci a|pour|beaucoup|encore|bien', 'thank you for|so|very', 'thanks for|so', 'thanks a lot', 'un grand merci', 'big thanks',
  // "Hi, just wanted to say thanks to whoever fixed the printers", "je voulais vous remercier pour…".
  '(wanted|want) to say thanks|thank', 'thanks to whoever|everyone|the', 'voulais|voulions (vous|te)? (remercier|dire merci)',
]);
/** Thanks first: "merci …", "thanks a lot, …", "un grand merci". */
const THANKS_FIRST = /^ (merci|mersi|thanks|thank you|thx|un grand merci|big thanks|many thanks) /;

function opensWithThanks(text: Prepared): boolean {
  return THANKS_FIRST.test(text.joined) || matchesAny(text, THANKS_OPENING);
}

/** How to use the bot itself, in a longer sentence: "je sais pas comment marche ce chat, je tape quoi ?" */
const HELP_WITH_THE_BOT = compilePhrases([
  'ce chat|bot|robot|assistant', 'this chat|bot|assistant', 'je tape quoi', 'je dois taper quoi', 'what do i type|write', 'what should i type',
  // "hi, what can you do? I'm new here", "tu sers à quoi ?".
  'what can you do', 'what do you do', 'what are you for', 'qu est ce que je peux te|vous demander', 'what can i ask (you)?', '(tu sers|vous servez) a quoi', '(tu peux|vous pouvez) faire quoi', '(que|qu est ce que) (tu peux|vous pouvez|tu sais|vous savez) faire',
]);
/** "je peux signaler une panne ici ?", "can I report a problem here?". */
const ASKS_WHERE_TO_REPORT = compilePhrases(['(je peux|on peut|peut on|puis je|est ce que je peux) signaler', 'signaler une|un panne|probleme|souci|incident ici', '(can|could) i report', 'report .. here']);
/** Planned work asked about: a future outage, a maintenance window. */
const PLANNED_WORK = compilePhrases([
  'sera|seront coupe*|indisponible*|arrete*|interrompu*', 'sera t (il|elle) coupe*|indisponible*', 'will .. be down|unavailable|offline',
  'maintenance prevue|programmee', 'planned maintenance|downtime', 'coupure prevue|programmee',
  // "est-ce que l'armoire va encore être coupée demain pour la mise à jour ?".
  '(va|vont) (encore )?etre (coupe*|arrete*|indisponible*|interrompu*|eteint*)', 'will (it|they|we) (still )?be (down|cut|off|unavailable)',
]);
/** A question about what happens during planned work: "pendant la coupure du DPI cette nuit, le labo marche toujours ?". */
const DURING_PLANNED_WORK = compilePhrases([
  '(pendant|durant|during) (la|le|l|the) (coupure|arret|maintenance|downtime|bascule|migration|outage|shutdown)',
  '(la|le|l|the) (coupure|arret|maintenance|downtime|shutdown) .. .. (de quelle heure|a quelle heure|c est quand|jusqu a quelle heure|what time|when)',
]);
/** Something changed and broke since: "depuis l'installation des nouvelles bases, ... n'arrivent plus". */
const SINCE_A_CHANGE = compilePhrases([
  'depuis|apres (l|la|le|les|leur|cette|une) .. (installation|mise a jour|maj|migration|bascule)', '(since|after) (the|their|an|this) .. (installation|install|update|upgrade|migration)',
  // "logs me out… since the badge system was installed this morning".
  '(since|after) the .. .. (was|were|got) (installed|updated|upgraded)', 'depuis que .. .. (a ete|ont ete|est|sont) (installe*|mis en place|mise en place)',
]);
/** Asking whether something is allowed. */
const PERMISSION = compilePhrases([
  '(a t on|avons nous|ai je|a t il|est ce qu on a|est ce que j ai|est ce qu il a|on a) le droit', 'est il autorise*', 'est ce autorise*',
  'est ce permis', 'c est autorise*|permis', 'is that allowed|ok', '(am i|are we|is it) allowed|permitted', 'allowed to install|use|plug',
  // "Est-ce que je peux installer le VPN sur mon PC perso ?": whether one may, on one's own machine.
  '(est ce que je|est ce qu on|puis je|je peux|on peut|can i|could i) (installer|install|mettre|put) .. .. (perso|personnel|prive|personal|own|home)',
  // "on peut avoir Teams sur son téléphone perso ?".
  '(est ce que je|est ce qu on|puis je|je peux|on peut|peut on|can i|could i|can we) (avoir|get|have|utiliser|use) .. .. (perso|personnel|personnelle|prive|privee|personal|own)',
]);

/** "comment je suis censée écrire quoi que ce soit", "how am I supposed to work": a complaint, not a how-to. */
const RHETORICAL_HOW = compilePhrases(['comment (je suis|on est|suis je|est on|tu veux|vous voulez) (cense|censee|censes|censees|que)', 'how (am i|are we|is she|is he) supposed to', 'how do you expect']);

/** How-to, what-is and where-is questions: knowledge, not a breakdown. */
const HOW_TO = compilePhrases([
  'comment', 'how', 'ou trouver', 'c ou qu on trouve', 'ou qu on trouve', 'ou est ce qu on trouve', 'ou je trouve', 'ou trouve t on', 'ou se trouve', 'ou est ce que je|on', 'c est quoi',
  'qu est ce que c est', 'c quoi', 'what is|are', 'what s the procedure', 'quel|quelle|quels|quelles est|sont', 'quelle procedure',
  'existe t il', 'is there a|an', '(de|a|jusqu a) quelle heure', 'what time', 'where can|do|is', 'tuto*', 'explique* moi', 'a quoi sert', 'marche a suivre',
  'est ce qu il y a', 'est ce qu il existe', 'la procedure pour|de|d', 'the procedure for|to', 'juste savoir', 'just want to know', 'y a t il', 'il y a|aura une|un|des formation*|doc|documentation|tuto*|fiche*|guide*', 'y aura t il', 'une fiche|procedure|doc pour|sur', 'un tuto|guide pour|sur', 'is there any'
]);
/**
 * A how-to asked first, the fault after it only the reason for asking: "comment on fait pour zoomer dans le viewer
 * PACS ? la molette fait défiler les coupes", "Comment je fais pour imprimer des étiquettes depuis le DPI ? je suis intérim".
 */
const OPENS_WITH_HOW_TO = /^ (?:(?:bonjour|salut|hello|hi|hey) )?(?:(?:quick|petite|small|une) (?:q|question) |question )?(?:comment (?:on|je|faire|fait on|dois je|puis je|peut on|est ce qu on|est ce que je)|how (?:do|can|should) (?:i|we)) /;

function opensWithHowTo(text: Prepared): boolean {
  const firstQuestion = text.raw.indexOf('?');
  return firstQuestion > 0 && OPENS_WITH_HOW_TO.test(text.joined);
}
/** "sait pas acquitter les appels… c'est quoi la manip ?": the know-how is missing, not the device. */
const KNOW_HOW_MISSING = compilePhrases([
  '(sait|savent|sais|savons) pas (acquitter|utiliser|se servir|regler|configurer|parametrer)', '(sait|savent|sais|savons) pas comment (faire|utiliser|acquitter|on|regler|configurer)', 'c est quoi la manip*', 'quelle est la manip*', 'la manip pour',
]);
/** "What do I do if the DPI goes down?" asks for a procedure, not a repair. */
const HYPOTHETICAL = compilePhrases([
  'si', 'if', 'en cas de|d', 'in case', 's il', 's ils', 'for when',
  // "c quoi la procédure pour imprimer ailleurs quand celle du service est en panne ?": whenever it happens.
  'quand (celle|celui|ceux|celles|le|la|l|les|il|elle|ils|elles|ca) .. (est|sont|tombe|tombent) (en panne|hs|down|plante*)', 'when (the|it|they|ours|our) .. (is|are|goes|go) (down|broken|out of order)',
  // "mon mdp expire dans 3 jours, comment on le change ? j'ai pas envie d'être bloquée": what is coming, not what broke.
  'expire* dans|bientot', '(va|vont) expirer', 'expire*|expiring in|soon', 'will expire', 'pas envie d etre|de', 'don t want to be|get',
]);
const YES_NO = compilePhrases([
  'est ce que je|j|on peut|peux|pourrais|ai', 'est ce qu on peut', 'puis je', 'peut on', 'can i|we', 'is it possible', 'est il possible', 'ai je le droit',
  'am i allowed', 'est ce possible', 'est ce qu il est possible',
]);
/** Words that make a question an IT question (otherwise the bot has nothing to answer). */
const IT_TOPIC = compilePhrases([
  'informatique', 'hotline', 'procedure*', 'mode degrade', 'formulaire', 'fiche', 'acces', 'compte*', 'renvoi*', 'transferer',
  'transfert', 'agenda', 'calendrier', 'calendar', 'downtime', 'account*', 'forward*', 'teletravail', 'droit*', 'phishing',
  'support', 'dsi', 'info', 'astreinte', 'numero', 'cle usb', 'usb', 'out of office', 'absence', 'capture d ecran', 'screenshot', 'it support|department|helpdesk', 'ticket', 'mot de passe', 'password', 'access', 'install*', 'configur*', 'parametr*', 'signature',
  'sauvegard*', 'backup', 'partager', 'share', 'wifi', 'imprim*', 'print*', 'liste de diffusion', 'mailing list', 'mail',
  'mails', 'email*', 'logiciel*', 'application*', 'droit*', 'charte informatique', 'it charter', 'it policy',
]);

/** New accounts, rights, installations, restores, equipment: a request even when something else is wrong. */
const REQUEST_CORE = compilePhrases([
  // "demande de 2 douchettes en plus pour les chariots", "habilitation au module presc pour 12 IDE de nuit".
  'demande de # .. en plus', 'demande de # .. supplementaire*', 'habilitation* (au|a|pour|aux) ',
  // "on voudrait un message d'absence sur la boîte générique", "faudrait renvoyer nos lignes sur le standard ces jours-là",
  // "il faudrait un 2e écran pour la secrétaire", "can we get a temporary phone line".
  'message* d absence', 'out of office (message|reply)', '(faudrait|faut|voudrait|voudrions|pourriez vous|pouvez vous) renvoyer (nos|les|la|notre) (lignes|ligne|appels)',
  '(il )?(nous |me |lui |leur )?faudrait (un|une) (2e|deuxieme|second|seconde|autre|nouvel|nouveau|nouvelle) (ecran|poste|pc|telephone|dect|clavier|souris|imprimante|ligne)',
  '(get|need|have) a (temporary|temp|new|second|2nd|spare) (phone line|line|phone|screen|monitor|account|laptop)',
  // "On voudrait une formation sur le nouveau système d'appel malade pour l'équipe de nuit": training asked for.
  '(voudrait|voudrions|voudrais|aimerait|aimerions|aimerais|souhaite|souhaitons|souhaiterait|souhaiterions|demande|demandons|besoin d) (une|des|d une) (formation|formations|session de formation)',
  '(organiser|planifier|prevoir) (une|des) (formation|formations)', '(need|needs|want|would like|request|requesting|book|organise|organize) (a |some )?(training|training session) (on|for|about)',
  'besoin .. compte*|acces|droits|droit|badge*|habilitation*', 'faudrait|faut .. compte*|acces|droits|habilitation*', 'faudra .. compte*|acces|droits|habilitation*|session*|badge*',
  // Set up before someone arrives: "Pour l'interne qui arrive lundi : session Windows + DPI en lecture svp", "on accueille 3
  // nouveaux techniciens le 2 mars"; not "l'interne qui est arrivé lundi a son compte bloqué" nor "la seule technicienne qui
  // arrive encore à se connecter".
  '(interne|internes|externe|externes|stagiaire*|etudiant*|remplacant*|remplacante*|interimaire*|ide|as|medecin*|technicien*|technicienne*|secretaire*|collegue*|agent*|cadre*|pharmacien*|manip*|kine*|sage femme*) .. (qui|qu) (nous )?(arrive|arrivent|commence|commencent|debute|debutent|demarre|demarrent|arrivera|arriveront|commencera|commenceront) (lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|le|la|ce|cette|en|au|aux|dans|chez|bientot|prochainement|#)',
  '(on|nous) (accueille|accueillons|accueillera|accueillerons|va accueillir|allons accueillir) .. (nouveau*|nouvel*|nouvelle*|stagiaire*|interne*|internes|externe*|etudiant*|remplacant*|interimaire*)',
  '(intern|interns|locum|locums|student|students|starter|starters|nurse|nurses|doctor|doctors|technician|technicians|secretary) (who|that) (starts|start|arrives|arrive|joins|join|is starting|are starting|is arriving|are arriving|will start|will arrive) (monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|next|on|in|this|today|tonight)',
  // "On voudrait que les alarmes soient aussi renvoyées sur le DECT du cadre, c'est faisable ?": whether a set-up can be done.
  '(c est|ce serait|ca serait|est ce|serait ce) (faisable|realisable)', '(would|could) (it|that) be (possible|doable|feasible) to (have|get|set up|add|forward|route|send)',
  '(est ce que )?(c est|ce serait|ca serait|serait il|est il) possible (que|d|de) .. .. (aussi|egalement|en plus)',
  '(voudrait|voudrions|voudrais|aimerait|aimerions|aimerais|souhaite|souhaitons|souhaiterait|souhaiterions) que .. .. (soit|soient|puisse|puissent|arrive|arrivent) (aussi|egalement) (renvoye*|transfere*|envoye*|redirige*|affiche*|recu*)',
  'toujours pas de compte*|acces|droits|badge*', 'pas encore de compte*|acces|droits|badge*', 'n a pas de compte*', '(il|elle|ils|elles|on|j) (a|ont|ai) (pas|toujours pas|pas encore) de compte*', '(on|je|nous) (peut|peux|pourrait|pourrais|pouvons|pourrions) avoir (un|une|des|deux|trois|#) .. (en plus|supplementaire*)', 'n ai pas de compte*', '(n a|n ont|n avons) aucun compte*', 'has no account on|for', 'no account|login yet', 'not have|got an account yet', 'not have|got a login yet',
  'supprime* par erreur', 'efface* par erreur', 'deleted by mistake', 'accidentally deleted', 'restore*',
  // "I saved over the December rota by mistake… get back the version from friday?".
  'saved over', 'overwrote', 'overwritten', 'get back .. version|file|folder|document', 'previous|older|old version', 'ancienne version', 'version precedente', 'ecrase* par erreur',
  'login*|account*|access .. set up|created', 'set up .. login*|account*', 'get a|an .. set up', 'got|have no .. login*|account*', 'demande* d|de|des .. badge*|compte*|acces|droit*|habilitation*|deplacement*', '# comptes', 'un|des|deux|trois|quatre|cinq|# compte|comptes pour', 'account|accounts for', 'need|needs .. account*',
  'installer', 'installation*', 'install', 'installed', 'installing', 'reinstaller', 'installez',
  // "j'aurais besoin qu'on installe le module de formation sur mon poste", "que vous m'installiez Acrobat".
  // "il me faudrait R et RStudio installés sur mon portable".
  'faudrait|faut|besoin|voudrais|aimerais|souhaiterais .. installe|installes|installee|installees',
  // "il me faudrait la dictée numérique VoxMed installée sur mon poste".
  'faudrait|faut|besoin .. .. installe|installes|installee|installees',
  'qu on installe', 'qu on m|me|nous|lui|leur installe', 'que vous installiez', 'que vous m|me|nous|lui|leur installiez', 'creer|creation|cree|creez .. compte*', 'compte* .. a creer',
  // "nouvel automate de coag livré au labo, il faut le connecter au SIL… mise en service prévue dans 2 semaines": new
  // equipment to connect, a set-up asked for.
  'mise en service (prevue|programmee|planifiee)', '(go live|commissioning) (is )?(planned|scheduled)',
  'faut (le|la|les) (connecter|raccorder|interfacer|parametrer|configurer) (au|a la|a l|aux|sur|avec)',
  // "création d'une boîte MSSanté… urgent car l'ancienne boîte ferme vendredi": a new mailbox, whatever else is said.
  '(creer|creation|cree|creez) .. (adresse*|boite*|liste*|groupe*|dossier partage)',
  'nouveau|nouvel|nouvelle|nouveaux|nouvelles .. compte*|acces|arrivant*|arrivee*|interne*|externe*',
  // A newcomer named right after "nouveau": not "les nouvelles prescriptions du médecin".
  '(nouveau|nouvel|nouvelle|nouveaux|nouvelles|# nouveaux|# nouvelles) (ide|medecin*|agent*|collegue*|assistante*|assistant*|secretaire*|infirmier*|infirmiere*|cadre*|kine*|manip*|aide*|as)',
  // "Demande d'un nouveau portable pour la cadre", "Badge pour un nouvel agent qui commence ce soir".
  '(demande|demandons) (d un|d une|de|d) (nouveau|nouvel|nouvelle|deuxieme|second|seconde|autre)? (portable|ordinateur|ordi|pc|poste|ecran|telephone|dect|laptop|badge|clavier|souris|imprimante|tablette|webcam|casque)',
  'badge* pour (un|une|le|la|les|notre|nos|mon|ma|#) (nouvel|nouveau|nouvelle|nouveaux|nouvelles|remplacant*|interimaire*|stagiaire*)', 'badge* for (a|the|our|my) (new|temp|temporary|agency)',
  // "faut ajouter les 4 nouvelles assistantes sociales à la boîte partagée du service social et au dossier S:".
  '(ajouter|rajouter|ajoutez|rajoutez|add) .. .. (a|au|aux|dans|to) (la|le|l|les|the|our)? (boite*|liste*|groupe*|repertoire*|mailbox|group|list)',
  'ouvrir|ouverture .. droit*|compte*', 'droit|droits d acces', 'droit* de? prescription', 'donner|attribuer|ajouter|activer .. droit*',
  // Not "le logiciel de restauration", the kitchens' catering software.
  'restaure*', 'restoration', 'restauration|restaurations (de|du|des|d) .. (fichier*|dossier*|donnee*|mail*|mails|version*|sauvegarde*|document*|boite*|planning*|tableau*|session*)', 'recuperer .. version|fichier*|dossier*|mail*|document*', 'fichier*|dossier*|document*|mail*|supprime* .. recuperer', 'le|la|les restaurer',
  // "j'ai supprimé mon fichier par erreur", not "un agent supprimé de l'annuaire par erreur" nor a pump to pick up.
  'fichier*|dossier*|document*|mail*|mails|tableau*|classeur* par erreur', 'supprime*|efface*|ecrase* .. fichier*|dossier*|document*|mail|mails|tableau*|classeur*',
  'demande d|de installation|ouverture|creation|acces|droits|materiel|demenagement|pret|ajout|compte',
  'create .. account*', 'new account|user|intern|starter|joiner',
  // "Pouvez-vous ajouter le nouveau bâtiment aux droits badge des brancardiers ?", "Need Teams and a mailbox for the new manager".
  'ajouter .. .. aux droits|acces', '(give|grant) (me|us|him|her|them) .. access',
  // "can you give her the ICU nurse profile in the DPI?", "pouvez-vous lui donner le profil IDE ?".
  '(give|grant|assign) (me|us|him|her|them) .. (profile|rights|role)', '(donner|attribuer|mettre|ouvrir) (lui|leur|me|nous) .. (profil|droits|habilitation*)', 'for the|our new .. (starting|starts|arriving|joining|who starts)', 'need .. mailbox .. for',
  'new .. account', 'restore', 'recover', 'add .. to my|his|her profile', 'ajouter|rajouter .. a|dans mon|son profil', 'request for|a', 'set up a|an|new',
  // "faudrait corriger mon numéro de portable dans l'annuaire", "could you fix my mobile number in the directory".
  '(corriger|modifier|changer|mettre a jour|rectifier) .. numero|telephone|portable|nom|adresse|fonction|bureau .. .. annuaire', 'annuaire .. pas a jour|plus a jour|faux|fausse|errone*',
  'fix|update|change|correct .. number|phone|mobile|name|title|office .. directory', 'directory .. wrong|outdated|out of date',
  // "je n'ai ni compte Windows ni badge… je commence aujourd'hui", "2 AS sans compte windows ni DPI", "ask here for my login and my badge".
  'ni compte*|badge', 'sans (aucun )?compte*', 'ask* .. for (my|a|her|his|their) login*|badge*|account*', 'new badge* (needed|required|for)', 'droit* a (ajouter|ouvrir|donner|creer)',
  // "est ce que je pourrais avoir un logiciel pour fusionner des pdf ?", "faudrait que j'aie un accès PACS en consultation".
  '(pourrais|pourrait|pourrions|pourriez|peux|peut|puis) (je|j|on|nous)? avoir (un|une|le|la|des|l) (logiciel|appli|application|outil|licence|acces|compte|ecran|pc|poste|dect|telephone|badge|webcam|casque|clavier|souris|imprimante|tablette|douchette|portable|ordinateur|laptop)',
  '(could|can|may) (i|we) (get|have) (a|an|the) (software|program|tool|licence|license|app|access|account)',
  '(faudrait|faut|voudrais|aimerais) que (j|je|il|elle|on|nous) (aie|ait|ai|ayons|obtienne|puisse avoir) (un|une|des|les|l)? (acces|compte*|droits|badge*|habilitation*|profil)',
  // "Can you add the ER unit to my DPI rights?", "ajoutez les urgences à mes droits DPI".
  '(add|adding) .. .. to (my|his|her|their) .. (rights|access|profile|permissions)', '(ajouter|ajoutez|rajouter|rajoutez) .. .. a|dans (mes|ses|son|mon|leurs) .. (droits|acces|profil|habilitations)',
  // "Need a second label printer in ED triage".
  '(need|needs|needed) (a|an|one|two|three|#)? (second|2nd|extra|additional|another|more)',
  // "la pharmacie souhaite un deuxième poste informatique en salle de rétrocession".
  '(souhaite|souhaitons|souhaiterait|souhaiterions|voudrait|voudrions|aimerait|aimerions) (un|une) (deuxieme|second|seconde|2e|autre|nouveau|nouvel|nouvelle) (poste|pc|ordinateur|ecran|imprimante|telephone|dect|tablette)',
  // "we opened 4 extra beds and need a label printer set up there", "New DECT needed for the night pharmacist".
  '(need|needs|needed) (a|an|one|two|three|#) .. (set up|installed|configured)', 'new (dect|phone|pager|bleep|handset|laptop|screen|monitor|keyboard|mouse|tablet|headset) (needed|required)',
  'ecran supplementaire', 'imprimante supplementaire',
  // "Need access to the microbiology module for our new tech, she started today", "need a DICOM viewer on my office mac".
  '(need|needs) access to .. .. .. (for|pour) (our|my|the|a|notre|mon|ma|le|la) (new|nouvel|nouveau|nouvelle)', '(need|needs|would like) (a|an) .. (viewer|software|program|app|application|tool|licence|license) (on|for) (my|our|the|her|his)',
  // "l'interne de garde a que les droits lecture dans le DPI, il faut lui ajouter la prescription": rights to widen.
  '(a|ai|ont|avons|has|have) (que|seulement|only) (les |des )?(droits?|acces|access|rights) (en |de )?(lecture|read)',
  // A leaver's account closed: "merci de désactiver son compte à cette date", "please disable her account on Friday".
  '(desactiver|desactivez|supprimer|supprimez|cloturer|cloturez|fermer|fermez) .. (compte|comptes|acces|badge|badges)', '(deactivate|disable|close|delete|remove) .. (account|accounts|access|badge|badges)',
  // Supplies ordered: "pourriez-vous nous commander du toner ?", "can you order a cartridge".
  '(commander|commandez|envoyer|envoyez|order|send) .. (toner|toners|cartouche|cartouches|cartridge|cartridges|consommable*)',
  // "il nous faudrait une imprimante à bracelets de prêt", "Vous en avez un de rechange ?", "Il faut 2 PC et une imprimante installés".
  '(faudrait|faut|besoin d|voudrais|aimerais|voudrions) (un|une) .. .. (de pret|en pret)', '(vous en avez|avez vous|vous avez) (un|une) (de rechange|de pret|en stock)',
  'il (nous|me|leur|lui)? faut (#|deux|trois|quatre|cinq) (pc|postes|ordinateurs|ordis|imprimantes|ecrans|dect|telephones|chariots)', 'requesting', 'pc|poste|ordinateur|ecran supplementaire', 'les droits d acces',
  'acces au|a la|aux .. pour le|la|un|une nouveau|nouvel|nouvelle|remplacant*|interimaire*', 'needs .. access', 'access .. asap',
  // "Please add the new pharmacy technician (Julie M.) to the ADC user group", "add the 4 new NICU nurses to the Teams channel".
  '(add|adding) .. .. .. to the|our .. (group|groups|channel|channels|team|list|mailbox)',
  // "New locum registrar starting Wednesday… Needs Windows, DPI, PACS and email", "New locum geriatrician starts tomorrow 8am".
  'new (locum|agency|interim|temp|temporary) .. (starting|starts|start|arriving|arrives|joining|joins)', 'new (registrar|geriatrician|consultant|resident|physician|midwife|technician|tech|secretary|starter) .. (starting|starts|arriving|arrives|joining|joins)',
  // "Les 3 IDE intérimaires n'ont pas de compte sur le DPI… il faut les créer avant svp".
  'n ont pas de compte*', 'il faut (les|le|la|leur|lui) creer', '(faut|faudrait) (les|le|la) creer',
  // "Please extend the account of agency nurse Kelly Brown", "prolonger le compte de l'interne".
  '(extend|extending|prolonger|prolongez|prolongation) .. (account|accounts|compte|comptes|access|acces|badge|badges)',
  // "Please deploy the new version of the meal ordering client on all the ward pantry PCs".
  '(deploy|deploying|deployer|deployez|deploiement) .. .. (version|client|logiciel|software|application|appli|update|mise a jour)',
  // "ajouter l'imprimante IMP-LAB-0021 sur le poste PC-LAB-0077 svp".
  '(ajouter|rajouter|ajoutez|rajoutez|add) (l|une|la|the|a) (imprimante|printer) .. .. (sur|on|to) (le|mon|son|ce|the|my|her|his) (poste|pc|ordinateur|computer)',
  'possible d|de avoir|obtenir|commander',
  'dect|ecran|pc|poste|telephone|imprimante|clavier|souris|badge supplementaire*', 'ecran|pc|poste|moniteur plus grand',
  'could|can we|i get|have a|an another|new|second|bigger|larger', 'bigger|larger screen|monitor',
  'get|have|give|grant .. read|write access', 'can|could i|we get .. access|account|badge|login|vpn', 'get|have a|an .. temporary|new badge*|account*|login*', 'temporary badge*|access|account*|login*', '(voudrait|voudraient|souhaite|souhaiterait|souhaiteraient) que .. (aient|ait) (les|des|un|une) (droits|acces|compte*|badge*)', 'get|have|give|grant .. read only access', 'read|write access to', 'acces en lecture|ecriture',
]);
/**
 * Softer request wording: a request only when nothing is reported broken. New equipment is asked for,
 * or it is new and already failing ("la nouvelle imprimante imprime tout en noir et blanc"); rights held
 * are asked for, or lost ("je n'ai plus mes droits sur le dossier partagé").
 */
const REQUEST_SOFT = compilePhrases([
  'nouveau|nouvel|nouvelle|nouveaux|nouvelles .. poste*|pc|ecran*|telephone*|dect|materiel|imprimante*|badge*|clavier|souris',
  'new .. phone|laptop|screen|monitor|dect|badge', 'demande de (nouveau|nouvel|nouvelle|un|une) (portable|ordinateur|ordi|pc|poste|ecran|telephone|dect|laptop)', 'avoir les droits', 'droits sur le|la|les', 'les droits sur|pour',
  'need|needs|needed .. access|rights|permissions|badge|login', 'request* .. access|rights|badge|account*|permissions',
  'avoir acces', 'acces a|au|aux', 'ajouter|rajouter .. dans|a|au|sur', 'liste* de diffusion', 'mailing list', 'distribution list',
  'add me|him|her|them|us .. to', 'demenag*', 'compte* .. pour', 'acces* .. pour', 'account* .. for', 'access for', 'ouvrir|ouverture .. acces', 'give|grant .. access', 'access to the|my|our', 'ajout d',
  'adresse* mail* generique*|partagee*|fonctionnelle*', 'boite* mail* generique*|partagee*|fonctionnelle*', 'boite* generique*|partagee*|fonctionnelle*', 'shared|generic mailbox',
  'deuxieme|second|troisieme|2e|2eme dect|ecran|pc|poste|telephone|imprimante|clavier|souris|badge|bip',
  'mise a disposition', 'pret d|de', 'second|2nd|extra monitor|screen', 'deuxieme|second|autre ecran', 'commander', 'commande de', 'deplacer .. poste*|pc|imprimante*', 'donner|attribuer .. acces',
]);
const REQUEST_WEAK = compilePhrases([
  'je voudrais', 'je souhaite*', 'il me faut', 'il lui faut', 'il leur faut', 'i d like', 'we would need', 'on aurait besoin', 'j aimerais', 'je veux', 'besoin d|de', 'il me faudrait', 'il nous faudrait', 'il faudrait',
  'pourriez vous', 'pouvez vous', 'pourrais tu', 'peux tu', 'merci de', 'est ce qu on peut', 'possible de', 'could you',
  'can you', 'i need', 'we need', 'i would like', 'i d like', 'request', 'please',
]);
/** An installation asked for in so many words, first. */
const INSTALL_ASKED = compilePhrases([
  '(pouvez|pourriez|pourrais|peux|pouvais|pourrait) (vous|tu|on)? (m|me|nous|lui|leur)? installer', 'merci d installer', '(could|can|would) you (please )?install',
  // "Suite au phishing on m'a réinitialisé mon compte mais j'ai perdu tous mes mails d'hier, vous pouvez les restaurer ?".
  '(pouvez|pourriez|pourrais|peux) (vous|tu)? (les|le|la|l|me|m|nous)? (restaurer|recuperer)', '(vous pouvez|tu peux) (les|le|la|l|me|m|nous)? (restaurer|recuperer)', '(could|can|would) you (please )?(restore|recover|get back)',
  // "Le chef de réa demande qu'on ajoute un lecteur de carte CPS sur le poste du box 5".
  '(demande|demandent|voudrait|voudraient|souhaite|souhaitent|souhaiterait) (qu on|que vous|que l on) (ajoute|ajoutiez|installe|installiez|mette|mettiez|rajoute|rajoutiez|fournisse|fournissiez|commande|commandiez)',
]);
/** "depuis l'install du nouvel appel malade, nos appels arrivent chez eux": something installed changed the work, an incident. */
const SINCE_INSTALLED = compilePhrases([
  'depuis (l|la|le|leur|cette|son) (install|installation|mise en place) (du|de la|des|de l|de|d)',
  // "All the new CTG monitors show the time 1h behind since install", "depuis leur installation".
  'since (the |their |its )?(install|installation|set up|setup)', 'depuis (l|la|leur|son) (install|installation|mise en place)',
]);
/** "Merci d'ajouter…", "merci de créer…": thanks that ask. */
const ASKS_WITH_THANKS = /^ merci (de|d) /;
/**
 * A credential that stopped working is an incident, whatever new thing is around it: "jai tapé 3 fois mon mdp sur le
 * nouvel ecran windows et maintenant compte verouillé".
 */
const CREDENTIAL_FAULT = compilePhrases([
  '(mon|son|le|leur|ma|my|his|her|the|their)? (compte|session|account) (est |a ete |is |got |has been )?(bloque|bloquee|verrouille|verrouillee|locked)',
  'locked out', '(mdp|mot de passe|password) (a )?(expire|expired)',
]);
/** A request verb that failed is an incident: "impossible d'installer l'imprimante". */
const FAILED_REQUEST = compilePhrases([
  'impossible d|de installer|restaurer|recuperer|creer|ouvrir|ajouter', 'n arrive* pas|plus a ouvrir|ajouter', 'arrive* pas|plus a installer|restaurer|recuperer', 'arrive* pas|plus a le|la|les recuperer', 'can not|unable|failed to install|restore',
  'installation .. echoue*|plante*|bloque*|erreur*', 'installation failed', 'n arrive* (pas|plus) a installer',
]);

/**
 * Something wanted that the unit does not have yet: "on aura besoin d'un chariot en plus… comment je dois faire ?"
 * asks how to get it, which is a request, not a how-to question.
 */
const NEED_SOMETHING = compilePhrases([
  '(on|nous|j|je) (aura|aurait|aurons|aurions|ai|a|avons|aurai) besoin d|de (un|une|des|deux|trois|quatre|#)', 'il (nous|me|lui|leur) faudrait (un|une|des|deux|trois|#)',
  // "une nouvelle gestionnaire arrive lundi, il lui faut un compte windows… Comment je fais ?": asked for, with how.
  'il (nous|me|lui|leur) faut (un|une|des|deux|trois|#|l|le|la|les) .. compte*|acces|boite*|badge*|droit*|habilitation*|poste*|pc|messagerie',
  '(un|une|des|deux|trois|#) .. (en plus|supplementaire*)', 'petite demande', 'demande de materiel',
  // "DRH: 25 comptes a creer pour des interimaires… je vous l'envoie comment ?": asked for, with how.
  '# comptes', 'compte* a creer|ouvrir',
  'we|i (will|would)? need (a|an|another|two|three|#) (new|extra|more|additional)?', '(an|one|two|three|#) (extra|more|additional)',
  // "We have a new nurse joining… She needs a windows login, email and access to Cristal-Net. How do I request that?"
  '(she|he|they) (needs|need|will need|ll need|would need) (a|an|access|her|his|their|#)', 'how (do|can|should) (i|we) (request|order|ask for)',
]);
/** Rights never given, asked for: "my account has no rights, could someone give me access?". */
const NO_RIGHTS_YET = compilePhrases([
  'has|have no rights', 'has|have no access rights', 'no rights on|to|for', 'pas les|de droits', 'aucun droit*', 'not authori*ed yet', 'never had|got access',
  // "I think my rights were never set up for this unit", "mes droits ont jamais été créés".
  'rights|access|profile|account .. never (been )?(set up|created|opened|given)', 'droits|acces|profil .. (jamais|pas encore) (ete )?(cree*|ouvert*|parametre*|donne*|active*)',
]);

/** Rights that were never given are asked for, whatever error message shows it. */
const NEVER_SET_UP = compilePhrases(['never (been )?(set up|created|opened|given)', '(jamais|pas encore) (ete )?(cree*|ouvert*|parametre*|donne*|active*)']);

const PROBLEM_FREE_LENGTH = 8;
/** A call back asked, beside the problem told: "rappelez moi au 4455", "call me on 4410". */
const CALL_BACK = compilePhrases(['rappelez|rappeler|rappelle|appelez moi', 'call|ring me', 'me rappeler|appeler']);
/** Words enough to tell a problem in full, beside asking for a person. */
const TOLD_IN_FULL = 18;

/**
 * "est ce normal que le DPI me demande de remettre ma CPS toutes les 4h ?", "is it normal that PACS asks for my password
 * again every time I switch patient?": whether a behaviour is intended, asked first.
 */
const ASKS_IF_NORMAL = /^ (?:(?:bonjour|bonsoir|salut|hello|hi|hey) )?(?:est ce normal qu?e?|est ce que c est normal qu?e?|c est normal qu?e?|is it normal (?:that|for)|is this normal) /;
/** "…alors que je l'ai changé en janvier": a surprise told, not a fault. */
const SURPRISE = /^alors$/;
/** Work stopped, said beside the question: "je peux rien modifier", "read only", "I can't save". */
const STOPPED_BESIDE = compilePhrases(['peu* rien|pas|plus', 'pouvons rien|pas|plus', 'lecture seule', 'read only', '(can t|cannot|can not)']);

/**
 * A behaviour asked about, with nothing broken, no one stopped, no way round lived with and no risk told: "…le DPI soit en
 * lecture seule ?? je peux rien modifier, ni moi ni les autres IDE" and "…on a arrêté de scanner et on vérifie tout à la
 * main" are reports.
 */
function asksIfNormal(text: Prepared): boolean {
  if (!ASKS_IF_NORMAL.test(text.joined)) return false;
  if (positionsOf(text, PROBLEM).some((at) => !SURPRISE.test(text.tokens[at] ?? ''))) return false;
  return !patientsWaitOnIt(text) && !matchesAny(text, PATIENT_SAFETY_RISK) && !statesWorkaround(text) && !statesNobodyCan(text)
    && !matchesAny(text, STOPPED_BESIDE) && !matchesAny(text, SECURITY_EVENTS);
}

/** A fault named: not "l'imprimante par défaut", the default printer. */
function namesAFault(text: Prepared): boolean {
  return positionsOf(text, PROBLEM).some((at) => !(text.tokens[at]?.startsWith('defaut') && text.tokens[at - 1] === 'par'));
}

/** The writer asks for a person: "rappelez-moi au 4455", "can someone call me", "je veux parler à un technicien". */
export function asksForAPerson(message: string): boolean {
  return matchesAny(prepare(message), TALK_TO_HUMAN);
}

/**
 * Something happened to security. "est-ce qu'on peut m'installer Acrobat Pro ? … un site en ligne, c'est pas top
 * niveau confidentialité" asks for an installation and only worries about confidentiality.
 */
function reportsSecurityEvent(text: Prepared, problem: boolean): boolean {
  if (!matchesAny(text, SECURITY)) return false;
  const onlyConcern = !matchesAny(text, SECURITY_EVENTS);
  return !(onlyConcern && !problem && matchesAny(text, REQUEST_CORE));
}

/** The security phrases that tell of something that happened, not only of a worry. */
const SECURITY_EVENTS = SECURITY.filter((phrase) => !DATA_PROTECTION_CONCERN.includes(phrase));

export interface IntentResult {
  intent: Field<Intent>;
  /** Ticket number in canonical form when the message names one. */
  ticketRef: string | null;
}

/**
 * "y a du nouveau ?", "du nouveau pour mon imprimante ?" ask for news; "l'écran du nouveau bâtiment" names a
 * new thing: "du nouveau" asks only at the end or before what the news is about.
 */
const WHAT_IS_NEW = / du nouveau (?:$|(?:pour|sur|concernant|de|d|svp|stp|merci|dans|cote|depuis|ou|a|au|avec|chez|niveau|quant|ce|aujourd|today|la|ici)\b)/;

function asksWhatIsNew(text: Prepared): boolean {
  return WHAT_IS_NEW.test(text.joined);
}

/**
 * Intent of a message. Order: a ticket number → ticket_status; an explicit ask for a person → talk_to_human;
 * short cancel words → cancel; status words → ticket_status; how-to questions without a breakdown → question;
 * new accounts, rights, installations, restores → service_request; a breakdown or something named → incident_report;
 * short courtesy messages → thanks, help, greeting; otherwise unknown.
 *
 * @example
 * detectIntent(prepare("comment ajouter une imprimante ?")).intent.value // 'question'
 * detectIntent(prepare("l'imprimante ne marche plus")).intent.value      // 'incident_report'
 */
export function detectIntent(text: Prepared): IntentResult {
  const ticketRef = findTicketReference(text.raw) ?? null;
  const short = text.tokens.length <= PROBLEM_FREE_LENGTH;
  const cancel = matchesAny(text, CANCEL) && !matchesAny(text, WANTED_WORKING) && !matchesAny(text, NOT_WORKING_AGAIN)
    && !(matchesAny(text, CARE_CALLED_OFF) && !matchesAny(text, TICKET_WORDS));
  // "can I talk to a human please? about ticket INC-2026-000002": a person asked, about that ticket.
  if (ticketRef) return { intent: stated(cancel ? 'cancel' : matchesAny(text, TALK_TO_HUMAN) ? 'talk_to_human' : 'ticket_status'), ticketRef };
  const result = (intent: Field<Intent>): IntentResult => ({ intent, ticketRef });

  // "URGENCES : DPI planté sur tous les postes… 25 patients en attente… Rappelez moi au 4455": an incident told in full
  // with a call-back asked, read as the incident (the bot asks a technician once it is recorded).
  const toldInFull = text.tokens.length >= TOLD_IN_FULL && (matchesAny(text, PROBLEM) || patientsWaitOnIt(text)) && matchesAny(text, CALL_BACK);
  if (matchesAny(text, TALK_TO_HUMAN) && !toldInFull) return result(stated('talk_to_human'));
  if (matchesAny(text, SEND_A_TECHNICIAN) && !namesAFault(text) && !patientsWaitOnIt(text)) return result(stated('talk_to_human'));
  // "merci, ça remarche !" thanks; "annulez, ça remarche" or "ça remarche, fermez le ticket" withdraws.
  if (cancel && matchesAny(text, THANKS) && !matchesAny(text, WITHDRAWING)) return result(stated('thanks'));
  if (cancel && (short || matchesAny(text, CANCEL_OWN_TICKET))) return result(stated('cancel'));
  // "No network in building C, cardiology 3rd floor. Can't see any lab results or ECGs. Is someone on it??": a report.
  const reportAskingIfKnown = countMatches(text, STATUS) <= countMatches(text, ON_IT) && !asksWhatIsNew(text) && namesAFault(text) && text.tokens.length >= REPORT_LENGTH;
  if ((matchesAny(text, STATUS) || asksWhatIsNew(text)) && !matchesAny(text, NOT_ASKING_STATUS) && !reportAskingIfKnown) return result(inferred('ticket_status'));

  const problem = namesAFault(text) || patientsWaitOnIt(text);
  const named = mentionsCategoryWords(text);
  const itTopic = named || matchesAny(text, IT_TOPIC);
  const hypothetical = matchesAny(text, HYPOTHETICAL);
  // "je sais pas trop comment ça marche ce chat, je peux signaler une panne ici ?": how to use the bot, not a breakdown.
  if (matchesAny(text, HELP_WITH_THE_BOT) && (!problem || matchesAny(text, ASKS_WHERE_TO_REPORT))) return result(stated('help'));
  // "it says my account has no rights, could someone give me access?": rights never given, asked for.
  if (matchesAny(text, NO_RIGHTS_YET) && (matchesAny(text, REQUEST_CORE) || matchesAny(text, REQUEST_SOFT) || matchesAny(text, NEVER_SET_UP))) return result(stated('service_request'));
  // "bonjour question : comment on ajoute une imprimante sur un poste ? la nôtre est en panne (ticket fait)…": the writer
  // says it is a question; the breakdown told is the reason for asking.
  const saysQuestion = text.tokens.slice(0, 4).includes('question');
  const howFirst = opensWithHowTo(text) && !patientsWaitOnIt(text);
  if (matchesAny(text, HOW_TO) && (!problem || hypothetical || saysQuestion || howFirst || matchesAny(text, KNOW_HOW_MISSING)) && itTopic && !matchesAny(text, RHETORICAL_HOW)) {
    return result(matchesAny(text, NEED_SOMETHING) && !problem ? inferred('service_request') : inferred('question'));
  }
  if (asksIfNormal(text)) return result(inferred('question'));
  // "est-ce qu'on a le droit d'installer WhatsApp ?" asks about a rule, not for an installation.
  if (matchesAny(text, PERMISSION) && !problem) return result(inferred('question'));
  // "le DPI sera-t-il coupé cette nuit ?" asks about planned work, not a breakdown.
  if (matchesAny(text, PLANNED_WORK) && !patientsWaitOnIt(text)) return result(inferred('question'));
  if (matchesAny(text, DURING_PLANNED_WORK) && text.raw.includes('?') && !patientsWaitOnIt(text)) return result(inferred('question'));
  // "Merci pour la réinitialisation rapide de mon mdp après l'histoire du phishing, tout remarche !": thanks, whatever it was about.
  if (!problem && opensWithThanks(text) && matchesAny(text, THANKS) && !ASKS_WITH_THANKS.test(text.joined) && !matchesAny(text, REQUEST_CORE) && !matchesAny(text, REQUEST_WEAK)) return result(stated('thanks'));
  // "Pouvez vous installer Adobe Reader…, elle n'arrive pas à ouvrir les courriers pdf": the installation asked is the request.
  if (matchesAny(text, INSTALL_ASKED)) return result(stated('service_request'));
  if (matchesAny(text, SINCE_INSTALLED)) return result(inferred('incident_report'));
  if (matchesAny(text, FAILED_REQUEST) || reportsSecurityEvent(text, problem)) return result(inferred('incident_report'));
  if (problem && matchesAny(text, SINCE_A_CHANGE)) return result(inferred('incident_report'));
  if (matchesAny(text, CREDENTIAL_FAULT) && !matchesAny(text, NO_RIGHTS_YET)) return result(inferred('incident_report'));
  if (matchesAny(text, REQUEST_CORE)) return result(stated('service_request'));
  if (matchesAny(text, REQUEST_SOFT) && !problem) return result(stated('service_request'));
  if (matchesAny(text, YES_NO) && !problem && itTopic) return result(inferred('question'));
  if (matchesAny(text, REQUEST_WEAK) && !problem && itTopic) return result(inferred('service_request'));
  // "Thanks a lot, all the monitors in the overflow unit are working now", "Merci Kevin, super réactif": thanks for a
  // repair, naming what was repaired.
  if (!problem && opensWithThanks(text)) return result(stated('thanks'));
  if (problem || named) return result(inferred('incident_report'));

  if ((short || matchesAny(text, THANKS_OPENING)) && matchesAny(text, THANKS)) return result(stated('thanks'));
  // "bon ok. bonne journee", "ok bye": a goodbye closes the conversation; it is not a greeting.
  if (short && matchesAny(text, FAREWELL)) return result(stated('thanks'));
  if (short && matchesAny(text, HELP)) return result(stated('help'));
  if (short && matchesAny(text, GREETING)) return result(stated('greeting'));
  return result(byDefault('unknown'));
}
