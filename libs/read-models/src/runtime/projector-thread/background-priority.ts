import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';

/**
 * The niceness projector threads run at. Projections may trail the log by a batch, requests may not wait: with the
 * projections in the API process (the default), both compete for the same cores, and at equal priority the
 * scheduler let the projector threads delay requests. At niceness 10 they get what the request path leaves, which
 * under load was still enough to stay within a commit interval of the head, and all of the CPU when it is idle
 * (a rebuild alone runs as fast). By hand, under 64 HTTP connections: about a tenth more commands/s.
 */
export const PROJECTOR_NICENESS = 10;

/**
 * Lowers the calling thread's CPU priority to `niceness`. Linux schedules threads one by one: setpriority on the
 * thread's own id (read from /proc/thread-self) changes that thread alone. Elsewhere it does nothing: there the
 * same call sets the priority of the whole process, the API's request path with it.
 * @throws the system's error when the thread's id cannot be read or its priority set.
 */
export const lowerThreadPriority = (niceness: number): void => {
  if (process.platform !== 'linux') return;
  const threadId = Number(readlinkSync('/proc/thread-self').split('/').at(-1));
  setPriority(threadId, niceness);
};
