import { assess } from '../priority.js';
import type { Category, Priority, Scope, Urgency } from '../vocabulary.js';

/** A field's possible values with their probabilities; a value the rules hold is one value at 1. */
export type Choices<T> = ReadonlyArray<readonly [T, number]>;

export interface PriorityReading {
  scope: Scope;
  urgency: Urgency;
  patient_care_impact: boolean;
}

/**
 * The three fields that decide priority with the category, read together: the priority the models find most
 * probable once every combination is weighed, then the most probable combination that gives it. Read field by
 * field, "probably team, probably medium" can give a priority that the combinations, weighed, make less likely
 * than another (a 45 % service with care held up outweighs a 55 % team without). When the fields' own most
 * probable values already give the most probable priority, they are what is returned.
 */
export function mostProbablePriority(
  category: Category,
  scope: Choices<Scope>,
  urgency: Choices<Urgency>,
  care: Choices<boolean>,
): PriorityReading & { priority: Priority } {
  const byPriority = new Map<Priority, number>();
  const combinations: Array<PriorityReading & { priority: Priority; p: number }> = [];
  for (const [s, ps] of scope) {
    for (const [u, pu] of urgency) {
      for (const [c, pc] of care) {
        const p = ps * pu * pc;
        const { priority } = assess({ category, scope: s, urgency: u, patient_care_impact: c });
        byPriority.set(priority, (byPriority.get(priority) ?? 0) + p);
        combinations.push({ scope: s, urgency: u, patient_care_impact: c, priority, p });
      }
    }
  }
  // Ties go to the more urgent priority: a P1 is never quietly downgraded.
  const best = [...byPriority].sort(([a, pa], [b, pb]) => pb - pa || (a < b ? -1 : 1))[0]![0];
  const chosen = combinations.filter((c) => c.priority === best).sort((a, b) => b.p - a.p)[0]!;
  return { scope: chosen.scope, urgency: chosen.urgency, patient_care_impact: chosen.patient_care_impact, priority: chosen.priority };
}
