import { textsOf, type RunningBot } from '../support/runtime.js';

/**
 * Alice reports the broken wristband printer of the emergency department in Teams and confirms the
 * ticket; returns its number and the bot's confirmation text.
 */
export async function reportWristbandPrinter(bot: RunningBot): Promise<{ number: string; confirmation: string }> {
  const alice = await bot.clientFor('alice.martin@chv.fr');
  await alice.send("l'imprimante à bracelets des urgences n'imprime plus rien");
  let text = textsOf((await alice.send('LBL-URG-0003')).replies);
  for (let turn = 0; turn < 4 && !text.includes('Résumé de votre incident'); turn++) {
    text = textsOf((await alice.send(text.includes('Qui est touché') ? 'mon équipe' : text.includes('contournement') ? 'non, tout est bloqué' : 'oui')).replies);
  }
  if (!text.includes('Résumé de votre incident')) throw new Error(`no summary; last reply: ${text}`);
  const created = await alice.send(alice.message('', { value: { intake: 'create' } }));
  const confirmation = textsOf(created.replies);
  const number = /INC-\d{4}-\d{6}/.exec(confirmation)?.[0];
  if (!number) throw new Error(`no ticket number in: ${confirmation}`);
  return { number, confirmation };
}
