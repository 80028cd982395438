import { foldAnswer } from './answers.js';
import type { RequestType } from './state.js';

/*
 * What is asked, the strongest word first: an account (its accesses come with it), then access rights,
 * then a newcomer with nothing else asked (an account), then an installation.
 */
const REQUEST_TYPES: Array<[RequestType, RegExp]> = [
  // "récupérer le fichier supprimé", "restaurer ma boîte mail": a restore, whatever else is named.
  ['restore', /^(?=.*\b(restaur\w*|restor\w*|recuper\w*|retrouver|recover\w*|get back|undelete|supprime\w* par erreur|efface\w* par erreur|deleted by mistake|j ai (supprime|efface|ecrase)|i (deleted|overwrote)|enregistre\w* par dessus|saved over)\b)(?=.*\b(fichiers?|dossiers?|documents?|mails?|boite|tableau|excel|word|files?|folders?|mailbox|emails?|versions?|modeles?|templates?)\b)/],
  // "une nouvelle IDE arrive lundi… une session Windows, l'accès Cristal-Net et une adresse mail": a newcomer
  // who needs a login or a mailbox needs an account, whatever accesses come with it.
  ['account', /^(?=.*\b(arrivee|arrive|arrivant|nouvel|nouvelle|embauche\w*|newcomer|new (staff|starter|hire|nurse|secretary|doctor)|starts?|starting)\b)(?=.*\b(session|adresse (e )?mail|boite mail|messagerie|login|windows|email address|mailbox)\b)/],
  // "i don't have PACS access at all. can I get an account?": an account on an application is access to it.
  ['access', /^(?!.*\b(windows|session|messagerie|mailbox|adresse mail|email address|nouvel|nouvelle|nouveau|new|arrive\w*|newcomer|starter|creer|creation|create)\b)(?=.*\b(pacs|dpi|cristal ?net|sil|gam|oracle|mssante)\b)(?=.*\b(acces|access|compte|account|login)\b)/],
  ['account', /\b(compte|account)\b/],
  ['access', /\b(acces|habilitation|droits?|profil|access|rights|permission)\b/],
  ['account', /\b(arrivee|arrivant|nouvel|nouvelle|embauche|creation|newcomer|new (staff|starter|hire))\b/],
  ['software', /\b(install\w*|logiciel|software|programme|application sur mon poste|licence|license)\b/],
  // "il me faudrait adobe acrobat pro sur mon pc": a product named is software to install.
  ['software', /\b(adobe|acrobat|reader|office|excel|word|powerpoint|visio|project|teams|zoom|webex|vlc|7 ?zip|firefox|chrome|pdf ?creator|pdf24|notepad\+*|libreoffice|spss|stata|rstudio|python|matlab|dragon|voxmed|dictee numerique)\b.{0,40}\b(sur (mon|le|son|notre|ce) (pc|poste|ordi|ordinateur|portable)|on (my|the|his|her|our) (pc|computer|laptop|workstation))\b/],
  // "un 2e écran sur mon poste", "ben un écran en plus, c du matériel": equipment, among the other requests.
  // "corriger mon numéro de portable dans l'annuaire": the directory's entry corrected.
  ['other', /\b(annuaire|directory)\b/],
  ['other', /\b((2e|2eme|deuxieme|second|2nd|autre|nouvel|nouveau|new|extra|another) (ecran|moniteur|screen|monitor|clavier|souris|keyboard|mouse|casque|headset|webcam|dock)|(ecran|moniteur|screen|monitor) (en plus|supplementaire)|materiel|equipment|hardware)\b/],
];

/** "pas un compte", "not an account": what the words rule out is not what is asked. */
const RULED_OUT = /\b(pas|not|no) (d |de |un |une |an |a |le |la |l )?[a-z]+/g;

/** The kind of request a text asks for, when its words say it. */
export function guessRequestType(text: string): RequestType | undefined {
  const folded = foldAnswer(text).replace(RULED_OUT, ' ');
  return REQUEST_TYPES.find(([, pattern]) => pattern.test(folded))?.[0];
}
