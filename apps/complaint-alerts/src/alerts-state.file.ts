import { mkdir, open, readFile, rename } from 'node:fs/promises';
import { dirname } from 'node:path';
import { EMPTY_STATE, type AlertsState } from './alerts.state.js';

/** The state file exists but cannot be read back: better to stop than to forget which alerts went out. */
export class UnreadableState extends Error {
  constructor(path: string, reason: string) {
    super(`${path} is not a complaint-alerts state file (${reason}); restore it, or remove it to start over.`);
    this.name = 'UnreadableState';
  }
}

const FORMAT = 1;

const isState = (value: unknown): value is AlertsState => {
  const state = value as Partial<AlertsState> | null;
  return (
    typeof state === 'object' &&
    state !== null &&
    Number.isSafeInteger(state.position) &&
    typeof state.open === 'object' &&
    typeof state.sent === 'object' &&
    Array.isArray(state.pending)
  );
};

/** The saved state, or the empty one on a first start. */
export const loadAlertsState = async (path: string): Promise<AlertsState> => {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return EMPTY_STATE;
    throw error;
  }
  let saved: { format?: unknown; state?: unknown };
  try {
    saved = JSON.parse(text) as { format?: unknown; state?: unknown };
  } catch {
    throw new UnreadableState(path, 'not JSON');
  }
  if (saved.format !== FORMAT) throw new UnreadableState(path, `format ${String(saved.format)}, expected ${FORMAT}`);
  if (!isState(saved.state)) throw new UnreadableState(path, 'fields missing');
  return saved.state;
};

/** Replaces the file atomically (temporary file, flushed, renamed), so a crash leaves the old or the new state. */
export const saveAlertsState = async (path: string, state: AlertsState): Promise<void> => {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  const file = await open(temporary, 'w');
  try {
    await file.writeFile(`${JSON.stringify({ format: FORMAT, state })}\n`);
    await file.sync();
  } finally {
    await file.close();
  }
  await rename(temporary, path);
};
