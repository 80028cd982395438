import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ConversationState, MemoryStorage, TestAdapter, UserState, type Activity } from 'botbuilder';
import { TriageBot } from '../../src/bot/index.js';
import { t } from '../../src/bot/messages/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRuntime, type Runtime } from '../../src/app/runtime.js';
import { loadConfig } from '../../src/config/index.js';
import { silentLogger } from '../../src/log.js';
import { textsOf } from '../support/runtime.js';

let runtime: Runtime;
const dir = mkdtempSync(path.join(os.tmpdir(), 'triage-dialogs-'));
beforeAll(async () => {
  runtime = await createRuntime(loadConfig({ DATABASE_URL: `sqlite:${path.join(dir, 't.db')}` }), { logger: silentLogger });
});
afterAll(async () => {
  await runtime?.close();
  rmSync(dir, { recursive: true, force: true });
});

let conversations = 0;

/** A TestAdapter conversation with the real bot, as alice.martin@chv.fr (found by e-mail, as in the Emulator). */
function conversation() {
  const adapter = new TestAdapter((context) => runtime.bot.run(context));
  adapter.conversation = TestAdapter.createConversation(`dialogs-${++conversations}`, 'alice.martin@chv.fr', 'triage');
  adapter.locale = 'fr-FR';
  const collected: Array<Partial<Activity>> = [];
  return {
    /** Sends a message and returns all the texts the bot sent back for it. */
    async say(text: string | Partial<Activity>): Promise<string> {
      collected.length = 0;
      await adapter.send(text);
      for (let next = adapter.activeQueue.shift(); next; next = adapter.activeQueue.shift()) collected.push(next);
      return textsOf(collected as never);
    },
  };
}

