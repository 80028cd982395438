import type { Migration, MigrationProvider } from 'kysely/migration';
import * as foundation from './001-foundation.js';
import * as directoryLookups from './002-directory-lookups.js';
import * as botTurns from './003-bot-turns.js';
import * as channelsSlaHandoff from './004-channels-sla-handoff.js';
import * as slaCardReference from './006-sla-card-reference.js';
import * as activityInbox from './007-activity-inbox.js';
import * as teamEnglishName from './008-team-english-name.js';

/** Every migration, in order. Names sort in application order; never rename one that has shipped. */
const migrations: Record<string, Migration> = {
  '001-foundation': foundation,
  '002-directory-lookups': directoryLookups,
  '003-bot-turns': botTurns,
  '004-channels-sla-handoff': channelsSlaHandoff,
  '006-sla-card-reference': slaCardReference,
  '007-activity-inbox': activityInbox,
  '008-team-english-name': teamEnglishName,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
