import { CardFactory, type Attachment } from 'botbuilder';

/** Adaptive Card version every card targets (the highest Teams renders on desktop and mobile). */
export const CARD_VERSION = '1.5';

export type CardElement = Record<string, unknown>;

export function card(body: CardElement[], actions: CardElement[] = []): Attachment {
  return CardFactory.adaptiveCard({
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: CARD_VERSION,
    body,
    ...(actions.length ? { actions } : {}),
  });
}

export const textBlock = (text: string, extra: CardElement = {}): CardElement => ({ type: 'TextBlock', text, wrap: true, ...extra });

export const factSet = (facts: Array<[string, string]>): CardElement => ({
  type: 'FactSet',
  facts: facts.map(([title, value]) => ({ title, value })),
});

/** A button that posts `data` back to the bot (Teams sends it as activity.value). */
export const submitAction = (title: string, data: Record<string, unknown>, style?: 'positive' | 'destructive'): CardElement => ({
  type: 'Action.Submit',
  title,
  data,
  ...(style ? { style } : {}),
});
