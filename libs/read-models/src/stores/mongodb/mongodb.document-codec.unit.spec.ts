import { decodeDocument, encodeDocument } from './mongodb.document-codec.js';
import { DocumentNotStorable } from './mongodb.errors.js';

const key = { collection: 'churn_inputs', id: 'c-1' };
const dates = new Set(['since', 'complaints.dueAt', 'latest.at']);

describe('MongoDB document codec', () => {
  it('turns the date fields into Dates, through arrays and sub-documents, adds the position, and reads back the same JSON', () => {
    const doc = {
      since: '2026-01-05T09:00:00.000Z',
      note: '2026-01-05T09:00:00.000Z',
      complaints: [{ dueAt: '2026-02-01T00:00:00.123Z' }, { dueAt: null }],
      latest: null,
      nested: { list: [1, 'two', null, { three: 3 }], empty: {} },
    };

    const stored = encodeDocument(key, doc, dates, 42);

    expect(stored).toEqual({
      ...doc,
      since: new Date('2026-01-05T09:00:00.000Z'),
      complaints: [{ dueAt: new Date('2026-02-01T00:00:00.123Z') }, { dueAt: null }],
      _position: 42,
    });
    expect(decodeDocument({ _id: 'c-1', ...stored })).toEqual(doc);
  });

  it.each([
    ['a key with a dot', { 'a.b': 1 }, '$["a.b"]'],
    ['a key starting with $', { nested: { $gt: 1 } }, '$.nested["$gt"]'],
    ['an array in an array', { list: [1, [2]] }, '$.list[1]'],
    ['NaN', { n: Number.NaN }, '$.n'],
    ['Infinity', { n: Number.POSITIVE_INFINITY }, '$.n'],
    ['a NUL character', { s: 'a\0b' }, '$.s'],
    ['a date without milliseconds', { since: '2026-01-05T09:00:00Z' }, '$.since'],
    ['a date with an offset', { latest: { at: '2026-01-05T10:00:00.000+01:00' } }, '$.latest.at'],
    ['a number at a date field', { complaints: [{ dueAt: 0 }] }, '$.complaints[0].dueAt'],
    ['a Date object', { when: new Date(0) }, '$.when'],
    ['undefined', { gone: undefined }, '$.gone'],
    ['the reserved _position', { _position: 1 }, '$._position'],
    ['the reserved _id', { _id: 'x' }, '$._id'],
  ])('refuses %s, naming where it is', (_, doc, path) => {
    expect(() => encodeDocument(key, doc, dates, 1)).toThrow(DocumentNotStorable);
    expect(() => encodeDocument(key, doc, dates, 1)).toThrow(`churn_inputs/c-1: ${path}`);
  });

  it('keeps a member named __proto__ as a member', () => {
    const doc: unknown = JSON.parse('{"__proto__": {"x": 1}, "n": 1}');

    expect(decodeDocument(encodeDocument(key, doc, dates, 1))).toEqual(doc);
    expect(Object.keys(encodeDocument(key, doc, dates, 1))).toEqual(['__proto__', 'n', '_position']);
  });

  it('refuses a document that is not an object', () => {
    expect(() => encodeDocument(key, [1], dates, 1)).toThrow(DocumentNotStorable);
    expect(() => encodeDocument(key, null, dates, 1)).toThrow(DocumentNotStorable);
  });
});
