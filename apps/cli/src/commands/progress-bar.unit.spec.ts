import { createProgressReporter, formatDuration, renderProgress, type RebuildProgress } from './progress-bar.js';

const at = (applied: number, total = 1000): RebuildProgress => ({
  applied,
  total,
  eventsPerSecond: 2500,
  etaSeconds: (total - applied) / 2500,
});

/** A clock the test moves by hand. */
const manualClock = () => {
  let ms = 0;
  return { now: () => ms, advance: (by: number) => (ms += by) };
};

describe('renderProgress', () => {
  it('shows a bar, the share, applied/total, the rate and the ETA', () => {
    const progress = { applied: 1234, total: 5000, eventsPerSecond: 2345.6, etaSeconds: 95 };
    expect(renderProgress('churn-risk.v1', progress)).toBe(
      'churn-risk.v1 [#####---------------]  24% 1,234/5,000 events  2,346 events/s  ETA 1m 35s',
    );
  });

  it('shows a full bar for an empty log, and an unknown ETA as ?', () => {
    expect(renderProgress('x', { applied: 0, total: 0, eventsPerSecond: 0, etaSeconds: null })).toBe(
      'x [####################] 100% 0/0 events  0 events/s  ETA ?',
    );
  });
});

describe('formatDuration', () => {
  it.each<[number | null, string]>([
    [0, '0s'],
    [59.4, '59s'],
    [185, '3m 05s'],
    [3720, '1h 02m'],
    [null, '?'],
    [Number.POSITIVE_INFINITY, '?'],
  ])('%s → %s', (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text);
  });
});

describe('createProgressReporter', () => {
  it('redraws one line in place on a terminal, at most every 100 ms, and ends it on finish', () => {
    const written: string[] = [];
    const clock = manualClock();
    const reporter = createProgressReporter('p.v1', { isTTY: true, write: (t) => written.push(t) }, clock.now);
    reporter.update(at(100));
    reporter.update(at(200));
    clock.advance(100);
    reporter.update(at(300));
    reporter.update(at(1000));
    reporter.finish();
    expect(written.filter((text) => text.startsWith('\r'))).toHaveLength(3);
    expect(written.every((text) => !text.slice(0, -1).includes('\n'))).toBe(true);
    expect(written.at(-2)).toContain('1,000/1,000 events');
    expect(written.at(-1)).toBe('\n');
  });

  it('cuts the line to the terminal width', () => {
    const written: string[] = [];
    const reporter = createProgressReporter('p.v1', { isTTY: true, columns: 30, write: (t) => written.push(t) });
    reporter.update(at(500));
    expect(written[0]?.replace('\r\x1b[2K', '')).toHaveLength(29);
  });

  it('prints plain lines without a terminal: one per tenth of the work, or every 5 s', () => {
    const lines: string[] = [];
    const clock = manualClock();
    const reporter = createProgressReporter('p.v1', { isTTY: false, write: (t) => lines.push(t) }, clock.now);
    for (let applied = 0; applied <= 1000; applied += 10) reporter.update(at(applied));
    expect(lines).toHaveLength(11);
    reporter.update(at(1000));
    clock.advance(5000);
    reporter.update(at(1000));
    reporter.finish();
    expect(lines).toHaveLength(12);
    expect(lines.every((line) => line.endsWith('\n') && !line.includes('\r'))).toBe(true);
  });

  it('always shows the final state, even when nothing was reported', () => {
    const lines: string[] = [];
    createProgressReporter('p.v1', { isTTY: false, write: (t) => lines.push(t) }).finish();
    expect(lines).toEqual(['p.v1 [####################] 100% 0/0 events  0 events/s  ETA ?\n']);
  });
});
