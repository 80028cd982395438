import type { BotClient } from './bot-client.js';
import { textsOf } from './runtime.js';

/**
 * A nurse reports over HTTP that her PC no longer starts, accepts the PC the bot proposes, answers until
 * the summary and presses "create". Returns what the bot said at each of those steps.
 */
export async function reportOwnPcThatWillNotStart(client: BotClient): Promise<{ proposal: string; summary: string; created: string }> {
  const report = textsOf((await client.send("mon pc ne démarre plus du tout, j'ai déjà essayé de le redémarrer")).replies);
  const proposal = report.includes('résolu le problème') ? textsOf((await client.send('non')).replies) : report;
  let summary = textsOf((await client.send('oui')).replies);
  for (let turn = 0; turn < 4 && !summary.includes('Résumé de votre incident'); turn++) {
    const answer = summary.includes('Qui est touché') ? 'moi seulement' : summary.includes('contournement') ? "oui, mais c'est gênant" : 'non';
    summary = textsOf((await client.send(answer)).replies);
  }
  const created = textsOf((await client.send(client.message('', { value: { intake: 'create' } }))).replies);
  return { proposal, summary, created };
}
