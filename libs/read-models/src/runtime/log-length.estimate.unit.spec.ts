import { estimateLogLength } from './log-length.estimate.js';

describe('estimateLogLength', () => {
  it("is exact on SQLite's gap-free positions", () => {
    expect(estimateLogLength({ applied: 50, first: 1, last: 50, head: 300 })).toBe(300);
    expect(estimateLogLength({ applied: 300, first: 1, last: 300, head: 300 })).toBe(300);
  });

  it("scales EventStoreDB's byte offsets from the first event on, wherever the log's own records leave off", () => {
    // 1000 events of 1 KiB each after 1 MiB of the server's own records.
    const positionOf = (index: number) => 1_048_576 + index * 1024;
    const sample = { applied: 250, first: positionOf(0), last: positionOf(249), head: positionOf(999) };
    expect(estimateLogLength(sample)).toBe(1000);
  });

  it('never says fewer than were read, when the log grew past the head seen at the start', () => {
    expect(estimateLogLength({ applied: 400, first: 1, last: 400, head: 300 })).toBe(400);
  });

  it('has nothing to scale by after a single event', () => {
    expect(estimateLogLength({ applied: 1, first: 4096, last: 4096, head: 9_999_999 })).toBe(1);
    expect(estimateLogLength({ applied: 0, first: 0, last: 0, head: 0 })).toBe(0);
  });
});
