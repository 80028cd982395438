import { loadConfig } from '../../config/index.js';
import { createStore, migrateToLatest } from '../../db/index.js';
import { EXIT_FAILURE, usageError, type CliCommand } from '../command.js';

export const command: CliCommand = {
  name: 'db',
  summary: 'database maintenance: db migrate',
  usage: 'triage db migrate',
  async run(ctx) {
    const [sub, ...rest] = ctx.args;
    if (sub !== 'migrate' || rest.length > 0) throw usageError(`expected "migrate"\nusage: ${this.usage}`);
    const config = loadConfig(ctx.env);
    const store = createStore(config.databaseUrl);
    try {
      const report = await migrateToLatest(store);
      if (report.error) {
        ctx.stderr.write(`${store.location}: ${report.error}\n`);
        return EXIT_FAILURE;
      }
      ctx.stdout.write(
        report.applied.length
          ? `${store.location}: applied ${report.applied.join(', ')}\n`
          : `${store.location}: already up to date\n`,
      );
      return 0;
    } finally {
      await store.close();
    }
  },
};
