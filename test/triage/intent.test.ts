import { describe, expect, it } from 'vitest';
import { understandText } from '../../src/triage/index.js';

const intentOf = (message: string) => understandText(message).intent.value;

describe('what the writer wants', () => {
  it('tells a how-to question from a breakdown and from a request', () => {
    expect(intentOf('comment ajouter une imprimante ?')).toBe('question');
    expect(intentOf("l'imprimante ne marche plus")).toBe('incident_report');
    expect(intentOf('je voudrais installer Acrobat')).toBe('service_request');
    expect(intentOf("besoin d'un accès au PACS pour une nouvelle interne")).toBe('service_request');
    expect(intentOf('création de compte pour un nouvel arrivant')).toBe('service_request');
    expect(intentOf('How do I add a printer?')).toBe('question');
    expect(intentOf('The printer on the 2nd floor is jammed')).toBe('incident_report');
  });

  it('keeps a procedure question about a failure a question ("what do I do if the DPI goes down?")', () => {
    expect(intentOf('quelle est la marche à suivre si le DPI tombe en panne ?')).toBe('question');
  });

  it('reads new equipment that fails, and rights that were lost, as incidents; asking for them stays a request', () => {
    expect(intentOf("la nouvelle imprimante du secrétariat ne sort que des pages blanches")).toBe('incident_report');
    expect(intentOf('the new monitor in bed 2 shows wrong values')).toBe('incident_report');
    expect(intentOf("je n'ai plus mes droits sur le dossier partagé, accès refusé")).toBe('incident_report');
    expect(intentOf('il nous faudrait une nouvelle imprimante pour le secrétariat')).toBe('service_request');
    expect(intentOf('can we have a new laptop for the HAD nurse?')).toBe('service_request');
    expect(intentOf("pouvez-vous me donner les droits sur le dossier partagé du pôle ?")).toBe('service_request');
  });

  it('reads a failed installation as an incident, not a request', () => {
    expect(intentOf("impossible d'installer le pilote de l'imprimante, erreur 1603")).toBe('incident_report');
  });

  it('extracts a ticket number in any common spelling and asks for its status', () => {
    for (const [message, ref] of [
      ['où en est mon ticket INC-2026-000123 ?', 'INC-2026-000123'],
      ['des nouvelles de req-2026-000045', 'REQ-2026-000045'],
      ['inc2026000311 toujours pas résolu', 'INC-2026-000311'],
      ['Any update on REQ 2026 000046?', 'REQ-2026-000046'],
    ] as const) {
      const u = understandText(message);
      expect(u.intent.value, message).toBe('ticket_status');
      expect(u.ticket_ref, message).toBe(ref);
      expect(u.fields).toBeNull();
    }
    expect(intentOf("mon ticket d'hier pour l'imprimante, il en est où ?")).toBe('ticket_status');
  });

  it('understands SMS forms and courtesy messages', () => {
    expect(intentOf('jveux parler a qqn')).toBe('talk_to_human');
    expect(intentOf('can I speak to a real person')).toBe('talk_to_human');
    expect(intentOf('merci bcp')).toBe('thanks');
    expect(intentOf('bjr')).toBe('greeting');
    expect(intentOf('aide')).toBe('help');
    expect(intentOf('laisse tomber, ça remarche')).toBe('cancel');
    expect(intentOf('never mind')).toBe('cancel');
    expect(intentOf('mdp expiré svp')).toBe('incident_report');
  });

  it('does not let a greeting hide a report', () => {
    expect(intentOf("Bonjour, mon PC ne s'allume plus ce matin")).toBe('incident_report');
  });

  it('answers unknown when nothing fits', () => {
    expect(intentOf('la cantine est ouverte ce soir ?')).toBe('unknown');
    expect(intentOf('ok')).toBe('unknown');
  });

  it('detects the language, French winning ties', () => {
    expect(understandText('my screen is black').language).toBe('en');
    expect(understandText("l'écran est noir").language).toBe('fr');
    expect(understandText('PC HS').language).toBe('fr');
  });
});
