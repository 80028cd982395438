import { describe, expect, it } from 'vitest';
import { understandText } from '../../src/triage/index.js';
import { readingOf } from '../support/rules-reading.js';

const fieldsOf = (text: string) => understandText(text).fields!;
const intentOf = (text: string) => understandText(text).intent.value;

describe('who writes, and how they get by', () => {
  it.each([
    // The spare taken for the patient is the way round.
    'ECG machine in ER bay 5 won\'t print or export, paper is loaded. Grabbed the one from bay 2 for my chest pain patient but can someone look at it',
    // A colleague's advice followed.
    "sorry I'm new here, the med cart laptop says 'no network' and can't scan the wristbands. other nurse said use the fixed PC so I'm doing that",
    // The device still does its job.
    'Biomed reporting for Cardiology: 3 of the 6 ECG carts can\'t send to the ECG management server since the network change last night. They still print, so cardiologists read on paper.',
  ])('%s: care goes on, not P1', (text) => {
    const fields = fieldsOf(text);
    expect(fields.patient_care_impact.value).toBe(false);
    expect(fields.priority).not.toBe('P1');
  });

  it('"les services nous appellent en direct du coup" is a way round for the rules', () => {
    expect(readingOf("brancardage : l'appli des demandes de transport affiche plus rien sur nos smartphones depuis 1h, les services nous appellent en direct du coup").care).toBe(false);
  });

  it('a home-care nurse at a dying patient\'s bedside whose laptop holds the prescriptions: P1', () => {
    expect(fieldsOf('je suis chez une patiente en fin de vie, le pc portable ne démarre plus du tout et les prescriptions anticipées sont dedans. le médecin répond pas').priority).toBe('P1');
  });

  it.each([
    "Need access to the microbiology module for our new tech, she started today and can't do anything without it",
    'need a DICOM viewer on my office mac for surgical planning. thx',
  ])('%s asks for something', (text) => {
    expect(intentOf(text)).toBe('service_request');
  });

  it('"I need access to the PACS, it says access denied since this morning" is a refused access, not a request', () => {
    expect(intentOf('I need access to the PACS, it says access denied since this morning')).toBe('incident_report');
  });
});
