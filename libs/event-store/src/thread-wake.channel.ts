import { resolve } from 'node:path';

/** Tells the other stores of this process (on other threads) open on the same file that a commit happened. */
export type ThreadWakeChannel = Readonly<{
  notifyOthers(): void;
  close(): void;
}>;

/**
 * A projector on a worker thread opens its own store on the API's file. Without a signal it would see the API's
 * appends only at its next poll; with one it sees them as soon as they commit, as a subscription on the
 * appending store does. BroadcastChannel reaches every thread of the process, never other processes (those poll),
 * and never the channel that posted. One message per commit, not per event.
 */
export const openThreadWakeChannel = (file: string, onCommitElsewhere: () => void): ThreadWakeChannel => {
  const channel = new BroadcastChannel(`concord-event-store:${resolve(file)}`);
  channel.onmessage = () => onCommitElsewhere();
  // A store waiting for appends must not keep the process alive.
  channel.unref();
  return {
    notifyOthers: () => channel.postMessage(null),
    close: () => channel.close(),
  };
};
