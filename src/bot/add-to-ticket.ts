import { foldAnswer } from './intake/index.js';

/**
 * "Can you add that to the ticket?", "rajoutez ça à ma demande", "pour info, c'est le socle qui ne charge pas":
 * the user wants words kept on a ticket they already hold, not a new problem opened.
 */
const ASKS_TO_ADD =
  /\b(add|put|attach|include|ajoute[rz]?|ajouter|rajoute[rz]?|rajouter|joindre|completer|complete[rz]?|noter|note[rz]?|mettre|mettez)\b.{0,40}\b(ticket|tickets|demande|incident|inc[- ]?\d{4}[- ]\d{6}|req[- ]?\d{4}[- ]\d{6})\b|\b(pour info|for info|fyi|info supplementaire|additional info|complement d info)\b|\b(ticket|demande) (que je viens d ouvrir|que j ai ouvert)\b.{0,40}\b(ajoute[rz]?|ajouter|rajoute[rz]?|rajouter)\b|\b(pour|sur) (le meme|le|mon) (ticket|demande) (que|qu)\b|\bpour le meme (ticket|demande)\b|\b(same|the) ticket (as|i just)\b|\bc est pour (le|mon|ma|la|ce|cette) (ticket|demande|incident)\b|\b(it s|its|it is|this is|that s|thats) for (the|my|that) (ticket|request|incident)\b|\b(update|mettre a jour|mettez a jour|mets a jour)\b.{0,30}\b(ticket|demande|incident|inc[- ]?\d{4}[- ]\d{6}|req[- ]?\d{4}[- ]\d{6})\b/;

/** "le ticket que je viens d'ouvrir", "pour le même ticket que le compte", "the ticket I just opened": the ticket held, named without its number. */
const HELD_TICKET = /\b(le|la|mon|ma) (ticket|demande) (que je viens d ouvrir|que j ai ouvert|de tout a l heure)|\bpour le meme (ticket|demande)|\b(the|my) ticket (i|you) just (opened|made|raised|created)|\bsame ticket\b/;

export function pointsAtTicketHeld(text: string): boolean {
  return HELD_TICKET.test(foldAnswer(text));
}

/** "ajoutez que la licence est gérée par…", "also pls add its the line…", "c'est à ajouter au ticket": said first, the rest is for the ticket. */
const OPENS_WITH_ADD =
  /^(oui |ok |et |ah |also |and |oh |mais |oui mais )*(pls |please |svp |stp )?(ajoute[rz]?|rajoute[rz]?|precise[rz]?|add|also add|please add|pls add)\b(?![- ]((moi|me|m|nous|lui|leur) )?((un|une|a|an|the|le|la|les|des|du|l|my|mon|ma|au|sur|to|on) ){0,2}(compte|acces|account|access|imprimante|printer|logiciel|software|poste|pc|droits?|rights?|ligne|line|utilisateur|user|groupe|group|liste|list)\b)|\b(a|to) (ajouter|rajouter|add) (au|to the|to my) (ticket|demande|request)\b|\bajoute[rz]? l info\b/;

/**
 * "ah et j'ai oublié, il faut le mettre aussi sur le pc de ma collègue", "one more thing: the pump I took was…": an
 * afterthought about what was just told, for the ticket held.
 */
const OPENS_AS_AFTERTHOUGHT =
  /^((ah|oh|et|zut|pardon|ok|oui|bon|and|sorry|oops|merci|thanks|thx) )*(j ai oublie|j oubliais|jai oublie|j allais oublier|oublie de (vous )?(dire|preciser|mentionner)|petite precision|autre precision|encore une chose|une derniere chose|one more thing|i forgot|forgot to (say|mention|tell|add)|i should have (said|mentioned))\b/;

/** "ah j'oubliais, …": an afterthought, which may tell another problem as well as more of this one. */
export function opensAsAfterthought(text: string): boolean {
  return OPENS_AS_AFTERTHOUGHT.test(foldAnswer(text));
}

