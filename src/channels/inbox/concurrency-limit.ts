/**
 * How many turns may run at once, adjusted as TCP adjusts its window: one more while every allowed slot is
 * in use and the event loop keeps up, a cut by a third as soon as it lags. Turns mostly wait on the Bot
 * Framework service, so many can run at once; but when the process runs short of CPU, more turns only
 * delay the acknowledgement of new deliveries, which must never time out.
 */
export class ConcurrencyLimit {
  readonly min: number;
  readonly max: number;
  readonly targetLagMs: number;
  #current: number;

  constructor({ min, max, targetLagMs = 40 }: { min: number; max: number; targetLagMs?: number }) {
    if (!(Number.isInteger(min) && Number.isInteger(max) && min >= 1 && max >= min)) {
      throw new RangeError(`concurrency limits must be integers with 1 <= min <= max, got min ${min}, max ${max}`);
    }
    this.min = min;
    this.max = max;
    this.targetLagMs = targetLagMs;
    this.#current = min;
  }

  get current(): number {
    return this.#current;
  }

  /** After a sampling window: `lagMs` the event loop's delay in it, `inUse` the turns running at its end. */
  adjust(lagMs: number, inUse: number): number {
    if (lagMs > this.targetLagMs) this.#current = Math.max(this.min, Math.floor((this.#current * 2) / 3));
    else if (inUse >= this.#current) this.#current = Math.min(this.max, this.#current + 1);
    return this.#current;
  }
}
