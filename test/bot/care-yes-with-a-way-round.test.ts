import { describe, expect, it } from 'vitest';
import { chatAs, runtimeForThisFile } from './chat-harness.js';

const runtime = runtimeForThisFile();

// From conversations with staff: "yes I can write them by hand" to "does it block or delay patient care?" set care held up
// and P2, when the words after the yes tell the way round that keeps care going.
describe('a yes to the care question followed by a way round', () => {
  async function atCareQuestionEnglish() {
    const chat = chatAs(runtime(), 'anne.morel@chv.fr', 'en-US');
    await chat.say('the admissions desk printer prints blank wristbands');
    await chat.say('no');
    await chat.say('LBL-ADM-0002');
    expect(await chat.say('only me')).toContain('Does it block or delay patient care?');
    return chat;
  }

  async function atCareQuestionFrench() {
    const chat = chatAs(runtime(), 'mathieu.henry@chv.fr');
    await chat.say("l'imprimante des bracelets du guichet sort des bracelets blancs");
    await chat.say('non');
    await chat.say('LBL-ADM-0002');
    expect(await chat.say('moi seul')).toContain('prise en charge des patients');
    return chat;
  }

  it.each(['yes I can write them by hand', 'yes but we write them by hand', 'yes, we use the printer next door for now'])(
    '"%s": care goes on, and the urgency is the way round\'s',
    async (answer) => {
      const chat = await atCareQuestionEnglish();
      const summary = await chat.say(answer);
      expect(summary).toContain('Patient care affected: no');
      expect(summary).not.toContain('Urgency: high');
      expect(summary).toMatch(/Priority: P[34]/);
    },
  );

  it.each(['oui mais on fait sur papier', "oui on se débrouille avec le poste d'à côté", "oui, on passe par l'imprimante d'à côté en attendant"])(
    '"%s" : les soins continuent',
    async (answer) => {
      const chat = await atCareQuestionFrench();
      const summary = await chat.say(answer);
      expect(summary).toContain('Soins impactés: non');
      expect(summary).not.toContain('Urgence: haute');
      expect(summary).toMatch(/Priorité: P[34]/);
    },
  );

  it('a plain "yes" is still care held up', async () => {
    const chat = await atCareQuestionEnglish();
    expect(await chat.say('yes')).not.toContain('Patient care affected: no');
  });

  it('un « oui » seul reste des soins impactés', async () => {
    const chat = await atCareQuestionFrench();
    expect(await chat.say('oui')).toContain('Soins impactés: oui');
  });

  it('a yes with a way round that is late all the same is care held up', async () => {
    const chat = await atCareQuestionEnglish();
    await chat.say('yes, we write them by hand but the meds are late');
    expect(await chat.say('Yes, but it is a nuisance')).toContain('Patient care affected: yes');
  });
});
