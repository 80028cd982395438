import { PRIORITIES, type Priority } from '../../triage/index.js';

/** A command an agent types in the thread of a handoff card. */
export type AgentCommand =
  | { name: 'assign'; target?: string }
  | { name: 'team'; team: string }
  | { name: 'priority'; priority: Priority; reason: string }
  | { name: 'wait' }
  | { name: 'resolve'; resolution: string }
  | { name: 'note'; text: string }
  | { name: 'bot' };

export type AgentCommandName = AgentCommand['name'];

/** What an agent's thread message is: a plain message for the user, a command, or a command gone wrong. */
export type ParsedAgentMessage =
  | { kind: 'message' }
  | { kind: 'command'; command: AgentCommand }
  | { kind: 'malformed'; name: AgentCommandName }
  | { kind: 'unknown'; name: string };

const NAMES: readonly AgentCommandName[] = ['assign', 'team', 'priority', 'wait', 'resolve', 'note', 'bot'];

/**
 * Reads an agent's message (mentions already removed). A message starting with "/" is a command;
 * anything else goes to the user.
 *
 * ```ts
 * parseAgentMessage('/priority P2 contournement trouvé');
 * // { kind: 'command', command: { name: 'priority', priority: 'P2', reason: 'contournement trouvé' } }
 * ```
 */
export function parseAgentMessage(text: string): ParsedAgentMessage {
  const trimmed = text.trim();
  if (!trimmed.startsWith('/')) return { kind: 'message' };
  const match = /^\/(\S+)\s*([\s\S]*)$/.exec(trimmed)!;
  const name = match[1]!.toLowerCase();
  const rest = match[2]!.trim();
  if (!(NAMES as readonly string[]).includes(name)) return { kind: 'unknown', name };
  const command = toCommand(name as AgentCommandName, rest);
  return command ? { kind: 'command', command } : { kind: 'malformed', name: name as AgentCommandName };
}

function toCommand(name: AgentCommandName, rest: string): AgentCommand | undefined {
  switch (name) {
    case 'assign': {
      // The agent is usually @mentioned (read from the activity's entities); an e-mail may be typed instead.
      const email = /^[^\s@]+@[^\s@]+\.[^\s@]+$/.exec(rest)?.[0];
      if (rest && !email) return undefined;
      return email ? { name, target: email.toLowerCase() } : { name };
    }
    case 'team':
      return /^[a-z0-9][a-z0-9-]*$/i.test(rest) ? { name, team: rest.toLowerCase() } : undefined;
    case 'priority': {
      const found = /^(p[1-4])\s+(.{3,})$/is.exec(rest);
      if (!found) return undefined;
      const priority = found[1]!.toUpperCase() as Priority;
      return PRIORITIES.includes(priority) ? { name, priority, reason: found[2]!.trim() } : undefined;
    }
    case 'wait':
    case 'bot':
      return rest === '' ? { name } : undefined;
    case 'resolve':
      return rest.length >= 3 ? { name, resolution: rest } : undefined;
    case 'note':
      return rest.length > 0 ? { name, text: rest } : undefined;
  }
}
