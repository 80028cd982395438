/** What Teams tells of a member that the directory can be searched by. */
export interface MemberIdentity {
  email?: string;
  userPrincipalName?: string;
}

/** A member record, or the mark of a lookup that failed (not tried again while it is remembered). */
export type Recalled = { identity: MemberIdentity } | { failed: true };

/**
 * Member records by Teams user id, each kept until its own deadline, at most `maxEntries` of them: the
 * least recently used goes first. A Map iterates in insertion order, so a use moves the entry to the end.
 */
export class RecentMembers {
  readonly #entries = new Map<string, Recalled & { until: number }>();

  constructor(private readonly maxEntries: number) {}

  recall(userId: string, now: number): Recalled | undefined {
    const entry = this.#entries.get(userId);
    if (!entry) return undefined;
    this.#entries.delete(userId);
    if (entry.until <= now) return undefined;
    this.#entries.set(userId, entry);
    return entry;
  }

  remember(userId: string, recalled: Recalled, until: number): void {
    this.#entries.delete(userId);
    this.#entries.set(userId, { ...recalled, until });
    for (const oldest of this.#entries.keys()) {
      if (this.#entries.size <= this.maxEntries) break;
      this.#entries.delete(oldest);
    }
  }
}
