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

  it('reads an English "room 2" as any room of that number', () => {
    expect(isRoomNamed("A232 Salle d'opération 2", 'room 2')).toBe(true);
    expect(isRoomNamed('A133 Box 3', 'room 3')).toBe(true);
    expect(isRoomNamed("A232 Salle d'opération 2", 'room 3')).toBe(false);
  });

  it('singles out the anaesthesia station for "the anaesthesia machine in room 2"', () => {
    const theatre = (tag: string, room: string, model: string): IntakeAsset => ({ ...device(tag, room, model), place: { ...place(room), unitCode: 'operating_theatre' } });
    const room2 = [
      theatre('BIO-BLOC-0002', "A232 Salle d'opération 2", "Station d'anesthésie Dräger Perseus A500"),
      theatre('BIO-BLOC-0006', "A232 Salle d'opération 2", 'Moniteur multiparamétrique Philips IntelliVue MX550'),
      theatre('BIO-BLOC-0010', "A232 Salle d'opération 2", 'Pousse-seringue B. Braun Perfusor Space'),
    ];
    expect(devicesPointedAt(room2, "the anaesthesia machine shows a ventilation error", 'room 2').map((d) => d.tag)).toEqual(['BIO-BLOC-0002']);
  });

  it('singles out the monitor of box 3 for "le scope du box 3"', () => {
    expect(devicesPointedAt([...box3, ...box4], 'le scope du box 3 ne marche plus', 'box 3').map((d) => d.tag)).toEqual(['BIO-REA-0003']);
    expect(devicesPointedAt([...box3, ...box4], 'le PSE de la chambre 3 sonne', 'chambre 3').map((d) => d.tag)).toEqual(['BIO-REA-0019']);
  });

  it('singles out the devices of the nursing station for "le PC du poste de soins"', () => {
    const pc = (tag: string, room: string): IntakeAsset => ({ tag, kind: 'workstation', place: place(room), model: 'Dell OptiPlex 7010 SFF' });
    const unit = [pc('PC-REA-0100', 'A120 Bureau médical'), pc('PC-REA-0106', 'A110 Poste de soins'), pc('PC-REA-0107', 'A110 Poste de soins')];
    expect(devicesPointedAt(unit, 'le PC du poste de soins ne démarre plus', undefined).map((d) => d.tag)).toEqual(['PC-REA-0106', 'PC-REA-0107']);
    expect(devicesPointedAt(unit, 'the PC at the nursing station is frozen', undefined).map((d) => d.tag)).toEqual(['PC-REA-0106', 'PC-REA-0107']);
  });

  it('keeps every candidate when what the message names matches none', () => {
    expect(devicesPointedAt([...box3, ...box4], 'le scope de la chambre 9 ne marche plus', 'chambre 9')).toHaveLength(2);
    expect(devicesPointedAt(box3, "l'appareil fait un bruit", undefined)).toHaveLength(3);
  });
});
