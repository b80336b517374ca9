import { LAG_EVENTS_CAP, type ProjectionStatusView } from '@concord/read-models';

const HEADINGS = ['PROJECTION', 'STATUS', 'ACTIVE', 'CHECKPOINT', 'LAG EVENTS', 'LAG SECONDS', 'FAILURE'] as const;

const failureOf = ({ failure }: ProjectionStatusView): string =>
  failure === null ? '' : `${failure.eventType} at position ${failure.position}: ${failure.message}`;

/** Left-aligned columns; numbers right-aligned so their digits line up. ACTIVE: the version queries read. */
export const formatStatusTable = (statuses: readonly ProjectionStatusView[]): string[] => {
  if (statuses.length === 0) {
    return ['No projection has been built yet: start the projector, or run concord rebuild all.'];
  }
  const rows = statuses.map((s) => [
    s.projectionId,
    s.status,
    s.active ? 'yes' : 'no',
    String(s.checkpoint),
    // The count stops at the cap: show that the lag is at least that.
    s.lagEvents >= LAG_EVENTS_CAP ? `${LAG_EVENTS_CAP}+` : String(s.lagEvents),
    String(Math.round(s.lagSeconds)),
    failureOf(s),
  ]);
  const widths = HEADINGS.map((heading, column) =>
    Math.max(heading.length, ...rows.map((row) => row[column]?.length ?? 0)),
  );
  const numeric = new Set([3, 4, 5]);
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, column) => {
        const width = widths[column] ?? 0;
        if (column === cells.length - 1) return cell;
        return numeric.has(column) ? cell.padStart(width) : cell.padEnd(width);
      })
      .join('  ')
      .trimEnd();
  return [line(HEADINGS), ...rows.map(line)];
};
