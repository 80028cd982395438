import { describe, expect, it } from 'vitest';
import { defaultRedactionPolicy, redactText } from '../../src/redaction/index.js';
import { grouped, withKey, withWrongKey } from './nir-fixtures.js';

const mask = (text: string) => redactText(text, defaultRedactionPolicy).text;

const NIR_A = withKey('2840375112004');
const NIR_B = withKey('1850578006084');
const NIR_CORSE = withKey('178022B045067');
const NIR_OUTREMER = withKey('2920697101234');
const NIR_PROVISOIRE = withKey('7012575056789');
const NIR_ETRANGER = withKey('1750399123045');
const WRONG_A = withWrongKey('2840375112004');
const WRONG_B = withWrongKey('1850578006084');

/** Messages as staff write them, and what an outside provider may read of them. */
const positives: [string, string][] = [
  [`la patiente ${grouped(NIR_A)} n'apparaît pas dans le DPI`, "la patiente [NIR masqué] n'apparaît pas dans le DPI"],
  [`NIR ${NIR_B} refusé par le module admissions`, 'NIR [NIR masqué] refusé par le module admissions'],
  [`Impossible de créer la venue, n° sécu ${grouped(NIR_B, '.')}`, 'Impossible de créer la venue, n° sécu [NIR masqué]'],
  [`INS ${grouped(NIR_CORSE)} non qualifiée après téléservice`, 'INS [NIR masqué] non qualifiée après téléservice'],
  [`Le patient né à la Réunion (${NIR_OUTREMER}) a deux dossiers`, 'Le patient né à la Réunion ([NIR masqué]) a deux dossiers'],
  [`identifiant provisoire ${grouped(NIR_PROVISOIRE, '-')} à fusionner`, 'identifiant provisoire [NIR masqué] à fusionner'],
  [`Carte vitale illisible : ${grouped(NIR_ETRANGER)}.`, 'Carte vitale illisible : [NIR masqué].'],
  [`doublon entre ${NIR_A} et ${NIR_B}`, 'doublon entre [NIR masqué] et [NIR masqué]'],
  ['n° de sécurité sociale 1 85 05 78 006 084 sans la clé', 'n° de sécurité sociale [NIR masqué] sans la clé'],
  [`NSS: ${grouped(NIR_A)}\nmerci de corriger`, 'NSS: [NIR masqué]\nmerci de corriger'],
  ['rappelez-moi au 06 71 22 33 44', 'rappelez-moi au [téléphone masqué]'],
  ['mon portable : 06.71.22.33.44', 'mon portable : [téléphone masqué]'],
  ['tel 0671223344 merci', 'tel [téléphone masqué] merci'],
  ['joignable au +33 6 71 22 33 44 après 14h', 'joignable au [téléphone masqué] après 14h'],
  ['famille du patient : 0033 6 71 22 33 44', 'famille du patient : [téléphone masqué]'],
  ['fixe du cadre 01 23 45 67 89 (poste 5000 occupé)', 'fixe du cadre [téléphone masqué] (poste 5000 occupé)'],
  ['+33 (0)2 40 08 33 33 standard', '[téléphone masqué] standard'],
  ['appeler le 02-40-08-33-33 ou le 06 12 34 56 78', 'appeler le [téléphone masqué] ou le [téléphone masqué]'],
  ['numéros : 0612345678/0698765432', 'numéros : [téléphone masqué]/[téléphone masqué]'],
  ['06 12 34 56 78 14h30 rappel', '[téléphone masqué] 14h30 rappel'],
  ['rappeler au 06 71 22 33 44 10 minutes avant', 'rappeler au [téléphone masqué] 10 minutes avant'],
  ['écrire à jean.dupont@chu-exemple.fr.', 'écrire à [e-mail masqué].'],
  ['mail de la fille : françoise.martin+dpi@gmail.com', 'mail de la fille : [e-mail masqué]'],
  ['<marie_durand@hopital-exemple.fr> en copie', '<[e-mail masqué]> en copie'],
  ['contact: a.b-c@mail.chu-exemple.fr, merci', 'contact: [e-mail masqué], merci'],
  ['IPP 80123456 bloqué dans le DPI', 'IPP [IPP masqué] bloqué dans le DPI'],
  ["l'IPP n° 1234567 a été fusionné", "l'IPP n° [IPP masqué] a été fusionné"],
  ['IPP:8012345678', 'IPP:[IPP masqué]'],
  ['dossier 8012345678 verrouillé par un autre poste', 'dossier [IPP masqué] verrouillé par un autre poste'],
  ['le dossier du patient 8098765432 ne s’ouvre pas', 'le dossier du patient [IPP masqué] ne s’ouvre pas'],
  ['patiente 8000000017, chambre 12', 'patiente [IPP masqué], chambre 12'],
  ['NDA 2026004512 non facturable', 'NDA [NDA masqué] non facturable'],
  ['n° de séjour 226001234 en double', 'n° de séjour [NDA masqué] en double'],
  ['venue 2026123456 mal clôturée', 'venue [NDA masqué] mal clôturée'],
  [`IPP 80123456, NDA 2026004512, NIR ${NIR_A}`, 'IPP [IPP masqué], NDA [NDA masqué], NIR [NIR masqué]'],
  [`Mme X (${NIR_A}) tél. 06 71 22 33 44`, 'Mme X ([NIR masqué]) tél. [téléphone masqué]'],
  [`PC-CARD-0342 : impossible d'ouvrir le dossier 8012345678`, "PC-CARD-0342 : impossible d'ouvrir le dossier [IPP masqué]"],
  [`INC-2026-000123 concerne le NIR ${grouped(NIR_B)}`, 'INC-2026-000123 concerne le NIR [NIR masqué]'],
  [`192.168.10.24 renvoie l'IPP 80123456`, "192.168.10.24 renvoie l'IPP [IPP masqué]"],
  [`le 12/03/2026 à 14h30 la patiente ${NIR_A} a été créée`, 'le 12/03/2026 à 14h30 la patiente [NIR masqué] a été créée'],
  [`clé ok : ${grouped(NIR_B).slice(0, -3)} clé ${NIR_B.slice(13)}`, 'clé ok : [NIR masqué]'],
  [`CARTE VITALE ${NIR_CORSE.toLowerCase()}`, 'CARTE VITALE [NIR masqué]'],
  ['Patient: 8011112222', 'Patient: [IPP masqué]'],
  [`née en 1984 ${grouped(NIR_A)}, 42 ans`, 'née en [date de naissance masquée] [NIR masqué], 42 ans'],
];