/** "vous pouvez modifier ma demande ?", "can you change my request": the ticket held, to be changed by a technician. */
const ASKS_TO_CHANGE = /\b(modifier|modifiez|modifie|changer|changez|corriger|corrigez|modify|change|edit|amend|correct) (ma|mon|la|le|cette|ce|my|the|this) (demande|ticket|request)\b/;

/** "vous pouvez m'appeler sur le dect 0103 si besoin", "reach me on 4410": where the technician can call, for the ticket. */
const CONTACT_GIVEN =
  /\b(m appeler|me joindre|me rappeler|me contacter|m appelez|me biper|joignable|call me|reach me|ring me|contact me|page me|bleep me|you can call|i m on|je suis (au|sur le))\b[^.?!]{0,30}\b\d{3,}\b|\b(mon|my) (dect|poste|numero|portable|extension|ext|tel|phone|number|bip) (c est |est |is )?(le |au )?\d{3,}\b/;

export function asksToAddToTicket(text: string): boolean {
  const folded = foldAnswer(text);
  return ASKS_TO_ADD.test(folded) || OPENS_WITH_ADD.test(folded) || OPENS_AS_AFTERTHOUGHT.test(folded) || ASKS_TO_CHANGE.test(folded) || CONTACT_GIVEN.test(folded);
}

/** A message that only asks to add ("can you add that to the ticket?") refers to what was said just before. */
export function wordsToAdd(text: string, previous: string | undefined): string {
  const folded = foldAnswer(text);
  // "just add this to the ticket": "this" is what was said before, however long the message.
  // "non c'est pour le ticket que je viens d'ouvrir, ajoutez juste l'info": the information is the message before.
  const pointsBack =
    /\b(add|ajoute[rz]?|ajouter|rajoute[rz]?|rajouter) (this|that|it|ca|cela|ceci|juste l info|l info|cette info|the info|this info)\b/.test(folded) ||
    HELD_TICKET.test(folded);
  return (folded.split(' ').length < 12 || pointsBack) && previous ? `${previous}\n${text}` : text;
}

/**
 * "P4 ?? on est 6 à la DRH, vous pouvez pas le passer plus haut ?", "can you bump the priority?": the requester asks
 * for a ticket to come sooner. Not "en urgence" alone, which tells of a new problem as often as of a ticket.
 */
const ASKS_FOR_PRIORITY =
  /^(p[34]|priorite p[34])\b|\b(le|la|les|l|it|its|the) (passer|passez|mettre|mettez|monter|montez|remonter|remontez) (plus haut|en p[123]|en priorite)\b|\b(plus prioritaire|plus de priorite|(augmenter|augmentez|remonter|remontez|monter|montez|relever|relevez) (la |sa )?priorite|(pourquoi|que|seulement|juste) (en )?p[34]|higher priority|(raise|increase|bump|up) (the |its )?priority|bump (it|this) up|(why|only) (a )?p[34]|traiter? (en )?priorite|traite[rz]? plus vite|plus rapidement|accelerer|accelerez|faire avancer|(passe|passer|vienne|venir) plus tot|relancer?z? (le|mon|ce|la|ma) (ticket|demande|incident)|(remettez|remettre|repassez|repasser|remets|repasse)[- ]?(le |la |l )?(en )?p[12]|speed (it|this|things) up|hurry (it|this) up|chase (it|this|the ticket|them|them up|it up|biomed|the team|the technicians?)|(relancer|relancez|relance) (les|le|la|l|mon|ce|biomed|le biomed|l equipe|les techniciens?)|any sooner|come (by )?sooner|(possible|faisable|doable) (avant|d ici|before|by) \d{1,2} ?(h|am|pm)|(avant|before|by) \d{1,2} ?(h|am|pm)\w* (c est |is that |is it )?(possible|faisable|doable))\b/;

export function asksForHigherPriority(text: string): boolean {
  return ASKS_FOR_PRIORITY.test(foldAnswer(text));
}

