import type { Activity, Attachment } from 'botbuilder';

interface CardNode {
  type?: string;
  text?: string;
  facts?: Array<{ title: string; value: string }>;
  items?: CardNode[];
  columns?: Array<{ items?: CardNode[] }>;
  title?: string;
  data?: Record<string, unknown>;
}

/** What a terminal shows for one bot activity, and the choices the user can pick by number. */
export interface RenderedActivity {
  text: string;
  choices: Array<{ label: string; value: string | Record<string, unknown> }>;
}

export function renderActivity(activity: Partial<Activity>): RenderedActivity {
  const parts: string[] = [];
  const choices: RenderedActivity['choices'] = [];
  for (const attachment of activity.attachments ?? []) parts.push(renderAttachment(attachment, choices));
  if (activity.text) parts.push(activity.text);
  for (const action of activity.suggestedActions?.actions ?? []) {
    choices.push({ label: action.title ?? String(action.value), value: String(action.value ?? action.title) });
  }
  return { text: parts.filter(Boolean).join('\n'), choices };
}

function renderAttachment(attachment: Attachment, choices: RenderedActivity['choices']): string {
  if (attachment.contentType !== 'application/vnd.microsoft.card.adaptive') return `[${attachment.contentType}]`;
  const content = attachment.content as { body?: CardNode[]; actions?: CardNode[] };
  const lines: string[] = [];
  const walk = (nodes: CardNode[] | undefined) => {
    for (const node of nodes ?? []) {
      if (node.type === 'TextBlock' && node.text) lines.push(...node.text.split('\n'));
      if (node.type === 'FactSet') for (const f of node.facts ?? []) lines.push(`  ${f.title}: ${f.value}`);
      walk(node.items);
      for (const column of node.columns ?? []) walk(column.items);
    }
  };
  walk(content.body);
  for (const action of content.actions ?? []) {
    if (action.type === 'Action.Submit' && action.title) choices.push({ label: action.title, value: action.data ?? {} });
  }
  return ['┌──', ...lines.map((l) => `│ ${l}`), '└──'].join('\n');
}
