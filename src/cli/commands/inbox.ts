import { ActivityInbox } from '../../channels/inbox/index.js';
import { parseOptions } from '../args.js';
import { EXIT_OK, usageError, type CliCommand } from '../command.js';
import { withStore } from '../open-store.js';

const usage =
  'triage inbox [status | failed [--json] | retry [<id>...]]\n' +
  '  status   how many delivered activities are queued, running, failed (default)\n' +
  '  failed   the activities kept as failed after their last attempt, with the reason\n' +
  '  retry    queue the failed activities (all, or the ids given) again; a running bot answers them';

export const command: CliCommand = {
  name: 'inbox',
  summary: 'Delivered activities waiting for their turn: status, failed ones, retry',
  usage,
  async run(ctx) {
    const [sub = 'status', ...rest] = ctx.args;
    const { values, positionals } = parseOptions(rest, { json: { type: 'boolean' } }, usage);
    return withStore(ctx, async (store) => {
      const inbox = new ActivityInbox(store);
      switch (sub) {
        case 'status': {
          if (positionals.length > 0) throw usageError(`status takes no argument\nusage: ${usage}`);
          const counts = await inbox.counts();
          ctx.stdout.write(`queued ${counts.queued}, running ${counts.processing}, failed ${counts.failed}\n`);
          return EXIT_OK;
        }
        case 'failed': {
          const failed = await inbox.failed(1000);
          if (values.json) ctx.stdout.write(`${JSON.stringify(failed)}\n`);
          else if (failed.length === 0) ctx.stdout.write('no failed activity\n');
          else {
            for (const entry of failed) {
              ctx.stdout.write(
                `#${entry.id} ${entry.receivedAt} ${entry.channelId} ${entry.conversationId} ${entry.activityId} ` +
                  `(${entry.attempts} attempts): ${entry.lastError ?? 'no reason recorded'}\n`,
              );
            }
          }
          return EXIT_OK;
        }
        case 'retry': {
          const ids = positionals.map((text) => {
            const id = Number(text.replace(/^#/, ''));
            if (!Number.isInteger(id) || id <= 0) throw usageError(`"${text}" is not an inbox id\nusage: ${usage}`);
            return id;
          });
          const queued = await inbox.retryFailed(ids.length > 0 ? ids : undefined);
          ctx.stdout.write(`${queued} failed ${queued === 1 ? 'activity' : 'activities'} queued again\n`);
          return EXIT_OK;
        }
        default:
          throw usageError(`unknown subcommand "${sub}"\nusage: ${usage}`);
      }
    });
  },
};
