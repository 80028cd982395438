import type { DialogContext } from 'botbuilder-dialogs';
import type { Language } from '../../triage/index.js';
import type { IntakeState } from '../intake/index.js';
import { languageAsked } from '../reply-language.js';
import { IntakeDialog } from './intake-dialog.js';
import { KnowledgeFeedbackDialog, type FeedbackOptions } from './knowledge-feedback-dialog.js';

/**
 * The form or guide under way goes on in the language the person asks for ("sorry, english pls. no im on james's
 * session for now"), and the ticket is recorded in it. Otherwise a form keeps the language it began in: a name or a
 * date typed in an answer ("Sarah Lopez, intern, starts mon 7 dec") says nothing of the language wanted.
 */
export function followLanguageAsked(dc: DialogContext, text: string): void {
  const lang = languageAsked(text);
  const active = dc.activeDialog;
  if (!lang) return;
  if (active?.id === IntakeDialog.id) (active.state as { intake: IntakeState }).intake.lang = lang;
  if (active?.id === KnowledgeFeedbackDialog.id) (active.state as FeedbackOptions).lang = lang;
}
