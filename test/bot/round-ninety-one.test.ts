import { describe, expect, it } from 'vitest';
import { chatAs, clickIntake, runtimeForThisFile, ticketAnnounced, withdrawOpenTickets } from './chat-harness.js';

const runtime = runtimeForThisFile();

describe('a night-shift and daytime round', () => {
  it('"aucun DECT du service ne marche": no one handset\'s label is asked for a unit-wide outage', async () => {
    await withdrawOpenTickets(runtime());
    const chat = chatAs(runtime(), 'catherine.giraud@chv.fr');
    const first = await chat.say(
      "AU SECOURS aucun DECT du service ne marche depuis 22h, tous affichent \"recherche réseau\". Les appels malades n'arrivent plus sur les téléphones, on est 2 IDE pour 28 patients on fait des rondes mais on n'entend plus les sonnettes !",
    );
    expect(first).not.toContain("numéro de l'appareil");
    const summary = await chat.say('oui');
    expect(summary).toContain('Priorité: P1');
    const ticket = await ticketAnnounced(runtime(), await chat.say(clickIntake('create')));
    expect(ticket.category).toBe('phone');
    expect(ticket.scope).toBe('service');
  });

  it('"PACS viewer keeps freezing on my office computer… Works fine on the box computers": her PC, the way round not asked again', async () => {
    await withdrawOpenTickets(runtime());
    const chat = chatAs(runtime(), 'emily.carter@chv.fr', 'en-GB');
    await chat.say("PACS viewer keeps freezing on my office computer when I open CT scans, have to kill it every time. Works fine on the box computers so I just walk over there, but it's annoying");
    const next = await chat.say('no, already tried logging off. only my PC');
    expect(next).not.toContain('patient care');
    expect(next).not.toContain('workaround');
    expect(next).toContain('Device: PC-URG-0013');
    const ticket = await ticketAnnounced(runtime(), await chat.say(clickIntake('create')));
    expect(ticket.team).toBe('helpdesk-l1');
  });

  it('"freezes… on the medication cart computer… The desk PCs are fine": the cart\'s problem, not the patient record vendor\'s', async () => {
    await withdrawOpenTickets(runtime());
    const chat = chatAs(runtime(), 'claire.moreau@chv.fr', 'en-GB');
    await chat.say('Hi. The patient record freezes every time we log in on the medication cart computer (the rolling one), we have to kill it. The desk PCs are fine so we use those for the med round, it just slows us down a bit.');
    const summary = await chat.say('yes');
    expect(summary).not.toContain('APP-DPI');
    const ticket = await ticketAnnounced(runtime(), await chat.say(clickIntake('create')));
    expect(ticket.team).not.toBe('dpi-vendor-l2');
  });

  it('"la ligne de la prépa (27 95) sonne plus du tout" is a phone problem, not asked what kind', async () => {
    await withdrawOpenTickets(runtime());
    const chat = chatAs(runtime(), 'cedric.muller@chv.fr');
    const first = await chat.say("la ligne de la prépa (27 95) sonne plus du tout, les services nous appellent pas, ils passent par le secrétariat qui nous transfère. c'est pénible");
    expect(first).not.toMatch(/Quel type de problème|De quel type/);
  });

  it('"un d63 je crois, numero sais pas": the two d63 of the list are asked among, not "je ne trouve pas l\'appareil"', async () => {
    await withdrawOpenTickets(runtime());
    const chat = chatAs(runtime(), 'jeanne.perrot@chv.fr');
    await chat.say('mon dect affiche pas de reseau depuis debut de garde. j en ai pris un autre dans le tiroir, pas urgent');
    const next = await chat.say('un d63 je crois, numero sais pas');
    expect(next).not.toContain('Je ne trouve pas');
    expect(next).toContain('DECT-BLOC-0103');
    expect(next).toContain('DECT-BLOC-0106');
    expect(next).not.toContain('DECT-BLOC-0101');
    expect(await chat.say('2')).toContain('Appareil: DECT-BLOC-0106');
  });

  it('"j\'en aurai besoin avant la fin de semaine" is when the restore is needed, and the contract\'s later target is said', async () => {
    await withdrawOpenTickets(runtime());
    const chat = chatAs(runtime(), 'david.rolland@chv.fr');
    const summary = await chat.say(
      'bonjour, j\'ai supprimé par erreur un fichier excel "suivi_budget_2026_v3.xlsx" dans le dossier partagé FINANCES. c\'est possible de le récupérer depuis la sauvegarde d\'hier soir ? pas urgent urgent mais j\'en aurai besoin avant la fin de semaine',
    );
    expect(summary).toContain('Pour quand: fin de semaine');
    expect(await chat.say(clickIntake('create'))).toContain('tombe après la date où vous en avez besoin');
  });

  it('"le wifi marche plus dans tout le rez de chaussée du bâtiment E": a floor\'s outage, no how-to-connect guide first', async () => {
    await withdrawOpenTickets(runtime());
    const chat = chatAs(runtime(), 'sabrina.fernandez@chv.fr');
    const first = await chat.say(
      "le wifi marche plus dans tout le rez de chaussée du bâtiment E depuis 1h, les tablettes des brancardiers reçoivent plus les demandes de transport. on se débrouille par téléphone avec les services mais c'est le bazar",
    );
    expect(first).not.toContain('Voici la fiche');
    const summary = await chat.say('oui');
    expect(summary).toContain('Priorité: P2');
  });

  it('"PACS keeps saying wrong password": a password\'s guide, not the imaging viewer\'s', async () => {
    await withdrawOpenTickets(runtime());
    const chat = chatAs(runtime(), 'priya.sharma@chv.fr', 'en-GB');
    const first = await chat.say('hey, PACS keeps saying wrong password since tonight, it worked yesterday. my DPI login works fine. the senior is showing me the CTs on his PC for now');
    expect(first).not.toContain('PACS viewer does not show the images');
  });
});