/** "ah en fait c'est urgent", "c urgent en fait", "passez-le en urgence", "it's urgent actually": the requester's own word on how soon. */
const URGENT_AFTER_ALL =
  /\b((c est|c|it s|its|it is) (urgent|urgente) (en fait|finalement|actually|after all)|(en fait|finalement|actually) (c est |it s |its )?((assez|tres|vraiment|super|plutot|quand meme|really|quite|very) )?(urgent|urgente|pressant)|((le|la|l) (passer|passez|mettre|mettez)|(passez|mettez)[- ](le|la|l)) en (urgent|urgence)|mark (it|this) (as )?urgent|make (it|this) (more )?urgent|(le|la|l) (mettre|passer|rendre) plus urgent|(mettez|passez)[- ](le|la|l) plus urgent)\b/;

/** "it is urgent", "c'est urgent" (not "pas urgent", "no longer urgent", "moins urgent"). */
const URGENT_SAID = /(?<!\b(pas|plus|moins|not|no longer|less|pas si|pas tres|not that|not very) )\b(urgent|urgente|asap)\b/;
/** "we need them tonight", "vous pouvez passer ce soir ?": needed within hours. */
const NEEDED_WITHIN_HOURS = /\b(ce soir|cette nuit|tonight|today|aujourd hui|maintenant|right now|tout de suite|within the hour|dans l heure|avant ce soir|avant la nuit|by tonight|this evening)\b/;

/** "ah en fait c'est urgent", "it is urgent, we need them tonight": the requester says it cannot wait after all. */
export function saysUrgentAfterAll(text: string): boolean {
  const folded = foldAnswer(text);
  return URGENT_AFTER_ALL.test(folded) || (URGENT_SAID.test(folded) && NEEDED_WITHIN_HOURS.test(folded));
}

/** "non non c'est pas un nouveau pb, je parle du ticket REQ-…": the user means a ticket they hold, not the form under way. */
const MEANS_A_TICKET_HELD =
  /\b(pas (un|une) (nouveau|nouvelle)( (pb|probleme|souci|ticket|demande|incident))?|(c est |c )?(le|la) meme que (celui|celle|le ticket|la demande) (de|d)|(the )?same (one|ticket|problem) as|c est pas nouveau|je parle (du|de mon|de ma|de la) (ticket|demande|incident)|not a new (problem|issue|ticket|request)|i m talking about|i mean (the |my )?ticket)\b/;

export function meansATicketHeld(text: string): boolean {
  return MEANS_A_TICKET_HELD.test(foldAnswer(text));
}

/**
 * "can you cancel the ticket?", "please close my ticket INC-…, it's fixed", "annulez ma demande, c'est réglé",
 * "ça remarche, vous pouvez fermer": the requester withdraws a ticket they hold (not the form under way: "annule"
 * alone cancels that).
 */
const WITHDRAWS_A_TICKET =
  /^(non |ah |bon |ok )?(laissez|laisse|laissons) tomber\b.{0,60}\b(retrouve|retrouvee|regle|resolu|c est bon|ca marche|ca remarche|marche a nouveau|plus besoin)\b|\b(annule[rz]?|annuler|ferme[rz]?|fermer|clotur\w*|supprime[rz]?|supprimer|cancel|close|withdraw|delete)\b.{0,25}\b(ticket|tickets|demande|incident|inc[- ]?\d{4}[- ]\d{6}|req[- ]?\d{4}[- ]\d{6})\b|\b(plus besoin (du|de mon|de ma|de la) (ticket|demande|incident)|no longer need (the|my|this) (ticket|request))\b|\b(no need for (anyone|someone|a technician|anybody) to come|(plus|pas) besoin (que (qqn|quelqu un|le technicien|un technicien) (passe|vienne)|de (passer|venir|deplacer qqn|deplacer quelqu un)))\b|\b(vous pouvez|tu peux|pouvez vous|pourriez vous|on peut|on pourrait|you can|can you|could you|we can) (le |la |l |it )?(fermer|clore|cloturer|annuler|close|cancel)\b/;