/** Numbers that look alike but are not patient data: an outside provider reads them unchanged. */
const negatives: string[] = [
  'PC-CARD-0342 ne démarre pas',
  'INC-2026-000123 toujours en attente',
  "l'imprimante 192.168.10.24 ne répond plus",
  'le 12/03/2026 à 14h30',
  'rendez-vous le 01.03.2026 14:30 en salle 2',
  'date de création 2026-03-12T14:30:00Z',
  `NIR ${grouped(WRONG_A)} refusé : la clé est fausse`,
  `numéro ${WRONG_B} saisi deux fois`,
  `sécurité sociale ${WRONG_A}`,
  'appelez le poste 5000',
  'poste 45210 ou 4521',
  'serveur srv-dpi-01.chu.local injoignable',
  'version 10.4.2.1234 déployée',
  'Windows 10 22H2 build 19045.3803',
  'KB5034441 en échec',
  'montant de 1 250,00 € HT',
  'facture 2026031200045 payée',
  'numéro de série 5CG1234XYZ',
  'IMEI 356938035643809 du téléphone DECT',
  'RITM0012345 et CHG0034567',
  'adresse MAC 00:1A:2B:3C:4D:5E',
  'commande 8012345678 livrée',
  '1850578006084 sans aucun contexte',
  'lits 01 02 03 04 05 06 07 libérés',
  'port 8080, VLAN 120, masque 255.255.255.0',
  'lit 12 chambre 304, UF 1234 cardiologie',
  'durée 00:15:30',
  'FINESS 440000289',
  'SIRET 123 456 789 00012',
  'ISBN 978-2-1234-5680-3',
  'IBAN FR76 3000 6000 0112 3456 7890 189',
  'référence 06-2026-0042',
  'GLPI #123456 clos',
  'de 14h30 à 16h00',
  'ticket 2026000123 rouvert',
  'asset PRN-0612345678 hors service',
  'le compte jdupont est verrouillé',
  'user@localhost ne reçoit rien',
  'CPU 3.20 GHz, 16 Go',
  'tél. poste 06 12',
  'code 0000 pour la porte',
  'le dossier partagé \\\\srv-fic01\\cardio est plein',
  'PACS: série 1.2.840.113619.2.55.3 non transférée',
  'UID 1.2.250.1.213.1.4.8',
];

describe('what an outside provider reads', () => {
  it('has a table big enough to mean something', () => {
    expect(positives.length).toBeGreaterThanOrEqual(40);
    expect(negatives.length).toBeGreaterThanOrEqual(40);
  });

  it.each(positives)('masks patient data in %j', (input, expected) => {
    expect(mask(input)).toBe(expected);
  });

  it.each(negatives)('leaves %j unchanged', (input) => {
    expect(redactText(input, defaultRedactionPolicy)).toEqual({ text: input, found: [] });
  });

  it('masks a masked text into itself', () => {
    for (const [, expected] of positives) expect(mask(expected)).toBe(expected);
  });
});
