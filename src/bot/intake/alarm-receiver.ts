import { foldAnswer } from './answers.js';
import type { Understander } from './ports.js';

/**
 * "the temperature probe that sends alarms to pharmacy", "la sonde renvoie l'alarme à la pharmacie", "the alarm
 * goes to pharmacy": the unit named is where the alarm is received, not where the fridge is.
 */
const ALARM_SENT_TO =
  /\b(alarm|alarms|alarme|alarmes|alert|alerts|alerte|alertes|signal)\b( \w+){0,3}? (goes|go|going|went|is sent|are sent|gets sent|get sent|sent|forwarded|routed|reported|part|partent|arrive|arrivent|remonte|remontent|est envoyee|sont envoyees|est renvoyee|sont renvoyees|est transmise|sont transmises|est reportee|sont reportees)( \w+){0,2}? (to|a|au|aux|vers|chez|at)( the| la| le| l| les)? \w+|\b(send|sends|sending|envoie|envoient|renvoie|renvoient|transmet|transmettent|forward|forwards|report|reports|remonte|remontent)( \w+){0,2}? (alarm|alarms|alarme|alarmes|alert|alerts|alerte|alertes|signal)( \w+){0,2}? (to|a|au|aux|vers|chez)( the| la| le| l| les)? \w+/g;

/** Whether the unit of the words is named only as where an alarm is received: without those clauses, it is not read. */
export async function unitOnlyAsAlarmReceiver(text: string, unit: string, understander: Understander): Promise<boolean> {
  const folded = foldAnswer(text);
  const without = folded.replace(ALARM_SENT_TO, ' ');
  if (without === folded) return false;
  return (await understander.analyseAnswer(without)).locationHint?.unit !== unit;
}