/** "vous avez fermé mon ticket alors que…", "my ticket was closed": told of, not asked for. */
const ALREADY_DONE = /\b(avez|a|ont|est|ete|etait|as|have|has|was|been|got) (ferme|fermee|annule|annulee|cloture|cloturee|supprime|supprimee|closed|cancelled|canceled|deleted)\b/;

export function withdrawsATicket(text: string): boolean {
  const folded = foldAnswer(text);
  return WITHDRAWS_A_TICKET.test(folded) && !ALREADY_DONE.test(folded);
}

/** "c'est revenu depuis 10 min, ça tient", "ça remarche", "it's working again": the problem stopped on its own. */
const WORKS_AGAIN =
  /\b(c est revenu\w*|(le wifi|le reseau|le dpi|tout|il|elle|ca) (est|sont) revenu\w*|c est reparti|(ca|il|elle|tout) (re ?marche|refonctionne|remarchent|refonctionnent)|remarche|refonctionne|(ca|il|elle|tout) (marche|fonctionne|marchent|fonctionnent) (a nouveau|de nouveau|maintenant|again)|(works|working|is back|came back|back up) (again|now)?|it s back|came back|(fixed|sorted|resolved|solved|unlocked|unblocked|reconnected|cleared) (by )?itself|(i m|i am|we re|we are) back (in|on|into)|(je suis|on est) (de nouveau|a nouveau) (dedans|connecte\w*)|s est (debloque|deverrouille|reconnecte)\w*|s est (regle|resolu|debloque)\w* (tout seul|toute seule|seul|seule|d elle meme|de lui meme)|(it s|its|it is|all) (fixed|sorted|repaired|good now)|c est (regle|repare|resolu)|(ca|elle|il) (imprime|marche|fonctionne|refonctionne) (nickel|bien|parfaitement|impeccable))\b/;

export function tellsItWorksAgain(text: string): boolean {
  return WORKS_AGAIN.test(foldAnswer(text));
}

/** "rouvrir INC-2026-000123", "can you reopen it?", as the resolution notice invites. */
const REOPEN = '(rouvr\\w*|re ouvr\\w*|reouvr\\w*|reopen\\w*|re open\\w*)';
const ASKS_TO_REOPEN = new RegExp(
  `\\b${REOPEN}( (le|la|l|mon|ma|ce|cette|the|my|this))? (ticket|demande|incident|request|inc-?\\d{4}-\\d{6}|req-?\\d{4}-\\d{6})\\b|\\b(le|la|l) ${REOPEN}\\b|\\b${REOPEN} (it|this|that)\\b|^${REOPEN}$`,
);

/** "no! dont close it, the cart is still broken", "ne le fermez pas": the ticket is to stay open. */
const KEEP_IT_OPEN = /\b(don t|dont|do not|please don t) (close|resolve) (it|this|that|the ticket|my ticket)\b|\b(ne|n) (le|la|l) (fermez|cloturez|fermer|cloturer) pas\b|\b(fermez|cloturez) (le|la|l) pas\b|\bne fermez pas\b/;

/** Not "je n'arrive pas à rouvrir le document": the ticket named, or "le rouvrir", "reopen it", "don't close it". */
export function asksToReopen(text: string): boolean {
  const folded = foldAnswer(text);
  return ASKS_TO_REOPEN.test(folded) || KEEP_IT_OPEN.test(folded);
}

/** "quoi?? non c'est PAS résolu, la salle 3 rame toujours !!", "it's not fixed": the ticket is not over. */
const DENIES_IT_IS_OVER =
  /\b(pas|not|isn t|is not|toujours pas|still not|never|jamais) (resolu|resolue|regle|reglee|repare|reparee|fixed|resolved|sorted|solved|fini|finie|termine|over)\b/;

