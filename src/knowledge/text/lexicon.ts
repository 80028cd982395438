/**
 * General hospital and help-desk vocabulary, in two kinds of entries.
 *
 * SYNONYMS are strict equivalence classes: abbreviations, product names, slang and the other
 * language's word for one thing ("mdp" = "mot de passe" = "password"). In a question, a phrase that
 * matches a class is replaced by the class token (`§password`), so every spelling weighs the same.
 *
 * RELATED groups words that point to one topic without meaning the same thing ("zebra", "toner").
 * A match adds the group token beside the question's own words.
 *
 * Both are applied to fiches and questions alike. Variants are written as staff write them; they are
 * tokenised and stemmed like any text, so inflections need no entry. Keep entries general: a word
 * belongs here because it is how hospital staff name a thing, never to fit one question.
 */
export const SYNONYMS: Record<string, string> = {
  // Identity and credentials
  password: 'mdp | mot de passe | mots de passe | mot de pass | mot de pase | motdepasse | password | passwords | passwd | pwd | passcode',
  account: 'compte | comptes | account | accounts | identifiant | identifiants | username | user name | nom d utilisateur | compte utilisateur | user account | compte windows | windows account',
  signin: 'log in | log on | login | logon | sign in | signin | se connecter | me connecter | connecter | logger | loguer | se logger | s identifier | s authentifier',
  expired: 'expiré | expirée | périmé | périmée | expiration | expire | expired | expiry | expires',
  locked: 'verrouillé | verrouillée | verrouillage | verouillé | verouillée | locked | lockout | locked out | lock out',
  disabled: 'désactivé | désactivée | disabled | deactivated',
  attempts: 'trop de tentatives | plusieurs tentatives | too many attempts | several attempts | failed attempts | tentatives échouées',
  reset: 'réinitialiser | réinitialisation | réinitialisé | reinitialiser | reset | resetting',
  selfservice: 'portail mot de passe | password portal | self service | self-service | libre service | libre-service',
  mfa: 'mfa | 2fa | double authentification | authentification forte | authentification à deux facteurs | deux facteurs | validation en deux étapes | vérification en deux étapes | two factor | two-factor | 2 step verification | two step verification | multi factor | multifactor | multi-factor | authenticator | microsoft authenticator',
  cps: 'cps | e-cps | ecps | carte cps | carte professionnelle | carte de professionnel de santé | carte pro | carte à puce | smart card | smartcard | cpx | professional card',
  cardreader: 'lecteur de carte | lecteur de cartes | lecteur cps | lecteur carte | card reader | smart card reader | smartcard reader',
  pin: 'pin | code pin | code porteur | pin code',
  puk: 'puk | code de déblocage | code puk | unblock code | unblocking code | unlock code',

  // Printing
  printer: 'imprimante | imprimantes | printer | printers | copieur | photocopieur | photocopieuse | multifonction | mfp',
  print: 'imprimer | impression | impressions | imprime | imprimé | print | printing | prints | printed',
  printqueue: 'file d attente | spooler | spool | print queue | print queues | queue',
  offline: 'hors ligne | hors-ligne | offline | off line',
  jam: 'bourrage | bourrage papier | paper jam | jam | jammed | coincé | coincée | feuille coincée | papier coincé | papier bloqué | feuille bloquée | paper stuck | stuck paper',
  wristband: 'bracelet | bracelets | wristband | wristbands | id band | identification band | patient band | bracelet d identification | bracelet patient',
  label: 'étiquette | étiquettes | label | labels | étiqueteuse | label printer | imprimante à étiquettes | imprimante étiquettes',
  identito: 'identitovigilance | identification du patient | patient identification | identité du patient',

  // Patient record and business applications
  dpi: 'dpi | cristalnet | cristal net | cristal-net | crystalnet | crystal net | crystal-net | cristal | crystal | dossier patient informatisé | dossier patient | dossier de soins | dossier informatisé | dossier médical | patient record | patient records | electronic patient record | electronic health record | medical record | ehr | emr | epr',
  downtime: 'procédure dégradée | mode dégradé | downtime procedure | paper procedure | procédure papier | downtime',
  prescription: 'prescription | prescriptions | prescrire | ordonnance | prescribing | order entry',
  gam: 'gam | bureau des entrées | logiciel des admissions | logiciel d admission | admissions software | admission software',
  viewer: 'pacs | visionneuse | visionneuse d images | image viewer | imaging viewer | dicom viewer | viewer',
  lab: 'labo | laboratoire | lab | laboratory | sil | lis | biologie | bio',
  results: 'résultat | résultats | result | results',
  dictation: 'dictée | dictées | dictée numérique | dicter | dictaphone | dictation | dictations | dictate | speechmike | speech mike',
  speechrec: 'reconnaissance vocale | speech recognition | voice recognition | dragon',
  oracle: 'oracle | ebs | e-business | oracle ebs',
  payroll: 'paie | paye | payroll | bulletin de salaire | bulletin de paie | payslip | pay slip',
  hr: 'grh | ressources humaines | rh | hr | human resources',
  mssante: 'mssanté | mssante | mss | messagerie sécurisée | messagerie sécurisée de santé | messagerie santé | secure mail | secure email | secure messaging | secure message | secure messages | mail sécurisé | courrier sécurisé',
  correspondent: 'médecin traitant | médecin de ville | médecin généraliste | généraliste | gp | general practitioner | family doctor | referring doctor | referring physician | confrère | correspondant | correspondants',
  report: 'compte rendu | compte-rendu | comptes rendus | courrier de sortie | lettre de sortie | discharge letter | discharge summary',

  // Mail and collaboration
  mail: 'mail | mails | email | emails | e-mail | e-mails | courriel | courriels | mél | mel',
  outlook: 'outlook | messagerie | exchange | webmail | owa',
  mailbox: 'boîte mail | boite mail | boîte aux lettres | boite aux lettres | bal | inbox | mailbox | mailboxes | boîte de réception | boite de reception',
  full: 'pleine | plein | saturée | saturé | full | quota | over limit | size limit | taille maximale | limite de taille | plus de place | out of space',
  outbox: 'boîte d envoi | boite d envoi | outbox',
  send: 'envoyer | envoi | send | sending',
  receive: 'recevoir | reçois | reçoit | réception | receive | receiving | received',
  teams: 'teams | microsoft teams',
  visio: 'visio | visioconférence | visioconference | réunion en ligne | réunion teams | online meeting | video call | video conference | appel vidéo | conference call',
  mic: 'micro | microphone | mic | mics',
  sound: 'son | audio | sound',
  headset: 'casque | headset | écouteurs | headphones',
  speaker: 'haut-parleur | haut parleur | haut-parleurs | speaker | speakers',
  camera: 'caméra | camera | webcam',

  // Workstation and peripherals
  computer: 'pc | ordi | ordinateur | ordinateurs | unité centrale | uc | computer | computers | workstation | desktop | poste de travail',
  laptop: 'laptop | ordinateur portable | pc portable',
  slow: 'lent | lente | lenteur | lenteurs | ralenti | ralentissement | rame | ramer | slow | slowness | sluggish | laggy | lag',
  frozen: 'figé | figée | fige | gelé | freeze | freezes | frozen | hang | hangs',
  crash: 'plante | planté | plantage | crash | crashes | crashed | crashing | bug | bugue | beug',
  notresponding: 'ne répond plus | ne répond pas | not responding | unresponsive',
  boot: 'démarre | démarrer | démarrage | boot | booting | start up | startup | starting up',
  poweron: 's allume | allume | allumer | turn on | power on | switch on | powers on',
  bsod: 'écran bleu | blue screen | bsod',
  blackscreen: 'écran noir | black screen | blank screen',
  screen: 'écran | écrans | moniteur | moniteurs | screen | screens | monitor | monitors | display',
  dualscreen: 'second écran | deuxième écran | double écran | 2e écran | dual screen | second screen | second monitor | dual monitor',
  nosignal: 'no signal | pas de signal | aucun signal',
  keyboard: 'clavier | claviers | keyboard | keyboards',
  mouse: 'souris | mouse | mice',
  session: 'session | sessions',
  sharedws: 'poste partagé | postes partagés | pc partagé | poste commun | pc commun | ordinateur partagé | ordinateur commun | shared workstation | shared computer | shared pc | shared station',
  nursingstation: 'poste de soins | poste de soin | poste infirmier | nursing station | nurses station',
  switchuser: 'changer d utilisateur | changement d utilisateur | switch user | fast user switching | changer de session',
  usbkey: 'usb | clé usb | clef usb | usb key | usb stick | usb drive | thumb drive | flash drive | memory stick',
  extdisk: 'disque externe | disque dur externe | external drive | external disk | external hard drive',
  scan: 'scanner | scan | scans | numériser | numérisation | numérisé | scanné | scanning | scanned | digitize | digitise',

  // Network and remote access
  network: 'réseau | network',
  cable: 'câble réseau | network cable | câble ethernet | ethernet cable | rj45',
  wifi: 'wifi | wi-fi | wi fi | wlan | réseau sans fil | wireless network | wireless',
  vpn: 'vpn | globalprotect | global protect',
  telework: 'télétravail | teletravail | travail à distance | work from home | working from home | remote work | remote working | home office',
  remote: 'accès distant | accès à distance | remote access | à distance | remotely | depuis chez moi | depuis la maison | from home | at home | domicile',
  citrix: 'citrix | citrix workspace | storefront | receiver | xenapp | ica',
  published: 'application publiée | applications publiées | published application | published app | bureau virtuel | virtual desktop',
  netdrive: 'lecteur réseau | lecteurs réseau | network drive | network drives | mapped drive | lecteur mappé | lecteur g | lecteur h | lecteur i | lecteur j | lecteur k | lecteur l | lecteur m | lecteur n | lecteur p | lecteur r | lecteur s | lecteur t | lecteur u | lecteur w | lecteur x | lecteur z | g drive | h drive | p drive | s drive',
  share: 'partage | partages | dossier partagé | dossiers partagés | dossier commun | répertoire partagé | répertoire commun | espace commun | lecteur partagé | share | shared drive | shared folder | network share',
  certificate: 'certificat | certificats | certificate | certificates | cert | ssl | tls',
  certwarning: 'connexion non privée | connexion n est pas privée | not private | not secure | non sécurisé | avertissement de sécurité | security warning | site non sûr | untrusted | non approuvé',
  browser: 'navigateur | navigateurs | browser | browsers',

  // Phones and mobile
  phone: 'téléphone | telephone | tél | tel | phone | phones',
  deskphone: 'poste fixe | téléphone fixe | desk phone | landline | combiné | handset',
  dialtone: 'tonalité | dial tone',
  dect: 'dect | téléphone sans fil | cordless | cordless phone | portatif',
  pager: 'bip | bipeur | pager | pagers',
  charger: 'chargeur | charger | socle | charging base | base de charge',
  smartphone: 'smartphone | smartphones | iphone | android | téléphone portable | portable pro | téléphone pro | téléphone professionnel | mobile phone | cell phone | cellphone | work phone',
  tablet: 'tablette | tablettes | ipad | tablet | tablets',
  mdm: 'intune | mdm | portail d entreprise | company portal',
  lost: 'perdu | perdue | volé | volée | lost | stolen',

  // Requests and rights
  software: 'logiciel | logiciels | software | application | applications | appli | applis | app | apps | programme | program',
  install: 'installer | installation | install | installed | installing',
  adminrights: 'droits admin | droits administrateur | droits d administrateur | admin rights | administrator rights | compte admin',
  catalogue: 'catalogue | catalogue de logiciels | portail de services | software catalogue | software catalog | service portal',
  update: 'mise à jour | mises à jour | update | updates',
  access: 'droit | droits | habilitation | habilitations | accès | access | permission | permissions | autorisation | autorisations | rights | privilege | privileges',
  newstaff: 'nouvel arrivant | nouvelle arrivante | nouveaux arrivants | nouvel agent | nouvelle recrue | arrivée | arrivant | arrivante | embauche | recrutement | new starter | new starters | new hire | new employee | newcomer | onboarding',
  departure: 'départ | départs | fin de contrat | end of contract | mutation | retraite | retirement | démission | resignation | leaver | leavers | leaving | departure | offboarding | quitte | quitter',
  restore: 'restaurer | restauration | récupérer | récupération | restore | restoring | recover | recovery | retrieve',
  deleted: 'supprimé | supprimée | supprimés | effacé | effacée | deleted | erased',
  overwritten: 'écrasé | écrasée | overwritten | overwrote',
  bin: 'corbeille | recycle bin',
  version: 'version précédente | versions précédentes | ancienne version | previous version | previous versions | older version',
  backup: 'sauvegarde | sauvegardes | backup | backups',
  file: 'fichier | fichiers | file | files',
  document: 'document | documents | doc',

  // Security
  phishing: 'phishing | hameçonnage | hameconnage | spam | pourriel | pourriels',
  suspicious: 'suspect | suspecte | suspicious | frauduleux | frauduleuse | fraud | fraudulent | arnaque | scam | louche',
  link: 'lien | liens | link | links',
  attachment: 'pièce jointe | pièces jointes | attachment | attachments | pj',
  sender: 'expéditeur | expéditrice | sender',
  ransomware: 'rançon | rançongiciel | ransomware | ransom | cryptolocker',
  encrypted: 'chiffré | chiffrés | chiffrement | encrypted | encryption | crypté | cryptés',
  malware: 'virus | malware | logiciel malveillant | trojan | cheval de troie',
  attack: 'piratage | piraté | hacked | cyberattaque | cyber attaque | cyberattack',

  // Care settings, roles, devices
  syringepump: 'pousse-seringue | pousse seringue | pousse-seringues | pse | syringe pump | syringe pumps | syringe driver | syringe drivers',
  pump: 'pompe | pompes | pompe à perfusion | perfuseur | infusion pump | infusion pumps | iv pump | pump | pumps',
  patientmonitor: 'scope | scopes | moniteur de surveillance | moniteur patient | patient monitor | bedside monitor | monitorage | monitoring',
  ventilator: 'respirateur | respirateurs | ventilator | ventilators',
  defibrillator: 'défibrillateur | dae | defibrillator | aed',
  ecg: 'ecg | électrocardiographe | électrocardiogramme | ekg',
  meddevice: 'appareil médical | appareils médicaux | dispositif médical | dispositifs médicaux | matériel biomédical | biomédical | biomed | medical device | medical devices | medical equipment | biomedical | saturomètre | oxymètre | tensiomètre | glucomètre | pulse oximeter | oximeter',
  alarm: 'alarme | alarmes | alarm | alarms',
  error: 'erreur | erreurs | error | errors | message d erreur | error message',
  broken: 'en panne | panne | pannes | hs | cassé | cassée | broken | faulty | défectueux | défectueuse | out of order | dead | not working | ne marche pas | ne marche plus | ne fonctionne pas | ne fonctionne plus | doesn t work | does not work',
};

