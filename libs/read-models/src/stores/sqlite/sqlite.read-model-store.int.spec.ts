import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { ReadModelNameClash, ReadModelNotPrepared } from '../../runtime/read-model-store.errors.js';
import { describeReadModelStoreContract } from '../../runtime/testing/read-model-store.contract.js';
import { findQuery } from './sqlite.find-query.js';
import { createSqliteReadModelStore } from './sqlite.read-model-store.js';

const dir = mkdtempSync(join(tmpdir(), 'concord-read-models-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describeReadModelStoreContract('SQLite file', async () => createSqliteReadModelStore({ file: join(dir, 'read-models.sqlite') }));

describeReadModelStoreContract('SQLite in memory', async () => createSqliteReadModelStore({ file: ':memory:' }));

describe('SQLite read-model store', () => {
  it('refuses two projections whose names would share a table', async () => {
    const store = createSqliteReadModelStore({ file: ':memory:' });
    await store.prepare({ name: 'churn-risk', version: 1, collections: [{ name: 'docs', indexes: [] }] });

    await expect(
      store.prepare({ name: 'churn_risk', version: 1, collections: [{ name: 'docs', indexes: [] }] }),
    ).rejects.toThrow(ReadModelNameClash);
    await store.close();
  });

  it('refuses a commit to a version that was never prepared, and commits nothing of it', async () => {
    const store = createSqliteReadModelStore({ file: ':memory:' });
    await store.prepare({ name: 'p', version: 1, collections: [{ name: 'docs', indexes: [] }] });
    const write = { kind: 'put', collection: 'docs', id: 'd-1', doc: { n: 1 }, position: 1 } as const;

    await expect(store.commit('p.v2', [write], 1)).rejects.toThrow(ReadModelNotPrepared);
    await expect(store.commit('p.v1', [write, { ...write, collection: 'other' }], 1)).rejects.toThrow(ReadModelNotPrepared);
    expect(await store.get('p.v1', 'docs', 'd-1')).toBeUndefined();
    await store.close();
  });

  it('sees what another connection to the file prepared, committed and dropped', async () => {
    const file = join(dir, 'shared.sqlite');
    const projector = createSqliteReadModelStore({ file });
    const api = createSqliteReadModelStore({ file });
    const projection = { name: 'p', version: 1, collections: [{ name: 'docs', indexes: [{ fields: ['kind'] }] }] };
    const filter = { equals: { kind: 'a' }, range: null };
    expect(await api.find('p.v1', 'docs', filter)).toEqual([]);

    await projector.prepare(projection);
    await projector.commit('p.v1', [{ kind: 'put', collection: 'docs', id: 'd-1', doc: { kind: 'a' }, position: 1 }], 1);
    expect(await api.get('p.v1', 'docs', 'd-1')).toEqual({ kind: 'a' });
    expect(await api.find('p.v1', 'docs', filter)).toEqual([{ kind: 'a' }]);

    await projector.drop('p.v1');
    expect(await api.get('p.v1', 'docs', 'd-1')).toBeUndefined();
    expect(await api.find('p.v1', 'docs', filter)).toEqual([]);

    await projector.prepare(projection);
    await projector.commit('p.v1', [{ kind: 'put', collection: 'docs', id: 'd-2', doc: { kind: 'a' }, position: 2 }], 2);
    expect(await api.find('p.v1', 'docs', filter)).toEqual([{ kind: 'a' }]);
    await Promise.all([projector.close(), api.close()]);
  });

  it('serves equality and range filters from the expression indexes', async () => {
    const file = join(dir, 'indexed.sqlite');
    const store = createSqliteReadModelStore({ file });
    await store.prepare({ name: 'p', version: 1, collections: [{ name: 'docs', indexes: [{ fields: ['status', 'dueAt'] }] }] });
    const filter = { equals: { status: 'open' }, range: { field: 'dueAt', from: null, to: '2026-01-01T00:00:00.000Z' } };
    const { sql, params } = findQuery('rm_p_v1__docs', filter);
    const raw = new Database(file, { readonly: true });
    const plan = raw.prepare<string[], { detail: string }>(`EXPLAIN QUERY PLAN ${sql}`).all(...params);

    expect(plan.map((row) => row.detail).join(' ')).toMatch(/USING INDEX rm_p_v1__docs__by_status_dueAt/);
    raw.close();
    await store.close();
  });
});