/** "en fait non ça remarche pas", "ça marche toujours pas", "ça recommence", "still not working": it works no more. */
const WORKS_NO_MORE =
  /\b(re ?marche|re ?fonctionne|refonctionne|remarche) (pas|plus)\b|\b(marche|fonctionne|imprime|demarre|s allume|repond) (toujours|encore|de nouveau|a nouveau) pas\b|\b(ca|c|il|elle) (re)?commence\b|^(en fait|finalement|ah|euh|bah|ben)? ?non\b.*\b(marche|fonctionne|imprime|demarre|repond|plante|bloque|rame)\b|\b(still|again) (not|isn t|doesn t|does not|won t) (work|working|print|printing|start|starting)\b|\b(still|again) (broken|down|stuck|jammed|frozen|dead)\b|\b(not|isn t|doesn t|does not) (work|working) (after all|again|anymore|any more)\b|\bit s (back|happening again|doing it again)\b/;

export function deniesItIsOver(text: string): boolean {
  const folded = foldAnswer(text);
  return DENIES_IT_IS_OVER.test(folded) || WORKS_NO_MORE.test(folded);
}

/** "je dois quand même remplir la fiche sur le portail ou le ticket suffit ?": whether the ticket is the whole request. */
const ASKS_IF_TICKET_IS_ENOUGH =
  /\b((le|ce|mon|un) ticket (suffit|est suffisant|ne suffit pas)|(dois|doit|faut) (je |il )?(quand meme|aussi|encore|en plus) (remplir|faire|envoyer|passer)|remplir (aussi|quand meme|encore|en plus) (la|le|une|un) (fiche|formulaire|demande)|(is|was) (the|this|my|a) ticket (enough|sufficient)|do i (still|also) (need|have) to (fill|submit|send|do)|is that enough)\b/;

export function asksIfTicketIsEnough(text: string): boolean {
  return ASKS_IF_TICKET_IS_ENOUGH.test(foldAnswer(text));
}

/** "update: walked it again, it's only rooms 5 and 6", "mise à jour : …", "précision : …": news of the ticket held. */
const OPENS_AS_NEWS = /^(re |rebonjour |ok |alors )?(update|mise a jour|maj|precision|info|pour info|nouvelle info|news|suite|suite a mon ticket|suite de mon message)\b/;

export function opensAsNews(text: string): boolean {
  return OPENS_AS_NEWS.test(foldAnswer(text));
}

/**
 * "le message exact c'est 'Windows ne peut pas accéder à S:\RH\Paie…'", "l'erreur dit…", "it says 'access denied'":
 * the message on the screen, quoted for the problem just told.
 */
const QUOTES_THE_MESSAGE =
  /\b((le|l|un|son|mon) )?(message|msg|erreur|texte|code|popup|pop up)( (d erreur|erreur|exact|exacte|precis|precise|complet|complete|affiche|qui s affiche|qui apparait))* (c est|c|est|dit|indique|affiche|marque)\b|\b(message|erreur|wording|error) (exact|exacte|precis|complet|complete)\b|\b(exact|full|precise) (error|message|wording|text)\b|\b(the )?(error|message|error message|pop up|popup|code) (says|said|reads|is|shows|displays)\b|\b(ca|il|elle|windows|l ecran) (me )?(dit|affiche|marque|met|indique|m affiche|me met) (que |qu )?(je |vous |nous )?(n ai|ne peut|ne disposez|ne dispose|n avez|acces|erreur|impossible|refuse)|\b(it|windows|the screen) (says|shows|displays|gives me|tells me)\b/;

/** Places a problem with a file or a share may also be seen in: another folder, drive or file. */
const WHERE_FILES_ARE = '(dossier|dossiers|repertoire|repertoires|sous dossier|lecteur|lecteurs|partage|fichier|fichiers|folder|folders|subfolder|drive|drives|share|file|files|directory)';

/** "c'est pareil sur le dossier Formation", "same on the T: drive", "le sous-dossier Paie aussi": another place it shows in. */
const ANOTHER_PLACE_TOO = new RegExp(
  `\\b(aussi|egalement|pareil|idem|meme chose|meme probleme|also|too|same|as well)\\b.{0,30}\\b${WHERE_FILES_ARE}\\b|\\b${WHERE_FILES_ARE}\\b.{0,30}\\b(aussi|egalement|pareil|idem|non plus|too|as well|either)\\b`,
);

