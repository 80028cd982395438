import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { loadConfig } from '../../config/index.js';
import { createStore, migrateToLatest } from '../../db/index.js';
import {
  formatIssue,
  importDirectory,
  readSampleHospital,
  type DirectoryFileKind,
  type DirectorySources,
} from '../../directory/index.js';
import { CodedError } from '../../errors.js';
import { parseOptions } from '../args.js';
import { EXIT_FAILURE, EXIT_OK, usageError, type CliCommand, type CliContext } from '../command.js';

const usage =
  'triage import directory [--locations FILE] [--users FILE] [--assets FILE] [--applications FILE] [--teams FILE]\n' +
  '       triage import directory --sample   (the fictional Centre hospitalier de Valmont)';

/** A file with a systematic mistake fails on every row; the first lines are enough to fix it. */
const MAX_PRINTED_ISSUES = 100;

const fileOptions: Record<string, DirectoryFileKind> = {
  locations: 'locations',
  users: 'users',
  assets: 'assets',
  applications: 'applications',
  teams: 'teams',
};

/**
 * `triage import directory --users u.csv --assets a.csv ...`: validates the given CSV files (any subset,
 * at least one) against each other and the database, then imports them all or nothing into DATABASE_URL
 * (migrated first, so an empty database works). Prints inserted/updated/unchanged counts per file, or
 * every problem as `file:line: column: message` (exit 1, nothing written).
 */
export const command: CliCommand = {
  name: 'import',
  summary: 'import the hospital directory from CSV files (users, locations, assets, applications, teams)',
  usage,
  async run(ctx: CliContext): Promise<number> {
    const [what, ...rest] = ctx.args;
    if (what !== 'directory') throw usageError(`expected "directory", got ${what ? `"${what}"` : 'nothing'}\nusage: ${usage}`);
    const { values, positionals } = parseOptions(
      rest,
      {
        locations: { type: 'string' },
        users: { type: 'string' },
        assets: { type: 'string' },
        applications: { type: 'string' },
        teams: { type: 'string' },
        sample: { type: 'boolean' },
      },
      usage,
    );
    if (positionals.length > 0) throw usageError(`unexpected argument "${positionals[0]}"\nusage: ${usage}`);
    const given = Object.keys(fileOptions).filter((option) => typeof values[option as keyof typeof values] === 'string');
    if (values.sample && given.length > 0) throw usageError(`--sample cannot be combined with files\nusage: ${usage}`);
    if (!values.sample && given.length === 0) throw usageError(`give at least one file to import\nusage: ${usage}`);

    const sources: DirectorySources = values.sample ? await readSampleHospital() : {};
    for (const option of given) {
      const file = values[option as keyof typeof values] as string;
      sources[fileOptions[option]!] = { name: path.basename(file), text: await readText(file) };
    }

    const config = loadConfig(ctx.env);
    const store = createStore(config.databaseUrl);
    try {
      const migration = await migrateToLatest(store);
      if (migration.error) throw new CodedError('config_invalid', migration.error);
      const result = await importDirectory(store, sources);
      if (!result.ok) {
        for (const issue of result.issues.slice(0, MAX_PRINTED_ISSUES)) ctx.stderr.write(`${formatIssue(issue)}\n`);
        const count = result.issues.length;
        if (count > MAX_PRINTED_ISSUES) ctx.stderr.write(`... and ${count - MAX_PRINTED_ISSUES} more\n`);
        ctx.stderr.write(`${count} problem${count === 1 ? '' : 's'} found; nothing was imported.\n`);
        return EXIT_FAILURE;
      }
      for (const file of result.files) {
        const total = file.inserted + file.updated + file.unchanged;
        ctx.stdout.write(
          `${file.file}: ${total} rows: ${file.inserted} inserted, ${file.updated} updated, ${file.unchanged} unchanged\n`,
        );
      }
      return EXIT_OK;
    } finally {
      await store.close();
    }
  },
};

async function readText(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    throw new CodedError('not_found', `cannot read ${file}: ${reason}`);
  }
}
