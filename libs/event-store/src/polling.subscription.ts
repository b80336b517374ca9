import type { Position, Subscription } from './event-store.port.js';
import type { WakeSignal } from './wake-signal.js';

export type PollingSubscriptionOptions<Event extends { position: Position }> = Readonly<{
  after: Position;
  batchSize: number;
  /** How long to sleep when caught up before reading again, to see appends by other processes. */
  pollIntervalMs: number;
  readAll: (after: Position, limit: number) => Promise<readonly Event[]>;
  /** Wakes the subscription early when this process appends. */
  appended: WakeSignal;
}>;

/**
 * A catch-up-then-live subscription over readAll. Delivery is in global order and sequential: the next batch is
 * read only after the handler's promise resolves. A handler failure (or a read failure) ends the subscription and
 * rejects `done`; nothing after the failed batch is delivered, so a consumer's checkpoint never passes an event it
 * did not handle.
 * @throws RangeError when batchSize is not a positive integer.
 */
export const startPollingSubscription = <Event extends { position: Position }>(
  { after, batchSize, pollIntervalMs, readAll, appended }: PollingSubscriptionOptions<Event>,
  onEvents: (batch: readonly Event[]) => Promise<void>,
): Subscription => {
  // A zero batch would read nothing forever and look like an idle stream.
  if (!Number.isSafeInteger(batchSize) || batchSize < 1) throw new RangeError('batchSize must be a positive integer');
  let stopping = false;
  let interruptSleep: (() => void) | undefined;

  const sleepUntilAppendOrPoll = (): Promise<void> =>
    new Promise<void>((resolve) => {
      const wake = (): void => {
        clearTimeout(timer);
        cancelListener();
        interruptSleep = undefined;
        resolve();
      };
      const timer = setTimeout(wake, pollIntervalMs);
      const cancelListener = appended.once(wake);
      interruptSleep = wake;
    });

  const run = async (): Promise<void> => {
    let position = after;
    while (!stopping) {
      const versionBeforeRead = appended.version;
      const batch = await readAll(position, batchSize);
      if (stopping) return;
      const last = batch.at(-1);
      if (last === undefined) {
        if (appended.version === versionBeforeRead) await sleepUntilAppendOrPoll();
        continue;
      }
      await onEvents(batch);
      position = last.position;
      // Catching up through promises alone would starve timers and I/O (and the group commit) until the end.
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  };

  const done = run();
  // The owner learns of a failure through `done`; this only stops Node reporting it as unhandled if nobody awaits it.
  done.catch(() => undefined);

  return {
    done,
    stop: async () => {
      stopping = true;
      interruptSleep?.();
      await done.catch(() => undefined);
    },
  };
};