describe('dialogs with botbuilder TestAdapter', () => {
  it('greets a first-time user with the welcome card, then by name', async () => {
    const chat = conversation();
    const first = await chat.say('bonjour');
    expect(first).toContain('je suis Triage');
    expect(await chat.say('bonjour')).toMatch(/(Bonjour|Bonsoir) Alice/);
  });

  it('lists what it can do on "aide" and says there is nothing to cancel when idle', async () => {
    const chat = conversation();
    await chat.say('bonjour');
    expect(await chat.say('aide')).toContain('répondre aux questions courantes');
    expect(await chat.say('annule')).toContain('rien en cours à annuler');
  });

  it('starts over on "recommencer" in the middle of a request', async () => {
    const chat = conversation();
    await chat.say('bonjour');
    expect(await chat.say("je voudrais installer Acrobat Pro sur mon poste")).toContain('enregistrer votre demande');
    expect(await chat.say('recommencer')).toContain('On repart de zéro');
    expect(await chat.say('merci')).toContain('Avec plaisir');
  });

  it('records a software request with a REQ number', async () => {
    const chat = conversation();
    await chat.say('bonjour');
    let text = await chat.say("je voudrais faire installer le logiciel Acrobat Pro sur mon poste");
    for (let turn = 0; turn < 5 && !text.includes('Résumé de votre demande'); turn++) {
      if (text.includes('Quelle est votre demande')) text = await chat.say('Installer un logiciel');
      else if (text.includes('Quel logiciel')) text = await chat.say('Acrobat Pro, sur PC-CARD-0342');
      else if (text.includes('Pour quand')) text = await chat.say('Cette semaine');
      else break;
    }
    expect(text).toContain('Résumé de votre demande');
    const created = await chat.say({ type: 'message', value: { intake: 'create' } });
    expect(created).toMatch(/Ticket REQ-\d{4}-\d{6} créé/);
  });

  it('re-prompts helpfully after an answer it cannot use, then gives up politely', async () => {
    const chat = conversation();
    await chat.say('bonjour');
    const opening = await chat.say('le téléphone DECT du poste de soins ne sonne plus');
    if (opening.includes('Voici la fiche')) expect(await chat.say('non')).toContain('Je vais ouvrir un incident');
    const first = await chat.say('blablabla');
    expect(first).toMatch(/Je n'ai pas compris|Répondez « oui » ou « non »|Je ne trouve pas l'appareil|Je ne reconnais pas/);
    await chat.say('blablabla');
    expect(await chat.say('blablabla')).toContain('appelez le 5000');
  });

  it('understands a plain "non" to the device number (no number) and to the workaround question (all blocked)', async () => {
    const chat = conversation();
    await chat.say('bonjour');
    const asked = new Set<string>();
    let text = await chat.say('le lecteur de code-barres du labo ne lit plus rien');
    if (text.includes('Voici la fiche')) text = await chat.say('non');
    for (let turn = 0; turn < 8 && !text.includes('Résumé de votre incident'); turn++) {
      if (text.includes("numéro de l'appareil") || text.includes('De quel appareil')) {
        text = await chat.say('non');
        asked.add('device');
      } else if (text.includes('contournement')) {
        asked.add('workaround');
        text = await chat.say('non');
        expect(text).not.toMatch(/Je n'ai pas compris/);
      } else if (text.includes('Qui est touché')) text = await chat.say('mon équipe');
      else text = await chat.say(text.includes('patients') ? 'non' : 'oui');
      expect(text).not.toMatch(/Je n'ai pas compris|Je ne trouve pas l'appareil « non »/);
    }
    expect([...asked].sort()).toEqual(['device', 'workaround']);
    expect(text).toContain('Résumé de votre incident');
    expect(text).toMatch(/Urgence: haute/);
    // "non" to "shall I create it?" opens the correction, it is not a misunderstanding.
    expect(await chat.say('non')).toContain(t('fr', 'intake.ask.change'));
  });

  it('takes a newcomer\'s details as the request detail, even when they name a unit', async () => {
    const chat = conversation();
    await chat.say('bonjour');
    let text = await chat.say('il faudrait créer un compte pour une nouvelle infirmière qui arrive lundi');
    if (text.includes('Quelle est votre demande')) text = await chat.say('Nouveau compte');
    expect(text).toContain("Nom, fonction, service et date d'arrivée");
    text = await chat.say('Julie Morel, IDE, urgences, arrive lundi 12');
    expect(text).not.toContain("Nom, fonction, service et date d'arrivée");
    // "qui arrive lundi" said when it is needed: not asked again.
    expect(text).not.toContain('Pour quand en avez-vous besoin');
    expect(text).toContain('Pour quand: lundi');
    expect(text).toContain('Votre message: il faudrait créer un compte pour une nouvelle infirmière');
    expect(text).toContain('Précisions: Julie Morel, IDE, urgences, arrive lundi 12');
    const created = await chat.say({ type: 'message', value: { intake: 'create' } });
    const number = /REQ-\d{4}-\d{6}/.exec(created)?.[0];
    expect(number, created).toBeDefined();
    expect((await runtime.services.tickets.get(number!)).title).toBe('Un compte pour un nouvel arrivant : Julie Morel, IDE, urgences, arrive lundi 12');
  });

  it('keeps the kind of problem when an answer names a place that sounds like a device ("oui, au poste de soins")', async () => {
    const chat = conversation();
    await chat.say('bonjour');
    let text = await chat.say("l'imprimante à bracelets ne marche plus");
    for (let turn = 0; turn < 4 && !text.includes('Le problème est-il en'); turn++) text = await chat.say(text.includes('Voici la fiche') ? 'non' : 'je ne sais pas');
    expect(text).toContain('Le problème est-il en');
    text = await chat.say('oui, au poste de soins');
    for (let turn = 0; turn < 5 && !text.includes('Résumé de votre incident'); turn++) {
      text = await chat.say(text.includes('Qui est touché') ? 'mon équipe' : text.includes('contournement') ? 'non' : 'non');
    }
    expect(text).toContain('Type: Imprimante');
  });

  it('proposes the monitor of the box a nurse names ("le scope du box 3 en réa")', async () => {
    const chat = conversation();
    await chat.say('bonjour');
    const text = await chat.say('le scope du box 3 en réa ne marche plus, on surveille à la main');
    expect(text).toContain("S'agit-il de BIO-REA-0003 (équipement biomédical) en Réanimation polyvalente");
  });

  it('takes "je ne sais pas" to who is affected, to patient care and to the workaround, erring on the side of care', async () => {
    const chat = conversation();
    await chat.say('bonjour');
    let text = await chat.say('le lecteur de code-barres du labo ne lit plus rien');
    if (text.includes('Voici la fiche')) text = await chat.say('non');
    const asked: string[] = [];
    for (let turn = 0; turn < 8 && !text.includes('Résumé de votre incident'); turn++) {
      if (text.includes("numéro de l'appareil") || text.includes('De quel appareil')) text = await chat.say('non');
      else if (text.includes('Qui est touché') || text.includes('patients') || text.includes('contournement')) {
        asked.push(text.includes('Qui est touché') ? 'scope' : text.includes('patients') ? 'care' : 'workaround');
        text = await chat.say('je ne sais pas');
      } else text = await chat.say('oui');
      expect(text).not.toMatch(/Je n'ai pas compris|Je n'y arrive pas/);
    }
    expect(asked.length).toBeGreaterThan(0);
    expect(text).toContain('Résumé de votre incident');
    if (asked.includes('care')) expect(text).toContain('Soins impactés: oui');
  });

  it('reads a device number typed loosely in answer to "which device?"', async () => {
    const chat = conversation();
    await chat.say('bonjour');
    // A nurse of cardiology reports a wristband printer without naming the unit, then types a tag of another one.
    let text = await chat.say("l'imprimante à bracelets fait des traits");
    expect(text).toMatch(/De quel appareil s'agit-il \?|numéro de l'appareil/);
    text = await chat.say('lbl urg 0002');
    expect(text).not.toMatch(/Je n'ai pas compris|C'est noté/);
    for (let turn = 0; turn < 6 && !text.includes('Résumé de votre incident'); turn++) text = await chat.say(text.includes('Qui est touché') ? 'mon équipe' : 'non');
    expect(text).toContain('LBL-URG-0002');
  });

  it('reads a named application as a software problem of that application, without asking the type', async () => {
    const chat = conversation();
    await chat.say('bonjour');
    let text = await chat.say('cristal-net bloqué depuis ce matin au poste de soins');
    if (text.includes('Voici la fiche')) text = await chat.say('non');
    expect(text).not.toContain('De quel type de problème');
    for (let turn = 0; turn < 6 && !text.includes('Résumé de votre incident'); turn++) {
      text = await chat.say(text.includes('Qui est touché') ? 'moi seulement' : text.includes('Le problème est-il en') ? 'oui' : 'non');
    }
    expect(text).toContain('APP-DPI');
    expect(text).toContain('Type: Logiciel ou application');
  });

  it('finds the operating room a nurse names, lists its devices by name, and takes the button pressed', async () => {
    const chat = conversation();
    await chat.say('bonjour');
    expect(await chat.say('le respirateur de la salle 4 au bloc ne marche plus')).toContain("S'agit-il de BIO-BLOC-0004");
    const other = conversation();
    await other.say('bonjour');
    const list = await other.say("l'appareil biomédical de la salle 4 au bloc est en panne");
    const label = "BIO-BLOC-0008 — Moniteur multiparamétrique Philips IntelliVue MX550";
    expect(list).toContain(label);
    const next = await other.say(label);
    expect(next).not.toMatch(/Je n'ai pas compris|Je ne trouve pas/);
  });

  it('offers a ticket after two messages it cannot understand', async () => {
    const chat = conversation();
    await chat.say('bonjour');
    await chat.say('zorglub flimflam');
    expect(await chat.say('plouf plouf flarp')).toContain('Voulez-vous que j\'ouvre un ticket');
  });
});

describe('when something fails after the ticket is created', () => {
  it('still gives the user the ticket number, kindly', async () => {
    const directory = Object.create(runtime.services.directory) as typeof runtime.services.directory;
    directory.findSupportTeam = async () => {
      throw new Error('directory unavailable');
    };
    const storage = new MemoryStorage();
    const bot = new TriageBot({ ...runtime.services, directory }, new ConversationState(storage), new UserState(storage));
    const adapter = new TestAdapter((context) => bot.run(context));
    adapter.conversation = TestAdapter.createConversation('failing-confirmation', 'alice.martin@chv.fr', 'triage');
    const say = async (input: string | Partial<Activity>) => {
      await adapter.send(input);
      const replies: Array<Partial<Activity>> = [];
      for (let next = adapter.activeQueue.shift(); next; next = adapter.activeQueue.shift()) replies.push(next);
      return textsOf(replies as never);
    };
    await say('bonjour');
    let text = await say("je voudrais faire installer le logiciel Acrobat Pro sur mon poste");
    for (let turn = 0; turn < 5 && !text.includes('Résumé de votre demande'); turn++) {
      if (text.includes('Quelle est votre demande')) text = await say('Installer un logiciel');
      else if (text.includes('Quel logiciel')) text = await say('Acrobat Pro, sur PC-CARD-0342');
      else if (text.includes('Pour quand')) text = await say('Pas pressé');
      else break;
    }
    const reply = await say({ type: 'message', value: { intake: 'create' } });
    expect(reply).toMatch(/votre ticket REQ-\d{4}-\d{6} est bien enregistré/);
  });
});