/**
 * The words without the names of files and folders ("S:\\RH\\Paie", "\\\\fs01\\finance", "le dossier Formation", "the
 * Payroll folder"): a folder named after a department is not that department.
 */
export function withoutFileNames(text: string): string {
  return text
    .replace(/\\\\\S+|\b[a-z]:\\\S*/gi, ' ')
    .replace(/\b(dossiers?|r[ée]pertoires?|sous-dossiers?|lecteurs?|partages?|fichiers?|folders?|subfolders?|drives?|shares?|director(y|ies)|files?) ("[^"]*"|'[^']*'|«[^»]*»|\S+)/gi, '$1')
    .replace(/\b(the|my|our|a) (\S+) (folders?|subfolders?|drives?|shares?|director(y|ies)|files?)\b/gi, '$1 $3');
}

/** "ça a commencé après la mise à jour", "c'est depuis hier 17h", "it started this morning": when it started. */
const WHEN_IT_STARTED =
  /\b(ca|c|il|elle) (a|avait) (commence|debute|demarre)|\b(c est|c) (depuis|arrive|apparu)\b|\bca (date|fait ca|le fait) (de|depuis)\b|\b(it|this|that|the problem|the error) (started|began|first happened|has been (happening|like this|going on)|s been (happening|like this))\b|\b(started|began) (since|at|after|around|this|yesterday|on|when|last)\b/;

/**
 * "le message exact c'est '…'", "c'est pareil sur S:\RH\Formation", "ça a commencé après la mise à jour": details of
 * the problem just told (the exact message, another place it shows in, when it started), for its ticket.
 */
export function givesDetailsOfIt(text: string): boolean {
  const folded = foldAnswer(text);
  return QUOTES_THE_MESSAGE.test(folded) || ANOTHER_PLACE_TOO.test(folded) || WHEN_IT_STARTED.test(folded);
}

/**
 * "c'est le box 6 pas le 5", "je me suis trompée de chambre", "c'est celui d'Audrey (PC-DIR-0967)", "actually it's the
 * one in room 4": the device of the ticket held was the wrong one.
 */
const CORRECTS_THE_DEVICE =
  /\b(pas (le|la|l|celui|celle) (de |du |d )?(la |le |l )?(\w+ )?\d{1,4}\b|not (the |room |box |bed |bay )?\d{1,4}\b|je me suis trompee?|my mistake|wrong (one|room|box|bed|bay|device|pump|monitor|number|pc|printer)|trompee? de (chambre|box|salle|appareil|numero|pc|poste|pompe|lit|imprimante)|c est (celui|celle) (de|d|du)|(it s|its) the one (in|of|from)|(corriger|corrigez|corrige|correct|fix) (le|the|mon|my|ce|this) (ticket|appareil|device|numero|number)|en fait c est|actually it s|(ah )?non c est (le|la|l|celui|celle))\b/;

export function correctsTheDevice(text: string): boolean {
  return CORRECTS_THE_DEVICE.test(foldAnswer(text));
}

/** Thanks first, with or without an "ok": "Merci. …", "ok merci, …", "thanks. …". */
const THANKS_OPENER = /^\s*((ok|okay|d accord|super|parfait|top|great|perfect|nickel|cool)[\s,.!]*)?(merci( beaucoup| bien| bcp| encore)?|thanks( a lot)?|thank you( so much)?|thx)[\s,.!:;]*/i;

/**
 * "Merci. Les identifiants, c'est moi qui les reçois ?", "thanks. can I keep working in the folder meanwhile?": the
 * question asked after the thanks (four words or more, with a question mark); undefined when there is none.
 */
export function questionAfterThanks(text: string): string | undefined {
  const rest = text.replace(THANKS_OPENER, '').trim();
  if (rest === text.trim() || !rest.includes('?')) return undefined;
  return rest.split(/\s+/).length >= 4 ? rest : undefined;
}

/** A question asked: a question mark, after four words or more. */
export function asksSomething(text: string): boolean {
  return text.includes('?') && text.trim().split(/\s+/).length >= 4;
}
