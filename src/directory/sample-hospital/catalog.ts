/** Support teams, business applications and central equipment of the sample hospital. */

export interface TeamSpec {
  code: string;
  name: string;
  /** The name English-speaking staff read. */
  name_en: string;
  level: 'l1' | 'l2' | 'proximity' | 'biomedical' | 'security';
  provider: string;
  contract_id: string;
}

/** Team codes are binding: SLA contracts and routing rules refer to them. */
export const TEAMS: TeamSpec[] = [
  { code: 'helpdesk-l1', name: 'Centre de services informatique (N1)', name_en: 'IT service desk (L1)', level: 'l1', provider: 'internal', contract_id: 'helpdesk-l1-internal' },
  { code: 'helpdesk-outsourced', name: 'Assistance N1 externalisée (nuits et week-ends)', name_en: 'Outsourced L1 help desk (nights and weekends)', level: 'l1', provider: 'Assistance Santé Services', contract_id: 'helpdesk-outsourced' },
  { code: 'dpi-vendor-l2', name: 'Support éditeur DPI Cristal-Net (N2)', name_en: 'Cristal-Net patient record vendor support (L2)', level: 'l2', provider: 'MédiDossier Éditions', contract_id: 'dpi-vendor-l2' },
  { code: 'pacs-vendor-l2', name: 'Support éditeur PACS (N2)', name_en: 'PACS vendor support (L2)', level: 'l2', provider: 'Radiologix Systèmes', contract_id: 'pacs-vendor-l2' },
  { code: 'lab-vendor-l2', name: 'Support éditeur SIL (N2)', name_en: 'Lab system vendor support (L2)', level: 'l2', provider: 'BioLogic Informatique', contract_id: 'lab-vendor-l2' },
  { code: 'apps-l2', name: 'Applications métier (N2)', name_en: 'Business applications (L2)', level: 'l2', provider: 'internal', contract_id: 'internal-l2' },
  { code: 'infra-l2', name: 'Infrastructure, serveurs et réseau (N2)', name_en: 'Infrastructure, servers and network (L2)', level: 'l2', provider: 'internal', contract_id: 'internal-l2' },
  { code: 'identity-access', name: 'Gestion des identités et des accès', name_en: 'Identity and access management', level: 'l2', provider: 'internal', contract_id: 'internal-l2' },
  { code: 'telecom', name: 'Téléphonie et DECT', name_en: 'Telephony and DECT', level: 'l2', provider: 'internal', contract_id: 'internal-l2' },
  { code: 'proximity', name: 'Support de proximité', name_en: 'On-site support', level: 'proximity', provider: 'internal', contract_id: 'proximity' },
  { code: 'biomedical', name: 'Ingénierie biomédicale', name_en: 'Biomedical engineering', level: 'biomedical', provider: 'internal', contract_id: 'biomedical' },
  { code: 'security', name: 'Sécurité des systèmes d’information', name_en: 'Information security', level: 'security', provider: 'internal', contract_id: 'security' },
];

export interface ApplicationSpec {
  code: string;
  name: string;
  vendor: string;
  support_team_code: string;
  /** Model column of the application's asset row (product and version). */
  product: string;
}

export const APPLICATIONS: ApplicationSpec[] = [
  { code: 'dpi', name: 'DPI Cristal-Net', vendor: 'MédiDossier Éditions', support_team_code: 'dpi-vendor-l2', product: 'Cristal-Net 7 (dossier patient informatisé)' },
  { code: 'gam', name: 'GAM admissions', vendor: 'Santé Gestion', support_team_code: 'apps-l2', product: 'GAM (gestion administrative des malades)' },
  { code: 'pacs', name: 'PACS imagerie', vendor: 'Radiologix Systèmes', support_team_code: 'pacs-vendor-l2', product: 'Radiologix PACS 12' },
  { code: 'sil', name: 'SIL laboratoire', vendor: 'BioLogic Informatique', support_team_code: 'lab-vendor-l2', product: 'BioLogic SIL 5' },
  { code: 'oracle-finance', name: 'Oracle Finances', vendor: 'Oracle', support_team_code: 'apps-l2', product: 'Oracle E-Business Suite (finances)' },
  { code: 'oracle-hr', name: 'Oracle RH', vendor: 'Oracle', support_team_code: 'apps-l2', product: 'Oracle E-Business Suite (paie et RH)' },
  { code: 'dictation', name: 'Dictée numérique', vendor: 'VoxMed', support_team_code: 'apps-l2', product: 'VoxMed Dictée 9' },
  { code: 'mssante', name: 'Messagerie MSSanté', vendor: 'Agence du Numérique en Santé', support_team_code: 'apps-l2', product: 'MSSanté (messagerie sécurisée de santé)' },
  { code: 'pharmacy', name: 'Logiciel de pharmacie', vendor: 'Officis Santé', support_team_code: 'apps-l2', product: 'PharmaTrace 4 (circuit du médicament)' },
  { code: 'active-directory', name: 'Active Directory', vendor: 'Microsoft', support_team_code: 'identity-access', product: 'Annuaire Active Directory (comptes Windows)' },
  { code: 'messaging', name: 'Messagerie Outlook', vendor: 'Microsoft', support_team_code: 'infra-l2', product: 'Microsoft Exchange / Outlook' },
];

