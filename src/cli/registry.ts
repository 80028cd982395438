import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { CliCommand } from './command.js';

const commandsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'commands');

/**
 * Every top-level command of `triage`: each module in ./commands exports `command: CliCommand`.
 * Only the module named on the command line is imported, so `triage kb ...` never loads the bot.
 */
export async function listCommandModules(): Promise<string[]> {
  const files = await readdir(commandsDir);
  return files
    .filter((file) => /\.(ts|js)$/.test(file) && !file.endsWith('.d.ts') && !file.includes('.test.'))
    .map((file) => file.replace(/\.(ts|js)$/, ''))
    .sort();
}

export async function loadCommand(name: string): Promise<CliCommand | undefined> {
  const modules = await listCommandModules();
  if (!modules.includes(name)) return undefined;
  const file = (await readdir(commandsDir)).find((f) => f.replace(/\.(ts|js)$/, '') === name)!;
  const mod = (await import(pathToFileURL(path.join(commandsDir, file)).href)) as { command: CliCommand };
  return mod.command;
}

export async function loadAllCommands(): Promise<CliCommand[]> {
  const names = await listCommandModules();
  return Promise.all(names.map(async (name) => (await loadCommand(name))!));
}
