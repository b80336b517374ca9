import { createKeyedLock } from './keyed-lock.js';

const later = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('createKeyedLock', () => {
  it('runs the tasks of one key one at a time, in order', async () => {
    const lock = createKeyedLock();
    const log: string[] = [];
    const task = (name: string, ms: number) => async () => {
      log.push(`${name} starts`);
      await later(ms);
      log.push(`${name} ends`);
      return name;
    };

    const results = await Promise.all([lock.run('a', task('first', 20)), lock.run('a', task('second', 1))]);

    expect(results).toEqual(['first', 'second']);
    expect(log).toEqual(['first starts', 'first ends', 'second starts', 'second ends']);
  });

  it('runs tasks of different keys side by side', async () => {
    const lock = createKeyedLock();
    let running = 0;
    let mostAtOnce = 0;
    const task = async () => {
      running += 1;
      mostAtOnce = Math.max(mostAtOnce, running);
      await later(10);
      running -= 1;
    };
    await Promise.all([lock.run('a', task), lock.run('b', task), lock.run('c', task)]);
    expect(mostAtOnce).toBe(3);
  });

  it('goes on with the next task after one failed, and hands each its own outcome', async () => {
    const lock = createKeyedLock();
    const failure = new Error('first failed');
    const first = lock.run('a', () => Promise.reject(failure));
    const second = lock.run('a', async () => 'second ran');
    await expect(first).rejects.toBe(failure);
    await expect(second).resolves.toBe('second ran');
  });
});
