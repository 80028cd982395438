import { describe, expect, it } from 'vitest';
import { ConsoleNotifier } from '../../src/channels/console/console-notifier.js';
import { renderActivity } from '../../src/channels/console/render-activity.js';

describe('a card shown in the terminal', () => {
  it('keeps every line of a multi-line text block inside the card frame', () => {
    const { text } = renderActivity({
      attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: { body: [{ type: 'TextBlock', text: '- first\n- second' }] } }],
    });
    expect(text.split('\n')).toEqual(['┌──', '│ - first', '│ - second', '└──']);
  });
});

describe('what the terminal prints for the Teams channels', () => {
  it('gives a posted card a reference the bot can record, so its thread and updates are printed too', async () => {
    const printed: string[] = [];
    const notifier = new ConsoleNotifier((text) => printed.push(text), () => undefined);
    const posted = await notifier.postToChannel('19:helpdesk-l1@thread.tacv2', { text: 'card' });
    expect(posted.reference).toMatchObject({ channelId: 'console', conversation: { id: '19:helpdesk-l1@thread.tacv2' } });
  });
});
