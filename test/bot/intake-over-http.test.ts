import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../src/bot/messages/index.js';
import { reportOwnPcThatWillNotStart } from '../support/own-pc-report.js';
import { startBot, textsOf, type RunningBot } from '../support/runtime.js';

describe('a nurse reports a broken wristband printer in Teams, over HTTP', () => {
  let bot: RunningBot;
  beforeAll(async () => {
    bot = await startBot();
  });
  afterAll(async () => {
    await bot?.dispose();
  });

  it('collects what is missing, confirms with a summary and opens a ticket with the right facts', async () => {
    const alice = await bot.clientFor('alice.martin@chv.fr');
    const first = await alice.send("l'imprimante à bracelets des urgences n'imprime plus rien");
    expect(first.status).toBe(200);
    const opening = textsOf(first.replies);
    expect(opening).toMatch(/(Bonjour|Bonsoir) Alice/); // welcome card on first contact
    expect(opening).toContain('Je vais ouvrir un incident');
    expect(opening).toMatch(/De quel appareil|S'agit-il de LBL-URG/);

    const device = await alice.send('LBL-URG-0003');
    let text = textsOf(device.replies);
    // Everything else was said or implied by the first message: the summary comes next.
    for (let turn = 0; turn < 4 && !text.includes('Résumé de votre incident'); turn++) {
      text = textsOf((await alice.send(text.includes('Qui est touché') ? 'mon équipe' : text.includes('contournement') ? 'non, tout est bloqué' : 'oui')).replies);
    }
    expect(text).toContain('Résumé de votre incident');
    expect(text).toContain('LBL-URG-0003');
    expect(text).toContain('Urgences');

    const confirm = alice.message('', { value: { intake: 'create' } });
    const created = await alice.send(confirm);
    const confirmation = textsOf(created.replies);
    const number = /INC-\d{4}-\d{6}/.exec(confirmation)?.[0];
    expect(number, confirmation).toBeDefined();
    expect(confirmation).toMatch(/Priorité P[1-4]/);

    const ticket = await bot.runtime.services.tickets.get(number!);
    expect(ticket).toMatchObject({ requester: 'alice.martin@chv.fr', category: 'printer', sourceChannel: 'teams', language: 'fr' });
    const asset = await bot.runtime.services.directory.findAsset('LBL-URG-0003');
    expect(ticket.assetId).toBe(asset!.id);
    expect(ticket.locationId).toBe(asset!.locationId);

    // Teams retries the delivery: same answer, still one ticket.
    const retry = await alice.send(confirm);
    expect(textsOf(retry.replies)).toBe(confirmation);
    const mine = await bot.runtime.services.tickets.list({ requesterId: ticket.requesterId! });
    expect(mine.filter((t) => t.number === number)).toHaveLength(1);
    expect(mine).toHaveLength(1);

    // Status: hers is listed; a number that is not hers is not disclosed.
    const status = textsOf((await alice.send('où en est mon ticket ?')).replies);
    expect(status).toContain(number!);
    const colleague = await bot.runtime.store.db
      .selectFrom('users').select('email').where('email', '!=', 'alice.martin@chv.fr').where('aad_object_id', 'is not', null)
      .orderBy('id').executeTakeFirstOrThrow();
    const other = await bot.clientFor(colleague.email);
    const probe = textsOf((await other.send(`où en est le ${number}`)).replies);
    expect(probe).toContain('Je ne trouve pas');
    expect(probe).not.toContain(ticket.title);
  });

  it('accepts a correction in the middle of intake', async () => {
    const alice = await bot.clientFor('alice.martin@chv.fr');
    const fiche = textsOf((await alice.send('mon pc ne démarre plus')).replies);
    expect(fiche).toContain('Voici la fiche'); // level-1 deflection comes first
    expect(textsOf((await alice.send('non')).replies)).toContain('Je vais ouvrir un incident');
    const corrected = textsOf((await alice.send("non, c'est en réa")).replies);
    expect(corrected).toMatch(/noté.*Réanimation/i);
  });

  it('stops on "annule" and says nothing was saved', async () => {
    const alice = await bot.clientFor('alice.martin@chv.fr');
    await alice.send('le téléphone DECT ne sonne plus');
    const cancelled = textsOf((await alice.send('annule')).replies);
    expect(cancelled).toContain('rien n\'a été enregistré');
  });

  it('answers a level-1 question from the knowledge base and opens intake when it did not help', async () => {
    const bob = await bot.clientFor('alice.martin@chv.fr');
    const answer = textsOf((await bob.send('mon mdp a expiré, comment je le change ?')).replies);
    expect(answer).toContain('Voici la fiche');
    expect(answer).toContain('Cela a-t-il résolu le problème ?');
    const no = textsOf((await bob.send('non')).replies);
    expect(no).toContain(t('fr', 'kb.not_helpful'));
    // The ticket is announced once.
    expect(no.match(/ouvr(e|ir) un (ticket|incident)/g)).toHaveLength(1);
    expect(no).toContain('Je vais ouvrir un incident');
  });

  it('replies in English to a user who writes English', async () => {
    const alice = await bot.clientFor('alice.martin@chv.fr', { locale: 'en-GB' });
    const reply = textsOf((await alice.send('my computer will not start this morning')).replies);
    expect(reply).toContain('Here is the guide');
    expect(reply).toContain('Did this solve it?');
    expect(textsOf((await alice.send('no')).replies)).toContain("I'll open an incident");
  });
});

describe('a nurse reports that her own PC does not start', () => {
  let bot: RunningBot;
  beforeAll(async () => {
    bot = await startBot();
  });
  afterAll(async () => {
    await bot?.dispose();
  });

  it('proposes her own PC when a nurse says "mon PC", even in a unit full of PCs, and opens the ticket on it', async () => {
    const alice = await bot.clientFor('alice.martin@chv.fr');
    await alice.send('bonjour');
    const { proposal, summary, created } = await reportOwnPcThatWillNotStart(alice);
    expect(proposal).toContain("S'agit-il de PC-CARD-0342 (poste de travail) en Cardiologie, bâtiment B, étage 3 ?");
    expect(summary).toContain('PC-CARD-0342');
    const number = /INC-\d{4}-\d{6}/.exec(created)![0];
    const ticket = await bot.runtime.services.tickets.get(number);
    const pc = await bot.runtime.services.directory.findAsset('PC-CARD-0342');
    expect(ticket).toMatchObject({ requester: 'alice.martin@chv.fr', category: 'hardware', assetId: pc!.id, locationId: pc!.locationId });
  });

  it('keeps the kind of problem of a fiche that did not help, and takes "je sais pas" as not solved', async () => {
    const nurse = await bot.clientFor('alice.carpentier@chv.fr');
    await nurse.send('bonjour');
    const fiche = textsOf((await nurse.send('le scoppe de la chambre 2 est en panne, plus de courbe')).replies);
    expect(fiche).toContain('Cela a-t-il résolu le problème ?');
    const next = textsOf((await nurse.send('je sais pas')).replies);
    expect(next).toContain('Je vais ouvrir un incident');
    expect(next).not.toContain('De quel type de problème');
    const state = await bot.runtime.store.db.selectFrom('bot_state').select(['key', 'value']).execute();
    expect(state.map((row) => row.value).join(' ')).toContain('"category":"biomedical"');
  });

  it('sends a Cristal-Net incident to the application\'s own team, with the application as the asset', async () => {
    const doctor = await bot.clientFor('gaelle.mendes@chv.fr');
    await doctor.send('bonjour');
    let text = textsOf((await doctor.send('Cristal-Net ne répond plus du tout')).replies);
    for (let turn = 0; turn < 8 && !text.includes('Résumé de votre incident'); turn++) {
      const answer = text.includes('résolu le problème') ? 'non' : text.includes('Qui est touché') ? 'moi seulement' : text.includes('contournement') ? "oui mais c'est gênant" : text.includes('patients') ? 'non' : 'oui';
      text = textsOf((await doctor.send(answer)).replies);
    }
    expect(text).toContain('APP-DPI');
    const created = textsOf((await doctor.send(doctor.message('', { value: { intake: 'create' } }))).replies);
    const ticket = await bot.runtime.services.tickets.get(/INC-\d{4}-\d{6}/.exec(created)![0]);
    const application = await bot.runtime.services.directory.findAsset('APP-DPI');
    expect(ticket).toMatchObject({ category: 'software', assetId: application!.id, team: 'dpi-vendor-l2' });
  });
});
