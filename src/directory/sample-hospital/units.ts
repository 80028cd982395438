/** The care units and departments of the Centre hospitalier de Valmont (CHV), and where they are. */

export type Site = 'VALMONT' | 'LES-TILLEULS';
export type UnitKind = 'care' | 'medtech' | 'admin';
/** Care units are grouped in clinical divisions (pôles), each led by a cadre supérieur de santé. */
export type Pole = 'medecine' | 'chirurgie-urgences' | 'femme-enfant-medicotechnique';

export interface UnitSpec {
  code: string;
  /** Short code used in asset tags: PC-CARD-0342, PRN-URG-0012, BIO-REA-0007. */
  abbr: string;
  name: string;
  site: Site;
  building: string;
  /** The first floor holds the offices; every floor of a care unit has its own nursing station. */
  floors: string[];
  kind: UnitKind;
  pole?: Pole;
  /** Biomedical devices: [model, count]. */
  biomedical?: Array<[string, number]>;
  labelPrinters?: { model: string; count: number };
  /** First number of the unit's workstation tags (PC-CARD-0330...). */
  pcBase: number;
}

const MONITOR = 'Moniteur multiparamétrique Philips IntelliVue MX550';
const SCOPE = 'Scope Mindray BeneVision N12';
const TELEMETRY = 'Scope de télémétrie Mindray BeneVision TMS-1';
const SYRINGE = 'Pousse-seringue B. Braun Perfusor Space';
const PUMP = 'Pompe à perfusion Fresenius Kabi Agilia VP';
const VENTILATOR = 'Respirateur Dräger Evita V500';
const ECG = 'Électrocardiographe GE MAC 2000';
const DEFIB = 'Défibrillateur Zoll R Series';
const WRISTBAND = 'Zebra HC100 (bracelets patients)';
const TUBE_LABELS = 'Zebra ZD421 (étiquettes)';

