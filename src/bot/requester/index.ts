/**
 * Who wrote: the directory user behind an activity, by what the activity names (Entra object id, e-mail,
 * Slack id) or, in Teams, by the member record Teams keeps (e-mail, user principal name).
 */
export { Requesters, type RequestersOptions, type MemberLookup, type MemberIdentity } from './requesters.js';
export { directoryUserOf, type PeopleDirectory } from './named-user.js';
