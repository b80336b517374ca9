import { createGroupCommit, type JobOutcome } from './group-commit.js';

/** A fake transaction that records its batches and doubles numbers, failing odd ones alone. */
const recordingCommit = () => {
  const batches: number[][] = [];
  const commit = (jobs: readonly number[]): JobOutcome<number>[] => {
    batches.push([...jobs]);
    return jobs.map((job) =>
      job % 2 === 0 ? { ok: true, value: job * 2 } : { ok: false, error: new Error(`odd ${job}`) },
    );
  };
  return { batches, commit };
};

describe('group commit', () => {
  it('commits the jobs submitted in one turn together, and settles each with its own outcome', async () => {
    const { batches, commit } = recordingCommit();
    const group = createGroupCommit({ commit, maxBatchSize: 100 });

    const settled = await Promise.allSettled([2, 3, 4].map((job) => group.submit(job)));

    expect(batches).toEqual([[2, 3, 4]]);
    expect(settled).toEqual([
      { status: 'fulfilled', value: 4 },
      { status: 'rejected', reason: new Error('odd 3') },
      { status: 'fulfilled', value: 8 },
    ]);
  });

  it('puts jobs submitted after a commit into the next one', async () => {
    const { batches, commit } = recordingCommit();
    const group = createGroupCommit({ commit, maxBatchSize: 100 });

    await group.submit(2);
    await Promise.all([group.submit(4), group.submit(6)]);

    expect(batches).toEqual([[2], [4, 6]]);
  });

  it('splits a long queue at the batch cap', async () => {
    const { batches, commit } = recordingCommit();
    const group = createGroupCommit({ commit, maxBatchSize: 2 });

    await Promise.all([0, 2, 4, 6, 8].map((job) => group.submit(job)));

    expect(batches).toEqual([[0, 2], [4, 6], [8]]);
  });

  it('rejects every job of a batch whose transaction throws', async () => {
    const failure = new Error('disk I/O error');
    const group = createGroupCommit<number, number>({
      commit: () => {
        throw failure;
      },
      maxBatchSize: 100,
    });

    const settled = await Promise.allSettled([0, 2].map((job) => group.submit(job)));

    expect(settled).toEqual([
      { status: 'rejected', reason: failure },
      { status: 'rejected', reason: failure },
    ]);
  });

  it('commits everything queued, synchronously, on drain', () => {
    const { batches, commit } = recordingCommit();
    const group = createGroupCommit({ commit, maxBatchSize: 2 });
    for (const job of [0, 2, 4]) void group.submit(job);

    group.drain();

    expect(batches).toEqual([[0, 2], [4]]);
  });
});
