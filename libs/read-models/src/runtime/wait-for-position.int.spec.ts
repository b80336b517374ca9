import { createSqliteReadModelStore } from '../stores/sqlite/sqlite.read-model-store.js';
import { waitForPosition } from './wait-for-position.js';

const projection = (name: string) => ({ name, version: 1, collections: [{ name: 'docs', indexes: [] }] });

describe('waitForPosition', () => {
  it('answers at once when every projection has applied the position', async () => {
    const store = createSqliteReadModelStore({ file: ':memory:' });
    await store.prepare(projection('a'));
    await store.prepare(projection('b'));
    await store.commit('a.v1', [], 12);
    await store.commit('b.v1', [], 10);

    expect(await waitForPosition(store, ['a.v1', 'b.v1'], 10)).toEqual({ reached: true, positions: { 'a.v1': 12, 'b.v1': 10 } });
    await store.close();
  });

  it('waits for a projection that gets there while it polls', async () => {
    const store = createSqliteReadModelStore({ file: ':memory:' });
    await store.prepare(projection('a'));
    await store.commit('a.v1', [], 3);
    const waiting = waitForPosition(store, ['a.v1'], 5, { timeoutMs: 10_000, pollMs: 5 });
    setImmediate(() => void store.commit('a.v1', [], 5));

    expect(await waiting).toEqual({ reached: true, positions: { 'a.v1': 5 } });
    await store.close();
  });

  it('gives up at the timeout with the positions reached, and counts an unknown projection at 0', async () => {
    const store = createSqliteReadModelStore({ file: ':memory:' });
    await store.prepare(projection('a'));
    await store.commit('a.v1', [], 3);

    expect(await waitForPosition(store, ['a.v1', 'nope.v1'], 4, { timeoutMs: 30, pollMs: 10 })).toEqual({
      reached: false,
      positions: { 'a.v1': 3, 'nope.v1': 0 },
    });
    await store.close();
  });
});
