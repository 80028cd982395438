import type { Attachment } from 'botbuilder';
import type { Language } from '../../triage/index.js';
import { t } from '../messages/index.js';
import { card, textBlock } from './adaptive.js';

/** The first thing a user sees, on install or first contact, in their language. */
export function welcomeCard(lang: Language, name: string, { brief = false, evening = false }: { brief?: boolean; evening?: boolean } = {}): Attachment {
  return card([
    textBlock(t(lang, evening ? 'welcome.title_evening' : 'welcome.title', { name }), { weight: 'Bolder', size: 'Medium' }),
    // Someone whose first message already tells the problem needs no "describe your problem" nor examples, nor
    // the emergency numbers: the answer to a medical device or a threat gives its own (5100, 5200), and the
    // full card (on install, or to a first "bonjour") teaches them.
    ...(brief
      ? []
      : [
          textBlock(t(lang, 'welcome.body')),
          textBlock(t(lang, 'welcome.examples'), { isSubtle: true }),
          textBlock(t(lang, 'welcome.urgent'), { color: 'Attention', size: 'Small' }),
        ]),
  ]);
}