describe('the machines, not what runs on them', () => {
  it('"tous les PC… redémarrent en boucle… On a plus accès au DPI": the PCs fail, the ticket is not the DPI vendor\'s', async () => {
    await withdrawOpenTickets(runtime());
    const chat = chatAs(runtime(), 'celine.joly@chv.fr');
    const summary = await chat.say(
      'URGENT !!! depuis la mise à jour windows de cette nuit tous les PC du poste de soins des urgences redémarrent en boucle, écran bleu "préparation de windows" et ça bouge plus. On a plus accès au DPI, on peut pas voir les prescriptions ni les résultats, tout le service est bloqué !!',
    );
    expect(summary).toContain('Priorité: P1');
    expect(summary).not.toContain('APP-DPI');
    const ticket = await ticketAnnounced(runtime(), await chat.say(clickIntake('create')));
    expect(ticket.team).not.toBe('dpi-vendor-l2');
  });

  it('a server room overheating is not the patient record application', async () => {
    await withdrawOpenTickets(runtime());
    const chat = chatAs(runtime(), 'thomas.breton@chv.fr', 'en-GB');
    const summary = await chat.say('Server room E0 is at 34°C and climbing, one of the two AC units has tripped because of the heat wave. DPI and PACS servers are throwing thermal warnings in iDRAC/iLO. Nothing is down yet but if it goes on the whole hospital loses DPI within the hour. Facilities have been called for the AC, need infra on this now.');
    expect(summary).not.toContain('APP-DPI');
  });

  it('"le frigo à médicaments… est monté à 13°C" is a medical device matter: no PCs are proposed', async () => {
    await withdrawOpenTickets(runtime());
    const chat = chatAs(runtime(), 'camille.texier@chv.fr');
    const first = await chat.say("Bonjour, avec la chaleur le frigo à médicaments du poste de soins (1er étage) est monté à 13°C, l'alarme de température sonne depuis 1h. Il y a l'insuline et les vaccins dedans. On a tout descendu dans le frigo du 2e étage en attendant mais il est déjà bien plein. Qui doit-on appeler ?");
    expect(first).not.toContain('PC-GER');
  });

  it('"no its not GAM, GAM works fine on the other desk. its the whole computer" after the GAM guide: the computer, not GAM', async () => {
    await withdrawOpenTickets(runtime());
    const chat = chatAs(runtime(), 'anne.morel@chv.fr', 'en-GB');
    await chat.say('my computer at the front desk is sooo slow since monday, takes like 5 min to open GAM and freezes when i print the admission papers. I moved to the empty desk next to me for now');
    const next = await chat.say('no its not GAM, GAM works fine on the other desk. its the whole computer thats slow even the start menu. its desk 3 at the windows');
    expect(next).not.toContain('APP-GAM');
    expect(next).not.toContain('Software or application');
  });
});