export const UNITS: UnitSpec[] = [
  {
    code: 'emergency', abbr: 'URG', name: 'Urgences', site: 'VALMONT', building: 'A', floors: ['0'], kind: 'care',
    pole: 'chirurgie-urgences', pcBase: 10,
    biomedical: [[SCOPE, 6], [ECG, 2], [SYRINGE, 4], [DEFIB, 2], ['Respirateur de transport Hamilton T1', 1]],
    labelPrinters: { model: WRISTBAND, count: 3 },
  },
  {
    code: 'admissions', abbr: 'ADM', name: 'Bureau des admissions', site: 'VALMONT', building: 'A', floors: ['0'],
    kind: 'admin', pcBase: 20, labelPrinters: { model: WRISTBAND, count: 3 },
  },
  {
    code: 'icu', abbr: 'REA', name: 'Réanimation polyvalente', site: 'VALMONT', building: 'A', floors: ['1'], kind: 'care',
    pole: 'chirurgie-urgences', pcBase: 100,
    biomedical: [[MONITOR, 8], [VENTILATOR, 6], [SYRINGE, 10], [DEFIB, 1], [ECG, 1]],
    labelPrinters: { model: TUBE_LABELS, count: 1 },
  },
  {
    code: 'operating_theatre', abbr: 'BLOC', name: 'Bloc opératoire', site: 'VALMONT', building: 'A', floors: ['2'],
    kind: 'care', pole: 'chirurgie-urgences', pcBase: 200,
    biomedical: [["Station d'anesthésie Dräger Perseus A500", 4], [MONITOR, 4], [SYRINGE, 4]],
  },
  {
    code: 'recovery', abbr: 'SSPI', name: 'Salle de surveillance post-interventionnelle', site: 'VALMONT', building: 'A',
    floors: ['2'], kind: 'care', pole: 'chirurgie-urgences', pcBase: 250,
    biomedical: [[MONITOR, 6], [SYRINGE, 4]],
  },
  {
    code: 'internal_medicine', abbr: 'MED', name: 'Médecine interne', site: 'VALMONT', building: 'B', floors: ['1'],
    kind: 'care', pole: 'medecine', pcBase: 100, biomedical: [[PUMP, 4], [SCOPE, 2]],
  },
  {
    code: 'neurology', abbr: 'NEURO', name: 'Neurologie', site: 'VALMONT', building: 'B', floors: ['2'], kind: 'care',
    pole: 'medecine', pcBase: 150, biomedical: [[SCOPE, 2], [PUMP, 3], ['Électroencéphalographe Natus NeuroWorks', 1]],
  },
  {
    code: 'cardiology', abbr: 'CARD', name: 'Cardiologie', site: 'VALMONT', building: 'B', floors: ['3'], kind: 'care',
    pole: 'medecine', pcBase: 330, biomedical: [[TELEMETRY, 6], [ECG, 2], [PUMP, 4], [DEFIB, 1]],
  },
  {
    code: 'surgery', abbr: 'CHIR', name: 'Chirurgie viscérale et orthopédique', site: 'VALMONT', building: 'B', floors: ['4'],
    kind: 'care', pole: 'chirurgie-urgences', pcBase: 400, biomedical: [[PUMP, 4], [SCOPE, 2]],
  },
  {
    code: 'radiology', abbr: 'RAD', name: 'Imagerie médicale', site: 'VALMONT', building: 'C', floors: ['0'], kind: 'medtech',
    pole: 'femme-enfant-medicotechnique', pcBase: 500,
    biomedical: [
      ['Scanner Siemens SOMATOM go.Up', 1], ['IRM Siemens MAGNETOM Altea', 1], ['Échographe GE LOGIQ E10', 2],
      ['Table de radiologie Philips DigitalDiagnost C90', 2],
    ],
  },
  {
    code: 'maternity', abbr: 'MAT', name: 'Maternité', site: 'VALMONT', building: 'C', floors: ['1'], kind: 'care',
    pole: 'femme-enfant-medicotechnique', pcBase: 550,
    biomedical: [['Cardiotocographe Philips Avalon FM30', 4], [PUMP, 2]],
    labelPrinters: { model: WRISTBAND, count: 2 },
  },
  {
    code: 'oncology', abbr: 'ONCO', name: 'Oncologie et hôpital de jour', site: 'VALMONT', building: 'C', floors: ['2'],
    kind: 'care', pole: 'medecine', pcBase: 600, biomedical: [[PUMP, 8]],
    labelPrinters: { model: TUBE_LABELS, count: 1 },
  },
  {
    code: 'pediatrics', abbr: 'PED', name: 'Pédiatrie', site: 'VALMONT', building: 'C', floors: ['3'], kind: 'care',
    pole: 'femme-enfant-medicotechnique', pcBase: 650, biomedical: [[SCOPE, 3], [SYRINGE, 4], ['Incubateur Dräger Babyleo TN500', 2]],
    labelPrinters: { model: WRISTBAND, count: 1 },
  },
  {
    code: 'laboratory', abbr: 'LAB', name: 'Laboratoire de biologie médicale', site: 'VALMONT', building: 'D', floors: ['0'],
    kind: 'medtech', pole: 'femme-enfant-medicotechnique', pcBase: 700,
    biomedical: [['Automate de biochimie Roche cobas pro', 2], ["Automate d'hématologie Sysmex XN-1000", 2]],
    labelPrinters: { model: TUBE_LABELS, count: 3 },
  },
  {
    code: 'pharmacy', abbr: 'PHAR', name: 'Pharmacie à usage intérieur', site: 'VALMONT', building: 'D', floors: ['1'],
    kind: 'medtech', pcBase: 750,
  },
  { code: 'logistics', abbr: 'LOG', name: 'Logistique et services techniques', site: 'VALMONT', building: 'E', floors: ['0'], kind: 'admin', pcBase: 800 },
  { code: 'it', abbr: 'DSI', name: "Direction des systèmes d'information", site: 'VALMONT', building: 'E', floors: ['1'], kind: 'admin', pcBase: 850 },
  { code: 'hr', abbr: 'DRH', name: 'Direction des ressources humaines', site: 'VALMONT', building: 'E', floors: ['2'], kind: 'admin', pcBase: 900 },
  { code: 'finance', abbr: 'FIN', name: 'Direction des finances', site: 'VALMONT', building: 'E', floors: ['2'], kind: 'admin', pcBase: 930 },
  { code: 'management', abbr: 'DIR', name: 'Direction générale', site: 'VALMONT', building: 'E', floors: ['3'], kind: 'admin', pcBase: 960 },
  {
    code: 'geriatrics', abbr: 'GER', name: 'Gériatrie (SSR et USLD)', site: 'LES-TILLEULS', building: 'F', floors: ['1', '2'],
    kind: 'care', pole: 'medecine', pcBase: 100, biomedical: [[PUMP, 3], [SCOPE, 1]],
    labelPrinters: { model: TUBE_LABELS, count: 1 },
  },
];

export const SITE_PREFIX: Record<Site, string> = { VALMONT: 'VAL', 'LES-TILLEULS': 'TIL' };
