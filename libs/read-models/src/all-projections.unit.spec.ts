import { toProjectedEvents } from '@concord/testing';
import fc from 'fast-check';
import { ALL_PROJECTIONS } from './all-projections.js';
import { projectionId } from './projection.js';
import { buildReadModels } from './testing/build-read-models.js';
import { generatedHistory } from './testing/customer-history.arbitrary.js';

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** Every string value with its dotted path, arrays traversed as MongoDB paths are. */
const stringPaths = (value: unknown, path: string): [string, string][] => {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item) => stringPaths(item, path));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => stringPaths(item, path === '' ? key : `${path}.${key}`));
  }
  return [];
};

describe('ALL_PROJECTIONS', () => {
  it('have distinct ids and distinct collection names', () => {
    const ids = ALL_PROJECTIONS.map(projectionId);
    const collections = ALL_PROJECTIONS.flatMap((projection) => projection.collections.map((c) => c.name));
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(collections).size).toBe(collections.length);
    expect(ids).toEqual(['customer-360.v1', 'churn-risk.v2', 'satisfaction.v2', 'complaints.v2', 'contact-coverage.v2']);
  });

  it('list as dateFields exactly the fields their documents hold instants in', () => {
    const histories = fc.sample(generatedHistory, { numRuns: 60, seed: 7 });
    const models = histories.map(({ events }) => buildReadModels([toProjectedEvents(events)]));
    for (const projection of ALL_PROJECTIONS) {
      for (const collection of projection.collections) {
        const docs = models.flatMap((model) => model.get(projection.name)?.all(collection.name) ?? []);
        const instants = new Set(docs.flatMap((doc) => stringPaths(doc, '')).filter(([, v]) => ISO_INSTANT.test(v)).map(([p]) => p));
        expect([...instants].sort()).toEqual([...(collection.dateFields ?? [])].sort());
      }
    }
  });
});
