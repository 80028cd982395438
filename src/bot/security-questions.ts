import type { MessageKey } from './messages/index.js';
import { foldAnswer } from './intake/answers.js';

/**
 * What a user asks about a security incident while waiting for the security team, that has one safe answer now:
 * whether to call the number a pop-up shows ("c'est marqué support microsoft"), whether to leave the machine on.
 */
const ASKS: Array<[MessageKey, RegExp]> = [
  ['security.never_call', /\b(appele?r?|appelle|rappeler|telephoner|call|ring|phone)\b.{0,40}\b(numero|number|support microsoft|microsoft support|le support|qui s affiche|on (the )?screen|shown|displayed)\b|\b(numero|number)\b.{0,40}\b(appele?r?|appelle|call|ring)\b/],
  ['security.leave_on', /\b(laisse|laisser|eteindre|eteint|eteins|allume|redemarre\w*|switch (it )?off|turn (it )?off|leave it on|shut (it )?down|restart|reboot)\b.{0,30}\?|\b(on le|je le|il faut l|faut il l) (laisse|eteint|eteindre|redemarre)\b/],
];

export function securityAnswers(text: string): MessageKey[] {
  const folded = foldAnswer(text);
  return ASKS.filter(([, asks]) => asks.test(folded)).map(([key]) => key);
}
