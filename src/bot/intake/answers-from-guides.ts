import type { SideQuestion } from './side-questions.js';

/** A role as staff name it for rights ("profil IDE", "interne"): a profile given, not asked about. */
const ROLE_NAMED = /\b(ide|as|medecins?|internes?|externes?|sages? femmes?|secretaires?|cadres?|nurses?|doctors?|residents?|midwife|secretary|lecture|read only|consultation|meme|same)\b/;

/** "Faut l'accord de qqn ?", "does my cadre have to approve?"; not "d'accord ?". */
const APPROVAL_ASKED = /(?<!\bd )\baccord\b|\b(valid\w*|approuv\w*|autoris\w*|feu vert|signature|sign\w* off|approv\w*|permission|authori[sz]\w*)\b/;

/** "profil ?", "c'est quoi le profil ?", "what profile?": the word of the question asked about. */
function asksWhatAProfileIs(folded: string): boolean {
  return /\b(profil|profile)\b/.test(folded) && folded.split(' ').length <= 6 && !ROLE_NAMED.test(folded);
}

/** "how do i find which pc is mine??", "c'est où le numéro ?", "je sais pas lequel c'est le mien ?". */
const DEVICE_NUMBER_ASKED =
  /\b(how|comment|where|ou)\b.{0,30}\b(find|know|see|tell|trouv\w*|sais|savoir|voir|connaitre|lire)\b.{0,30}\b(which|quel|quelle|lequel|laquelle|number|numero|tag|etiquette|label|mine|le mien|la mienne)\b|\b(which|quel|quelle|lequel|laquelle)\b.{0,25}\b(is mine|est le mien|est la mienne|c est le mien|c est la mienne)\b|\b(ou est|ou se trouve|ou trouver|where is|where s|wheres|where do i find|where can i find) (le |la |the )?(numero|etiquette|number|label|tag)\b|\b(il|elle|c) (est|se trouve) ou\b.{0,10}\b(le |la |l )?(numero|etiquette|number|label|tag)\b|\b(numero|etiquette|number|label|tag)\b.{0,25}\b(il est ou|elle est ou|est ou|se trouve ou|c est ou|where is it|where s it)\b/;

/** "access or account, whats the difference", "compte ou accès c'est pareil ?". */
const ACCESS_OR_ACCOUNT =
  /\b((acces|access|habilitation)\b.{0,20}\b(ou|or|vs|et|and)\b.{0,10}\b(compte|account)|(compte|account)\b.{0,20}\b(ou|or|vs|et|and)\b.{0,10}\b(acces|access|habilitation))\b.*\b(difference|diff|quoi|what|pareil|same)\b|\b(difference|diff)\b.*\b(acces|access)\b.*\b(compte|account)\b/;

/** "je peux le faire moi-même ?", "can I install it myself?". */
const SELF_INSTALL_ASKED = /\b(moi meme|moi-meme|tout seul|toute seule|myself|on my own|par moi)\b|\b(je peux|puis je|can i|could i)\b.{0,15}\b(l installer|installer|install)\b/;

/** "where do we get new rolls??", "on commande les rouleaux où ?": supplies, not a fault. */
const SUPPLIES = /\b(rouleaux?|rolls?|stock|consommables?|supplies|refills?|recharges?)\b/;
const GETTING = /\b(ou|where|comment|how|command\w*|order\w*|get|trouv\w*|recup\w*|obten\w*|avoir|demand\w*)\b/;

/** "y a un respi de secours?", "is there a spare one?". */
const SPARE_ASKED = /\b(secours|rechange|spare|backup|de pret|loan\w*|remplacement|replacement)\b/;

/**
 * Questions about the request or the device asked on the way through the form, answered from what the guides say
 * (software-install-request, access-request-application, label-printer-wristband, biomedical-device, phone-dect). The question
 * stays with the ticket's details: the technician sees what was asked and what the bot answered.
 */
export const ANSWERS_FROM_GUIDES: SideQuestion[] = [
  {
    key: 'intake.side_approval',
    asks: APPROVAL_ASKED,
    when: (problem) => problem.kind === 'request' || problem.category === 'request',
    keeps: true,
  },
  {
    key: 'intake.side_access_or_account',
    asks: ACCESS_OR_ACCOUNT,
    when: (problem) => problem.kind === 'request' || problem.category === 'request' || problem.category === 'access',
    statement: true,
    keeps: true,
  },
  {
    key: 'intake.side_profile',
    asks: { test: asksWhatAProfileIs },
    when: (problem) => problem.requestType === 'access' || problem.category === 'access',
    keeps: true,
  },
  {
    key: 'intake.side_self_install',
    asks: SELF_INSTALL_ASKED,
    when: (problem) => problem.requestType === 'software',
    keeps: true,
  },
  {
    key: 'intake.side_device_number',
    asks: DEVICE_NUMBER_ASKED,
    when: (problem) => problem.kind !== 'request',
    keeps: true,
  },
  {
    key: 'intake.side_label_rolls',
    asks: { test: (folded) => SUPPLIES.test(folded) && GETTING.test(folded) },
    when: (problem) => problem.category === 'printer',
    keeps: true,
  },
  {
    // "ya un dect de rechange qq part ?": the unit's spare DECT (phone-dect).
    key: 'intake.side_spare_phone',
    asks: SPARE_ASKED,
    when: (problem) => problem.category === 'phone',
    keeps: true,
  },
  {
    key: 'intake.side_spare_device',
    asks: SPARE_ASKED,
    when: (problem) => problem.category === 'biomedical',
    keeps: true,
  },
];
