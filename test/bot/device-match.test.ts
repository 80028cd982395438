import { describe, expect, it } from 'vitest';
import { devicesPointedAt, isRoomNamed } from '../../src/bot/intake/device-match.js';
import type { IntakeAsset } from '../../src/bot/intake/index.js';

const place = (room: string) => ({ code: 'VAL-A133', site: 'VALMONT', building: 'A', floor: '1', unitCode: 'icu', unitName: 'Réanimation polyvalente', room });
const device = (tag: string, room: string, model: string): IntakeAsset => ({ tag, kind: 'biomedical', place: place(room), model });
const box3 = [
  device('BIO-REA-0003', 'A133 Box 3', 'Moniteur multiparamétrique Philips IntelliVue MX550'),
  device('BIO-REA-0011', 'A133 Box 3', 'Respirateur Dräger Evita V500'),
  device('BIO-REA-0019', 'A133 Box 3', 'Pousse-seringue B. Braun Perfusor Space'),
];
const box4 = [device('BIO-REA-0004', 'A134 Box 4', 'Moniteur multiparamétrique Philips IntelliVue MX550')];

describe('the device a message points at', () => {
  it('reads the room a nurse names against the inventory, whatever word she uses for it', () => {
    expect(isRoomNamed('A133 Box 3', 'box 3')).toBe(true);
    expect(isRoomNamed('A133 Box 3', 'chambre 3')).toBe(true);
    expect(isRoomNamed('A133 Box 3', 'chambre 33')).toBe(false);
    expect(isRoomNamed('B214 Bureau 214', 'bureau 214')).toBe(true);
    expect(isRoomNamed('A133 Box 3', 'bureau 3')).toBe(false);
    expect(isRoomNamed(null, 'box 3')).toBe(false);
    expect(isRoomNamed("A234 Salle d'opération 4", 'salle 4')).toBe(true);
    expect(isRoomNamed("A234 Salle d'opération 4", 'salle operation 4')).toBe(true);
    expect(isRoomNamed("A234 Salle d'opération 4", 'salle naissance 4')).toBe(false);
    expect(isRoomNamed('C131 Salle de naissance 2', 'salle naissance 2')).toBe(true);
  });

  it('singles out the monitor of box 3 for "le scope du box 3"', () => {
    expect(devicesPointedAt([...box3, ...box4], 'le scope du box 3 ne marche plus', 'box 3').map((d) => d.tag)).toEqual(['BIO-REA-0003']);
    expect(devicesPointedAt([...box3, ...box4], 'le PSE de la chambre 3 sonne', 'chambre 3').map((d) => d.tag)).toEqual(['BIO-REA-0019']);
  });

  it('keeps every candidate when what the message names matches none', () => {
    expect(devicesPointedAt([...box3, ...box4], 'le scope de la chambre 9 ne marche plus', 'chambre 9')).toHaveLength(2);
    expect(devicesPointedAt(box3, "l'appareil fait un bruit", undefined)).toHaveLength(3);
  });
});
