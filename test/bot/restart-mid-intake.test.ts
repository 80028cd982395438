import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { MockConnector } from '../support/mock-connector.js';
import { startBot, textsOf } from '../support/runtime.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'triage-restart-'));
let connector: MockConnector | undefined;
afterAll(async () => {
  await connector?.close();
  rmSync(dir, { recursive: true, force: true });
});

it('resumes intake at the same question after the process restarts', async () => {
  connector = await MockConnector.start();
  const before = await startBot({ dir, connector });
  const alice = await before.clientFor('alice.martin@chv.fr');
  const conversationId = alice.conversationId;
  const user = alice.user;
  const opening = textsOf((await alice.send("le scope du box 4 en cardio n'affiche plus rien")).replies);
  expect(opening).toContain('Je vais ouvrir un incident');
  await before.stop();

  const after = await startBot({ dir, connector });
  try {
    const again = new (alice.constructor as typeof import('../support/bot-client.js').BotClient)({
      botUrl: after.botUrl, connector, user, conversationId,
    });
    let text = textsOf((await again.send('je ne sais pas')).replies);
    for (let turn = 0; turn < 6 && !text.includes('Résumé de votre incident'); turn++) {
      text = textsOf((await again.send(text.includes('Qui est touché') ? 'moi seul' : text.includes('contournement') ? 'non, tout est bloqué' : 'oui')).replies);
    }
    // The answers given after the restart completed the form started before it.
    expect(text).toContain('Résumé de votre incident');
    expect(text).toContain("le scope du box 4 en cardio n'affiche plus rien");
    const created = textsOf((await again.send(again.message('', { value: { intake: 'create' } }))).replies);
    const number = /INC-\d{4}-\d{6}/.exec(created)?.[0];
    const ticket = await after.runtime.services.tickets.get(number!);
    expect(ticket).toMatchObject({ category: 'biomedical', team: 'biomedical', priority: 'P1' });
  } finally {
    await after.stop();
  }
});
