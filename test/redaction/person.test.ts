import { describe, expect, it } from 'vitest';
import { defaultRedactionPolicy, parseRedactionPolicy, redactForAudience, redactText } from '../../src/redaction/index.js';
import { DEFAULT_POLICY_FILE } from '../../src/redaction/policy-schema.js';

const mask = (text: string) => redactText(text, defaultRedactionPolicy).text;

// Names and dates of birth as staff write them about patients; an outside provider must not read them.
describe('a person named after a title, and a date of birth', () => {
  it.each([
    ["le DPI se ferme qd j'ouvre le dossier de Mme DURAND Josiane (née 12/03/1948) chambre 5", "le DPI se ferme qd j'ouvre le dossier de Mme [nom masqué] (née [date de naissance masquée]) chambre 5"],
    ['mme durand de la 12 a un bracelet faux', 'mme [nom masqué] de la 12 a un bracelet faux'],
    ['M. Dupont-Martin et Mme LEBLANC ont deux dossiers', 'M. [nom masqué] et Mme [nom masqué] ont deux dossiers'],
    ['Monsieur Jean Paul Martin sort demain', 'Monsieur [nom masqué] sort demain'],
    ['Mme Durand, née Leblanc', 'Mme [nom masqué], née [nom masqué]'],
    ['Mr. Smith, DOB 12/03/1948, bed 4', 'Mr. [nom masqué], DOB [date de naissance masquée], bed 4'],
    ["Miss O'Neil, date of birth: 1948-03-12", 'Miss [nom masqué], date of birth: [date de naissance masquée]'],
    ['DDN 12.03.48 ne passe pas', 'DDN [date de naissance masquée] ne passe pas'],
    ['née le 3 mars 1950', 'née le [date de naissance masquée]'],
    ['patient born on March 3, 1950', 'patient born on [date de naissance masquée]'],
    ['date de naissance : 03/03/1950', 'date de naissance : [date de naissance masquée]'],
  ])('"%s"', (text, masked) => {
    expect(mask(text)).toBe(masked);
    expect(mask(masked)).toBe(masked);
  });

  it.each([
    'Mme X (chambre 12) est sortie',
    'Mme la cadre est d\'accord',
    'le Dr Martin a validé la prescription',
    '200 ms latency on MS Teams',
    'Le patient né à la Réunion a deux dossiers',
    'bébé née prématurée cette nuit, la couveuse alarme',
    'le 12/03/2026 à 14h30 le scope a redémarré',
    'PC-CARD-0342 ne démarre plus depuis le 12/03/2026',
  ])('leaves "%s" as written', (text) => {
    expect(mask(text)).toBe(text);
  });

  it('the hospital\'s own audit trail keeps names; outside providers and logs do not get them', () => {
    const text = 'dossier de Mme DURAND (née 12/03/1948) bloqué';
    expect(redactForAudience(text, 'internal_audit', defaultRedactionPolicy).text).toBe(text);
    expect(redactForAudience(text, 'external', defaultRedactionPolicy).text).not.toMatch(/DURAND|1948/);
    expect(redactForAudience(text, 'logs', defaultRedactionPolicy).text).not.toMatch(/DURAND|1948/);
  });

  it('a policy file written before these kinds existed still loads, with their placeholders by default', () => {
    const older = structuredClone(DEFAULT_POLICY_FILE) as { placeholders: Record<string, string> };
    delete older.placeholders.person;
    delete older.placeholders.birth_date;
    const result = parseRedactionPolicy(older);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.policy.placeholders.person).toBe('[nom masqué]');
  });
});
