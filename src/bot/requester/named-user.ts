import type { Activity } from 'botbuilder';
import type { DirectoryUser } from '../../directory/index.js';
import type { BotDirectory } from '../services.js';

/** The directory lookups that identify a person. */
export type PeopleDirectory = Pick<BotDirectory, 'findUserByAadObjectId' | 'findUserByEmail' | 'findUserBySlackId'>;

/**
 * The directory user an activity names by itself: its Entra object id (Teams), an e-mail as sender id
 * (Emulator, terminal chat), a Slack member id. Asks no one but the directory.
 */
export async function directoryUserOf(directory: PeopleDirectory, activity: Partial<Activity>): Promise<DirectoryUser | undefined> {
  const from = activity.from;
  if (from?.aadObjectId) {
    const user = await directory.findUserByAadObjectId(from.aadObjectId);
    if (user) return user;
  }
  if (from?.id?.includes('@')) return directory.findUserByEmail(from.id);
  if (activity.channelId === 'slack' && from?.id) return directory.findUserBySlackId(from.id.split(':')[0]!);
  return undefined;
}
