import { compilePhrases } from './matcher.js';

/**
 * The kinds of system a message names, by what depends on them: care, or office work. Used to judge
 * whether an outage holds up care and how soon it must be fixed.
 */

/** Office tools: their outage slows a unit down without holding up care. */
export const OFFICE_TOOLS = compilePhrases([
  'mail', 'mails', 'email*', 'e mail*', 'messagerie', 'outlook', 'webmail', 'teams', 'word', 'excel', 'intranet', 'visio*', 'zoom',
  'portail rh', 'agenda', 'calendrier', 'calendar', 'internet', 'fax', 'faxes', 'dictee', 'secretariat*',
  'partage*', 'serveur de fichiers', 'file server', 'shared drive*', 'network drive*', 'lecteur* reseau*', 'dossier* partage*',
  'shared folder*', 'repas', 'meal*', 'paie', 'payroll', 'powerpoint', 'conference phone*', 'meeting room*', 'salle* de? reunion', 'facturation', 'billing', 'gmao', 'comptabilite', 'accounting',
]);
/** Systems care runs on: named with an office tool, the outage still holds up care. */
export const CARE_SYSTEMS = compilePhrases([
  'emar', 'e mar', 'epr', 'e prescribing', 'eprescribing', 'e prescription', 'presc electronique', 'module* de? presc*', 'nouvelle presc', 'la presc',
  'dpi', 'pacs', 'logiciel* de? soins|soin|prescription|bloc|transfusion|labo|urgences', 'dossier* patient*', 'patient record*',
  'prescri*', 'cristal net', 'cristalnet', 'ris', 'lims', 'le|du|au|the|our sil', 'sil labo*|lab|is|est|ne|plante|down|hs|bloque', 'ehr', 'emr', 'module de? prescription', 'logiciel* d|de anesthesie|dialyse|sterilisation|pharmacie|chimio*',
  'medication administration', 'pancarte', 'plan* de soins', 'crossway', 'dxcare', 'orbis', 'easily', 'sillage', 'hopital manager',
  'cerner', 'glims', 'molis', 'xplore', 'dossier* de? soins', 'logiciel* de? radiotherapie',
]);

/** Connectivity: when it fails for a unit or the site, everything on it fails too. */
export const CONNECTIVITY = compilePhrases(['internet', 'reseau', 'reseaux', 'wifi', 'wi fi', 'network', 'vpn', 'citrix']);

/** A device that works but no longer sends its data on ("n'envoie plus les images vers le PACS"). */
export const DATA_TRANSFER_FAULT = compilePhrases([
  'n|ne .. envoie* plus|pas', 'n|ne .. transmet* plus|pas', 'ne .. remonte* plus|pas', 'ne .. transfere* plus|pas',
  'ne .. synchronise* plus|pas', 'not sending|transferring|syncing|uploading', 'does not send|transfer|sync|upload',
  'will not send|transfer|sync|upload', 'won|can|doesn|didn t send|transfer|sync|upload',
  // Without the "ne": "les images remontent pas sur le PACS".
  'envoie|envoient|remonte|remontent|transmet|transmettent|synchronise|synchronisent plus|pas',
]);

/** Landlines only: the mobile phones and pagers still ring. */
export const DESK_PHONES = compilePhrases(['poste* fixe*', 'fixe', 'fixes', 'desk phone*', 'landline*']);

/** Shared folders and file servers. */
export const SHARED_FILES = compilePhrases([
  'partage*', 'serveur de fichiers', 'file server', 'shared drive*', 'network drive*', 'lecteur* reseau*', 'dossier* partage*',
  'shared folder*',
]);

/** What patients and visitors use for comfort: when it fails, care goes on. */
export const GUEST_SERVICES = compilePhrases([
  'wifi invite*|public|visiteur*|famille*', 'wi fi invite*|public|visiteur*|famille*', 'wifi des|pour les patients|familles|visiteurs|invites',
  'wi fi des|pour les patients|familles|visiteurs|invites', 'reseau* invite*|public', 'wifi patient|patients|familles|visiteurs',
  // "Wifi ne marche pas chambre 312 maternité, la patiente se plaint": a patient's own use of the Wi-Fi.
  'le|la patient|patiente|patients|famille .. se plain*', 'the patient .. complain*', 'patient* .. besoin pour travailler',
  // The room's phone, the patient's own: "la patiente peut plus appeler sa famille", "he wants to call his family".
  '(appeler|joindre|telephoner a) (sa|son|ses|leur|leurs) (famille|proches|mari|femme|fille|fils|enfants)', '(call|ring|phone) (his|her|their) (family|relatives|wife|husband|daughter|son|children)',
  'guest|public|visitor|visitors|patient wifi|network|internet', 'guest|public|visitor|visitors|patient wi fi', 'tele|tv|tele* des|en chambre*', 'patient tv*', 'television*',
]);