/**
 * CONTEXT classes name where or who (a care unit, a role): strict synonyms whose weight is capped low,
 * since "en réa" or "l'IDE" rarely tells which problem it is.
 */
export const CONTEXT: Record<string, string> = {
  icu: 'réa | réanimation | soins intensifs | usi | usc | soins continus | icu | intensive care | critical care',
  theatre: 'bloc | bloc opératoire | operating room | operating theatre',
  emergency: 'urgences | urg | sau | emergency room | emergency department | a&e',
  nurse: 'ide | infirmier | infirmière | infirmiers | infirmières | nurse | nurses',
  carer: 'aide-soignant | aide-soignante | aides-soignants | aide soignante | aide soignant | healthcare assistant',
  manager: 'cadre | cadres | cadre de santé | ward manager | nurse manager',
  doctor: 'médecin | médecins | docteur | doctor | doctors | physician | physicians',
  secretary: 'secrétaire | secrétaires | secretary | secretaries | secrétariat',
  ward: 'service | services | unité | unités | unité de soins | ward | wards | unit | units | department',
};

export const RELATED: Record<string, string> = {
  cpsmiddleware: 'cryptolib | cryptolib cps | e-cps app | appli e-cps',
  toner: 'toner | cartouche | cartouches | cartridge | cartridges | tambour',
  addprinter: 'ajouter une imprimante | ajouter imprimante | installer une imprimante | installer imprimante | add printer | add a printer | nouvelle imprimante | new printer | connecter une imprimante',
  labelbrand: 'zebra | code barre | code-barre | code-barres | barcode | barcodes',
  admission: 'admission | admissions | pré-admission | préadmission | séjour | venue | enregistrement | enregistrer un patient | registration | register a patient | patient registration | accueil | front desk | ipp',
  imaging: 'imagerie | imagerie médicale | radio | radios | radiographie | radiologie | x-ray | xray | x ray | irm | mri | tdm | ct | ct scan | scanographie | échographie | écho | images | imaging | mammographie | dicom',
  bloodtest: 'bilan | bilan sanguin | prise de sang | analyses | blood test | blood tests | prélèvement | prélèvements',
  finance: 'finance | finances | comptabilité | facture | factures | invoice | invoices | bon de commande | bons de commande | purchase order | purchase orders',
  disconnect: 'déconnecté | déconnecte | déconnexion | disconnected | disconnects | disconnecting | drops | coupe | coupure',
  peripheral: 'pavé tactile | touchpad | trackpad | curseur | cursor | pointeur | dongle | pile | piles | batteries | sans fil',
  wifinames: 'chv-pro | chv pro | chv-invites | chv invites | ssid | borne wifi | hotspot | point d accès | access point',
  browserbrand: 'edge | chrome | firefox | internet explorer',
  intranet: 'intranet | site interne | site web | website | page web | web page',
  deploy: 'déployer | déploiement | deploy | deployment | télécharger | download',
  role: 'profil | profile | role | rôle | fonction',
  arrival: 'starting | starts | joins | joining | prise de poste',
  office: 'word | excel | powerpoint | tableur | spreadsheet | pdf | adobe | acrobat',
  folder: 'dossier | dossiers | folder | folders | répertoire',
  intern: 'interne | internes | intern | interns | resident | externe',
  extension: 'extension | extensions | bitcoin | bitcoins | cryptomonnaie',
  lockkey: 'clé | clef | clés | clefs',
};
