import { backoffDelay } from './backoff.js';

const options = { initialMs: 100, maxMs: 1000 };

describe('backoffDelay', () => {
  it('doubles its ceiling with every attempt up to the maximum', () => {
    const highest = [0, 1, 2, 3, 4, 5].map((attempt) => backoffDelay(options, attempt, () => 1));
    expect(highest).toEqual([100, 200, 400, 800, 1000, 1000]);
  });

  it('waits at least half the ceiling, so waits really grow while the node stays down', () => {
    const lowest = [0, 1, 2, 3, 4].map((attempt) => backoffDelay(options, attempt, () => 0));
    expect(lowest).toEqual([50, 100, 200, 400, 500]);
  });

  it('spreads the other half at random, so clients that lost one node do not return together', () => {
    expect(backoffDelay(options, 2, () => 0.25)).toBe(250);
    expect(backoffDelay(options, 2, () => 0.75)).toBe(350);
  });

  it('stays finite for any number of attempts', () => {
    expect(backoffDelay(options, 10_000, () => 1)).toBe(1000);
  });
});
