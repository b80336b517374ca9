import type { ProgressSink } from '../cli-output.js';

/** What rebuildProjection reports as it goes. */
export type RebuildProgress = Readonly<{
  applied: number;
  total: number;
  eventsPerSecond: number;
  /** Null while the rate is unknown (nothing applied yet). */
  etaSeconds: number | null;
}>;

// Leaves room on an 80-column terminal for the label, counts, rate and ETA.
const BAR_WIDTH = 20;
/** A terminal redraws at most this often: faster only costs CPU and flicker. */
const REDRAW_EVERY_MS = 100;
/** Without a terminal (CI logs, files), a line per tenth of the work, or at least this often. */
const LINE_EVERY_MS = 5_000;

const count = (value: number): string => Math.round(value).toLocaleString('en-US');

/** `42s`, `3m 05s`, `1h 02m`. */
export const formatDuration = (seconds: number | null): string => {
  if (seconds === null || !Number.isFinite(seconds)) return '?';
  const whole = Math.max(0, Math.round(seconds));
  if (whole < 60) return `${whole}s`;
  const pad = (n: number) => String(n).padStart(2, '0');
  if (whole < 3600) return `${Math.floor(whole / 60)}m ${pad(whole % 60)}s`;
  return `${Math.floor(whole / 3600)}h ${pad(Math.floor((whole % 3600) / 60))}m`;
};

const fraction = ({ applied, total }: RebuildProgress): number => (total <= 0 ? 1 : Math.min(1, applied / total));

/** One line: label, bar, applied/total, rate and ETA. */
export const renderProgress = (label: string, progress: RebuildProgress): string => {
  const filled = Math.round(fraction(progress) * BAR_WIDTH);
  const bar = `${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}`;
  const percent = `${Math.floor(fraction(progress) * 100)}%`.padStart(4);
  return (
    `${label} [${bar}] ${percent} ${count(progress.applied)}/${count(progress.total)} events` +
    `  ${count(progress.eventsPerSecond)} events/s  ETA ${formatDuration(progress.etaSeconds)}`
  );
};

export type ProgressReporter = Readonly<{
  update: (progress: RebuildProgress) => void;
  /** Draws the final state and ends the line. */
  finish: () => void;
}>;

/**
 * On a terminal, redraws one line in place (throttled); otherwise prints a plain line per tenth of the work or
 * every 5 s, so logs show progress without thousands of lines. `now` is injectable for tests.
 */
export const createProgressReporter = (
  label: string,
  sink: ProgressSink,
  now: () => number = Date.now,
): ProgressReporter => {
  let latest: RebuildProgress = { applied: 0, total: 0, eventsPerSecond: 0, etaSeconds: null };
  let lastDrawn = Number.NEGATIVE_INFINITY;
  let lastTenth = -1;
  const fit = (line: string): string =>
    sink.columns !== undefined && line.length >= sink.columns ? line.slice(0, sink.columns - 1) : line;
  const draw = (): void => {
    lastDrawn = now();
    if (sink.isTTY) sink.write(`\r\x1b[2K${fit(renderProgress(label, latest))}`);
    else sink.write(`${renderProgress(label, latest)}\n`);
  };
  return {
    update: (progress) => {
      latest = progress;
      const elapsed = now() - lastDrawn;
      if (sink.isTTY) {
        if (elapsed >= REDRAW_EVERY_MS) draw();
        return;
      }
      const tenth = Math.floor(fraction(progress) * 10);
      if (tenth > lastTenth || elapsed >= LINE_EVERY_MS) {
        lastTenth = tenth;
        draw();
      }
    },
    finish: () => {
      const alreadyShown = !sink.isTTY && lastTenth === 10 && lastDrawn !== Number.NEGATIVE_INFINITY;
      if (!alreadyShown) draw();
      if (sink.isTTY) sink.write('\n');
    },
  };
};
