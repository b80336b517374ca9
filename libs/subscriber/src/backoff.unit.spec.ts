import { backoffDelay } from './backoff.js';

describe('backoffDelay', () => {
  const options = { initialMs: 100, maxMs: 1_000 };

  it.each([
    [0, 100],
    [1, 200],
    [3, 800],
    [4, 1_000],
    [60, 1_000],
  ])('given attempt %i, then the wait is below %i ms', (attempt, ceiling) => {
    expect(backoffDelay(attempt, options, () => 0.999_999)).toBe(ceiling - 1);
    expect(backoffDelay(attempt, options, () => 0)).toBe(0);
  });

  it('given the default random source, then the wait stays within its ceiling', () => {
    for (let attempt = 0; attempt < 20; attempt += 1) {
      const wait = backoffDelay(attempt, options);
      expect(wait).toBeGreaterThanOrEqual(0);
      expect(wait).toBeLessThan(Math.min(1_000, 100 * 2 ** attempt));
    }
  });
});
