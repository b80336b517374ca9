/** What a transaction decided for one job: jobs fail alone (e.g. a revision conflict) without failing the batch. */
export type JobOutcome<Result> = { ok: true; value: Result } | { ok: false; error: unknown };

export type GroupCommitOptions<Job, Result> = Readonly<{
  /**
   * Runs ONE transaction over the batch, synchronously, and returns one outcome per job, in order.
   * Throwing means the transaction failed as a whole: every job of the batch is rejected with that error.
   */
  commit: (jobs: readonly Job[]) => readonly JobOutcome<Result>[];
  /** Most jobs per transaction: bounds how long one commit holds the event loop and the write lock. */
  maxBatchSize: number;
}>;

export type GroupCommit<Job, Result> = {
  /** Queues a job for the next transaction; settles once that transaction has committed (or failed). */
  submit(job: Job): Promise<Result>;
  /** Commits everything queued now, without waiting for the scheduled flush (used on close). */
  drain(): void;
};

type Queued<Job, Result> = { job: Job; resolve: (value: Result) => void; reject: (error: unknown) => void };

/**
 * Group commit: jobs submitted in the same turn of the event loop (and any that arrive before the flush runs)
 * share one transaction, so one fsync acknowledges them all. The flush runs on setImmediate, after pending I/O
 * and promise continuations, which is when writers released by the previous flush have queued their next job.
 * A commit is synchronous, so jobs arriving during it can only go into the next transaction.
 */
export const createGroupCommit = <Job, Result>({
  commit,
  maxBatchSize,
}: GroupCommitOptions<Job, Result>): GroupCommit<Job, Result> => {
  const queue: Queued<Job, Result>[] = [];
  let scheduled: NodeJS.Immediate | undefined;

  const commitOneBatch = (): void => {
    const batch = queue.splice(0, maxBatchSize);
    let outcomes: readonly JobOutcome<Result>[];
    try {
      outcomes = commit(batch.map((queued) => queued.job));
    } catch (error) {
      for (const queued of batch) queued.reject(error);
      return;
    }
    batch.forEach((queued, index) => {
      const outcome = outcomes[index];
      if (outcome === undefined) queued.reject(new Error('group commit: the transaction returned no outcome'));
      else if (outcome.ok) queued.resolve(outcome.value);
      else queued.reject(outcome.error);
    });
  };

  const flush = (): void => {
    scheduled = undefined;
    commitOneBatch();
    // Leftovers beyond the cap wait one more turn, so other I/O is not starved by a long queue.
    if (queue.length > 0) schedule();
  };

  const schedule = (): void => {
    scheduled ??= setImmediate(flush);
  };

  return {
    submit: (job) =>
      new Promise<Result>((resolve, reject) => {
        queue.push({ job, resolve, reject });
        schedule();
      }),
    drain: () => {
      if (scheduled !== undefined) clearImmediate(scheduled);
      scheduled = undefined;
      while (queue.length > 0) commitOneBatch();
    },
  };
};