/** Servers in the data centre (VAL-E0-DC) or on the geriatric site: [tag suffix, application code or '', model]. */
export const SERVERS: Array<[string, string, string]> = [
  ['DPI-APP01', 'dpi', 'Dell PowerEdge R750'],
  ['DPI-APP02', 'dpi', 'Dell PowerEdge R750'],
  ['DPI-DB01', 'dpi', 'Dell PowerEdge R760'],
  ['GAM-01', 'gam', 'HPE ProLiant DL380 Gen10'],
  ['PACS-01', 'pacs', 'HPE ProLiant DL380 Gen11'],
  ['PACS-STO01', 'pacs', 'NetApp AFF A250'],
  ['SIL-01', 'sil', 'HPE ProLiant DL360 Gen10'],
  ['ORA-01', 'oracle-finance', 'Dell PowerEdge R650'],
  ['ORA-02', 'oracle-hr', 'Dell PowerEdge R650'],
  ['DICT-01', 'dictation', 'VMware VM (4 vCPU)'],
  ['PHARMA-01', 'pharmacy', 'VMware VM (4 vCPU)'],
  ['MSS-01', 'mssante', 'VMware VM (2 vCPU)'],
  ['AD-01', 'active-directory', 'VMware VM (2 vCPU)'],
  ['AD-02', 'active-directory', 'VMware VM (2 vCPU)'],
  ['EXCH-01', 'messaging', 'Dell PowerEdge R650'],
  ['FIC-01', '', 'Dell PowerEdge R650 (fichiers)'],
  ['IMP-01', '', 'VMware VM (serveur d’impression)'],
  ['CTX-01', '', 'Dell PowerEdge R750 (Citrix)'],
  ['CTX-02', '', 'Dell PowerEdge R750 (Citrix)'],
  ['CTX-03', '', 'Dell PowerEdge R750 (Citrix)'],
  ['SAUV-01', '', 'HPE StoreOnce 3660 (sauvegarde)'],
  ['VCENTER-01', '', 'VMware vCenter'],
];

export const DESKTOPS = ['HP EliteDesk 800 G6 SFF', 'Dell OptiPlex 7010 SFF', 'Lenovo ThinkCentre M70q Gen 3'] as const;
export const LAPTOPS = ['Dell Latitude 5440', 'HP EliteBook 840 G9'] as const;
export const CARE_CART = 'Chariot de soins Ergotron CareFit Pro + HP Elite Mini 800 G9';
export const READING_CONSOLE = "HP Z4 G5 + écrans Barco Nio (console d'interprétation)";
export const OFFICE_PRINTERS = ['Kyocera ECOSYS M3655idn', 'Lexmark MX622adhe'] as const;
export const WARD_PRINTERS = ['HP LaserJet Pro M404dn', 'Brother HL-L6300DW'] as const;
export const DECT_PHONES = ['Ascom d63', 'Ascom d83 (alarme travailleur isolé)'] as const;
export const ACCESS_SWITCH = 'Cisco Catalyst 9200L-48P';
export const CORE_SWITCH = 'Cisco Catalyst 9500-24Y4C';
export const ACCESS_POINT = 'Borne Wi-Fi Aruba AP-515';
