import { NotPlainJson } from '../shared/read-model.errors.js';
import { createMemoryDocuments } from './memory.documents.js';

describe('memory documents', () => {
  it('reads back what was put, and nothing for an unknown id', () => {
    const documents = createMemoryDocuments();
    documents.put('customers', 'c-1', { name: 'Li Wei', tags: ['a'] });
    expect(documents.get('customers', 'c-1')).toEqual({ name: 'Li Wei', tags: ['a'] });
    expect(documents.get('customers', 'c-2')).toBeUndefined();
    expect(documents.get('other', 'c-1')).toBeUndefined();
  });

  it('stores copies: mutating a document after put or after get changes nothing stored', () => {
    const documents = createMemoryDocuments();
    const doc = { tags: ['a'] };
    documents.put('customers', 'c-1', doc);
    doc.tags.push('b');
    documents.get<{ tags: string[] }>('customers', 'c-1')?.tags.push('c');
    expect(documents.get('customers', 'c-1')).toEqual({ tags: ['a'] });
  });

  it('deletes', () => {
    const documents = createMemoryDocuments();
    documents.put('customers', 'c-1', { n: 1 });
    documents.delete('customers', 'c-1');
    documents.delete('customers', 'never-there');
    expect(documents.get('customers', 'c-1')).toBeUndefined();
    expect(documents.snapshot()).toEqual({});
  });

  it('snapshots every collection with ids sorted, whatever the write order', () => {
    const a = createMemoryDocuments();
    const b = createMemoryDocuments();
    a.put('x', '2', { n: 2 });
    a.put('x', '1', { n: 1 });
    b.put('x', '1', { n: 1 });
    b.put('x', '2', { n: 2 });
    expect(JSON.stringify(a.snapshot())).toBe(JSON.stringify(b.snapshot()));
    expect(a.all('x')).toEqual([{ n: 1 }, { n: 2 }]);
  });

  it.each([
    [{ missing: undefined }, '$.missing is undefined'],
    [{ at: new Date(0) }, '$.at is a Date'],
    [{ ids: new Set(['a']) }, '$.ids is a Set'],
    [{ nested: [{ map: new Map() }] }, '$.nested[0].map is a Map'],
    [{ ratio: Number.NaN }, '$.ratio is NaN'],
  ])('refuses what is not plain JSON: %p', (doc, message) => {
    const documents = createMemoryDocuments();
    expect(() => documents.put('x', '1', doc)).toThrow(NotPlainJson);
    expect(() => documents.put('x', '1', doc)).toThrow(message);
  });
});
