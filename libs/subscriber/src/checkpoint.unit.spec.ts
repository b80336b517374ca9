import { memoryCheckpoint } from './checkpoint.js';

describe('memoryCheckpoint', () => {
  it('given an initial position and a save, then it loads the latest', async () => {
    const checkpoint = memoryCheckpoint(3);
    await expect(checkpoint.load()).resolves.toBe(3);
    await checkpoint.save(8);
    expect([await checkpoint.load(), checkpoint.position]).toEqual([8, 8]);
  });
});
