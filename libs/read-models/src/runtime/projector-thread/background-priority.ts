import { execFileSync } from 'node:child_process';
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';

/**
 * How far a projector thread lowers its CPU priority (Linux; elsewhere it keeps the process's):
 * - `background`: niceness 10, for a projector with a process of its own (apps/projector): below other work on the
 *   machine, all of an idle core.
 * - `idle`: the SCHED_IDLE policy as well, for projections in the API process (the default), where they compete
 *   with requests for the same cores. Niceness alone did not keep them out of the way: the scheduler let a
 *   projector thread finish its time slice before the woken request thread, which under 64 HTTP connections spent
 *   a fifth of its time waiting to run. A SCHED_IDLE thread gives way to it at once. Measured by hand, rounds
 *   alternating in one process: about 7% more commands/s (6,570 against 6,114/s, medians of 6), with the
 *   projections still at the head within 100 ms of the load ending. An API saturated for good would starve them;
 *   their lag then shows in GET /v1/projections, and queries asking for a position answer 503.
 */
export type ProjectorPriority = 'background' | 'idle';

export const PROJECTOR_NICENESS = 10;

/**
 * Lowers the calling thread's CPU priority. Linux schedules threads one by one: setpriority and chrt on the thread's
 * own id (read from /proc/thread-self) change that thread alone. Elsewhere it does nothing: there the same calls set
 * the priority of the whole process, the API's request path with it. Node has no binding for sched_setscheduler,
 * so SCHED_IDLE is set by util-linux's `chrt`, present wherever util-linux is (Debian's images included).
 * @throws the system's error when the niceness cannot be set; an Error saying the thread runs at niceness 10 when
 *   SCHED_IDLE cannot be.
 */
export const lowerThreadPriority = (priority: ProjectorPriority): void => {
  if (process.platform !== 'linux') return;
  const threadId = readlinkSync('/proc/thread-self').split('/').at(-1) as string;
  setPriority(Number(threadId), PROJECTOR_NICENESS);
  if (priority === 'background') return;
  try {
    execFileSync('chrt', ['--idle', '--pid', '0', threadId], { stdio: 'ignore' });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `could not switch to SCHED_IDLE with chrt (install util-linux): ${reason}. It runs at niceness ${PROJECTOR_NICENESS}.`,
    );
  }
};
