import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { ReadModelNameClash, ReadModelNotPrepared } from '../../runtime/read-model-store.errors.js';
import { describeReadModelStoreContract } from '../../runtime/testing/read-model-store.contract.js';
import { countQuery, findQuery, pageQuery } from './sqlite.queries.js';
import { createSqliteReadModelStore } from './sqlite.read-model-store.js';

const dir = mkdtempSync(join(tmpdir(), 'concord-read-models-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The file holding a version's documents, as the catalogue names it. */
const versionFile = (catalogueFile: string, projectionId: string): string => {
  const catalogue = new Database(catalogueFile, { readonly: true });
  const name = catalogue.prepare<[string], string>('SELECT file FROM rm_versions WHERE projection_id = ?').pluck().get(projectionId);
  catalogue.close();
  if (name === undefined) throw new Error(`${projectionId} is not catalogued`);
  return join(dirname(catalogueFile), name);
};

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
    const filter = { equals: { kind: 'a' }, ranges: [] };
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

  it('serves filters, pages and counts from the expression indexes', async () => {
    const file = join(dir, 'indexed.sqlite');
    const store = createSqliteReadModelStore({ file });
    const collections = [{ name: 'docs', indexes: [{ fields: ['status', 'dueAt'] }, { fields: ['status', 'segment'] }] }];
    await store.prepare({ name: 'p', version: 1, collections });
    const table = 'rm_p_v1__docs';
    const filter = { equals: { status: 'open' }, ranges: [{ field: 'dueAt', from: null, to: '2026-01-01T00:00:00.000Z' }] };
    const raw = new Database(versionFile(file, 'p.v1'), { readonly: true });
    const plan = ({ sql, params }: { sql: string; params: readonly (string | number)[] }): string =>
      raw
        .prepare<(string | number)[], { detail: string }>(`EXPLAIN QUERY PLAN ${sql}`)
        .all(...params)
        .map((row) => row.detail)
        .join(' | ');

    expect(plan(findQuery(table, filter))).toMatch(/USING INDEX rm_p_v1__docs__by_status_dueAt_id/);
    // A page starts at the cursor and ends at the filter's bound within the index, which also gives the order.
    const after = { value: '2025-06-01T00:00:00.000Z', id: 'd-9' };
    const page = plan(pageQuery(table, filter, { orderBy: 'dueAt', after, limit: 10 }));
    expect(page).toMatch(/SEARCH rm_p_v1__docs USING INDEX rm_p_v1__docs__by_status_dueAt_id \(<expr>=\? AND <expr>>\? AND <expr><\?\)/);
    expect(page).not.toMatch(/TEMP B-TREE/);
    // Grouped in index order: counted off the index, without reading or sorting documents.
    const counted = plan(countQuery(table, { equals: { status: 'open' }, ranges: [] }, ['segment']).grouped);
    expect(counted).toMatch(/USING (COVERING )?INDEX rm_p_v1__docs__by_status_segment_id/);
    expect(counted).not.toMatch(/TEMP B-TREE/);
    raw.close();
    await store.close();
  });

  it('counts the same whichever spelling of a count it runs', async () => {
    const file = join(dir, 'counted.sqlite');
    const store = createSqliteReadModelStore({ file });
    const collections = [{ name: 'docs', indexes: [{ fields: ['at', 'kind', 'score'] }], dateFields: ['at'] }];
    await store.prepare({ name: 'p', version: 1, collections });
    const docs = [
      { at: '2026-01-01T00:00:00.000Z', kind: 'a', score: 1 },
      { at: '2026-01-02T00:00:00.000Z', kind: 'a', score: 1 },
      { at: '2026-01-03T00:00:00.000Z', kind: 'b', score: null },
      { at: '2026-01-04T00:00:00.000Z', kind: 'b', score: 2.5 },
      { at: '2026-01-05T00:00:00.000Z', kind: 'b', score: 2.5 },
    ];
    const writes = docs.map((doc, index) => ({ kind: 'put', collection: 'docs', id: `d-${index}`, doc, position: index + 1 }) as const);
    await store.commit('p.v1', writes, docs.length);
    const filter = { equals: {}, ranges: [{ field: 'at', from: '2026-01-02T00:00:00.000Z', to: null }] };
    const expected = [['a', 1, 1], ['b', 2.5, 2], ['b', null, 1]];
    const sorted = (rows: unknown[][]) => [...rows].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));

    const { grouped, materialized } = countQuery('rm_p_v1__docs', filter, ['kind', 'score']);
    const raw = new Database(versionFile(file, 'p.v1'), { readonly: true });
    const run = ({ sql, params }: { sql: string; params: readonly (string | number)[] }) =>
      raw.prepare<(string | number)[], unknown[]>(sql).raw(true).all(...params);
    expect(sorted(run(grouped))).toEqual(expected);
    expect(sorted(run(materialized))).toEqual(expected);
    raw.close();
    const counted = await store.count('p.v1', 'docs', filter, ['kind', 'score']);
    expect(sorted(counted.map((group) => [...group.key, group.count]))).toEqual(expected);
    await store.close();
  });

  describe('one file per version', () => {
    const projection = (version: number) => ({ name: 'p', version, collections: [{ name: 'docs', indexes: [] }] });
    const put = (id: string, position: number) => ({ kind: 'put', collection: 'docs', id, doc: { id }, position }) as const;

    it('keeps each version in a file of its own beside the catalogue, and removes it with the version', async () => {
      const file = join(dir, 'versions.sqlite');
      const store = createSqliteReadModelStore({ file });
      await store.prepare(projection(1));
      await store.prepare(projection(2));
      await store.commit('p.v1', [put('d-1', 1)], 1);
      const [v1, v2] = [versionFile(file, 'p.v1'), versionFile(file, 'p.v2')];

      expect(v1).not.toBe(v2);
      const raw = new Database(v1, { readonly: true });
      expect(raw.prepare('SELECT checkpoint FROM rm_checkpoint').pluck().get()).toBe(1);
      expect(raw.prepare('SELECT id FROM rm_p_v1__docs').pluck().all()).toEqual(['d-1']);
      raw.close();

      await store.drop('p.v1');
      expect(existsSync(v1)).toBe(false);
      expect(existsSync(v2)).toBe(true);
      await store.close();
    });

    it('commits one version while another connection holds the write lock of another version', async () => {
      const file = join(dir, 'parallel.sqlite');
      const store = createSqliteReadModelStore({ file, busyTimeoutMs: 50 });
      await store.prepare(projection(1));
      await store.prepare(projection(2));
      const other = new Database(versionFile(file, 'p.v1'));
      other.exec('BEGIN IMMEDIATE');

      await store.commit('p.v2', [put('d-2', 2)], 2);
      await expect(store.commit('p.v1', [put('d-1', 1)], 1)).rejects.toMatchObject({ code: 'SQLITE_BUSY' });

      other.exec('ROLLBACK');
      other.close();
      expect(await store.get('p.v2', 'docs', 'd-2')).toEqual({ id: 'd-2' });
      await store.close();
    });

    it('removes, when opened, version files the catalogue does not name (a drop cut short)', async () => {
      const folder = mkdtempSync(join(dir, 'orphans-'));
      const file = join(folder, 'read-models.sqlite');
      const first = createSqliteReadModelStore({ file });
      await first.prepare(projection(1));
      await first.close();
      const orphan = join(folder, 'read-models.p_v9.0123abcd.sqlite');
      writeFileSync(orphan, '');
      writeFileSync(join(folder, 'read-models.notes.sqlite'), '');

      const reopened = createSqliteReadModelStore({ file });

      const files = readdirSync(folder).filter((name) => name.endsWith('.sqlite'));
      expect(files.sort()).toEqual(
        ['read-models.notes.sqlite', 'read-models.sqlite', basename(versionFile(file, 'p.v1'))].sort(),
      );
      await reopened.close();
    });

    it('given a store of the single-file layout, then its tables are dropped and every version rebuilds', async () => {
      const file = join(dir, 'single-file.sqlite');
      const old = new Database(file);
      old.exec(`
        CREATE TABLE rm_projections (projection_id TEXT PRIMARY KEY, name TEXT, version INTEGER, checkpoint INTEGER,
          status TEXT, failure TEXT, updated_at TEXT);
        CREATE TABLE rm_collections (projection_id TEXT, collection TEXT, table_name TEXT);
        CREATE TABLE rm_p_v1__docs (id TEXT PRIMARY KEY, doc TEXT, position INTEGER);
        INSERT INTO rm_projections VALUES ('p.v1', 'p', 1, 7, 'live', NULL, '2026-01-01T00:00:00.000Z');
        INSERT INTO rm_collections VALUES ('p.v1', 'docs', 'rm_p_v1__docs');
      `);
      old.close();

      const store = createSqliteReadModelStore({ file });

      expect(await store.records()).toEqual([]);
      const raw = new Database(file, { readonly: true });
      expect(raw.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").pluck().all()).toEqual([
        'rm_collections',
        'rm_versions',
      ]);
      raw.close();
      await store.close();
    });
  });
});
