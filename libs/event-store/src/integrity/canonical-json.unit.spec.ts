import fc from 'fast-check';
import { canonicalJson, carefulCanonicalJson } from './canonical-json.js';

describe('canonicalJson', () => {
  it('sorts object keys at every depth and writes no whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: true, y: null }], c: 'x' } })).toBe(
      '{"a":{"c":"x","d":[3,{"y":null,"z":true}]},"b":1}',
    );
  });

  it('gives the same text whatever the insertion order of keys', () => {
    expect(canonicalJson({ x: 1, y: { p: 1, q: 2 } })).toBe(canonicalJson({ y: { q: 2, p: 1 }, x: 1 }));
  });

  it('keeps arrays in order', () => {
    expect(canonicalJson([3, 1, 2])).toBe('[3,1,2]');
  });

  it('omits undefined members and writes undefined array items as null, as JSON does', () => {
    expect(canonicalJson({ a: undefined, b: [undefined, 1], c: () => 1 })).toBe('{"b":[null,1]}');
  });

  it('sorts keys by UTF-16 code units (RFC 8785)', () => {
    expect(canonicalJson({ '\u00e9': 1, z: 2, Z: 3, '10': 4, '9': 5 })).toBe('{"10":4,"9":5,"Z":3,"z":2,"\u00e9":1}');
  });

  it('formats numbers and escapes strings as JSON.stringify does', () => {
    expect(canonicalJson({ n: [1e21, 0.1, -0, 5e-7, NaN, Infinity], s: 'line\n"quoted" \u2028 \ud83d\ude00' })).toBe(
      `{"n":[1e+21,0.1,0,5e-7,null,null],"s":${JSON.stringify('line\n"quoted" \u2028 \ud83d\ude00')}}`,
    );
  });

  it('honours toJSON, so dates become ISO strings', () => {
    expect(canonicalJson({ at: new Date('2026-01-05T09:00:00.000Z') })).toBe('{"at":"2026-01-05T09:00:00.000Z"}');
  });

  it('re-serialises its own parsed output unchanged', () => {
    const text = canonicalJson({ b: [1.5, 'x', { d: null, c: false }], a: 'é', at: new Date(0) });
    expect(canonicalJson(JSON.parse(text))).toBe(text);
  });

  it('rejects cycles, BigInt and top-level undefined', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(() => canonicalJson(cyclic)).toThrow(TypeError);
    expect(() => canonicalJson({ amount: 10n })).toThrow(TypeError);
    expect(() => canonicalJson(undefined)).toThrow(TypeError);
  });

  it('accepts the same object twice when it is not its own ancestor', () => {
    const shared = { k: 1 };
    expect(canonicalJson({ a: shared, b: shared })).toBe('{"a":{"k":1},"b":{"k":1}}');
  });
});

describe('canonicalJson fast path (a sorted copy through JSON.stringify)', () => {
  const values = fc.jsonValue();
  const unusual = fc.anything({
    withBoxedValues: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withNullPrototype: true,
    withObjectString: true,
    withSparseArray: true,
    withTypedArray: true,
  });

  const outcomeOf = (serialise: (value: unknown) => string, value: unknown): string => {
    try {
      return serialise(value);
    } catch (error) {
      return `throws ${(error as Error).name}`;
    }
  };

  it('gives the same text as the careful serialiser for any JSON value', () => {
    fc.assert(fc.property(values, (value) => canonicalJson(value) === carefulCanonicalJson(value)));
  });

  it('gives the same text, or the same error, for values JSON does not model', () => {
    fc.assert(
      fc.property(unusual, (value) =>
        expect(outcomeOf(canonicalJson, value)).toBe(outcomeOf(carefulCanonicalJson, value)),
      ),
    );
  });

  it('keeps an own __proto__ key as data, without reading prototypes', () => {
    const parsed: unknown = JSON.parse('{"b":{"x":1},"__proto__":{"a":1},"c":[{"y":2}]}');
    expect(canonicalJson(parsed)).toBe('{"__proto__":{"a":1},"b":{"x":1},"c":[{"y":2}]}');
  });

  it('honours toJSON and class instances nested in plain data', () => {
    class Money {
      constructor(readonly cents: number) {}
      toJSON(): string {
        return `${this.cents / 100} EUR`;
      }
    }
    expect(canonicalJson({ b: [new Money(150)], a: { at: new Date(0) } })).toBe(
      '{"a":{"at":"1970-01-01T00:00:00.000Z"},"b":["1.5 EUR"]}',
    );
  });

  it('sorts integer-like keys as strings, where V8 would put them first', () => {
    expect(canonicalJson({ b: { '10': 1, '9': 2, a: 3 } })).toBe('{"b":{"10":1,"9":2,"a":3}}');
  });

  it('treats a member named toJSON that is not a function as data', () => {
    expect(canonicalJson({ toJSON: 'x', a: 1 })).toBe('{"a":1,"toJSON":"x"}');
  });
});
