import { describe, expect, it } from 'vitest';
import { ConcurrencyLimit } from '../../src/channels/inbox/index.js';

describe('the number of turns run at once', () => {
  it('starts low and grows by one while every allowed turn is in use and the event loop keeps up', () => {
    const limit = new ConcurrencyLimit({ min: 2, max: 5 });
    expect(limit.current).toBe(2);
    expect([3, 4, 5, 5].map(() => limit.adjust(1, limit.current))).toEqual([3, 4, 5, 5]);
  });

  it('does not grow while turns to spare are allowed (no demand)', () => {
    const limit = new ConcurrencyLimit({ min: 2, max: 10 });
    limit.adjust(0, 2);
    expect(limit.adjust(0, 1)).toBe(3);
  });

  it('cuts by a third as soon as the event loop lags, never below the minimum', () => {
    const limit = new ConcurrencyLimit({ min: 2, max: 30, targetLagMs: 40 });
    for (let i = 0; i < 28; i++) limit.adjust(0, limit.current);
    expect(limit.current).toBe(30);
    expect(limit.adjust(41, 30)).toBe(20);
    expect(limit.adjust(500, 20)).toBe(13);
    for (let i = 0; i < 10; i++) limit.adjust(500, 0);
    expect(limit.current).toBe(2);
  });

  it('refuses limits that make no sense', () => {
    expect(() => new ConcurrencyLimit({ min: 0, max: 4 })).toThrow(RangeError);
    expect(() => new ConcurrencyLimit({ min: 5, max: 4 })).toThrow(RangeError);
  });
});
