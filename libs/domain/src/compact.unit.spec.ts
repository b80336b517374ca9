import { compact } from './compact.js';

describe('compact', () => {
  it('drops members whose value is undefined and keeps every other value, falsy ones too', () => {
    expect(compact({ a: undefined, b: null, c: 0, d: false, e: '', f: { g: undefined } })).toStrictEqual({
      b: null,
      c: 0,
      d: false,
      e: '',
      f: { g: undefined },
    });
  });

  it('keeps a member named __proto__ as a member, not as the prototype', () => {
    const kept = compact(JSON.parse('{"__proto__": {"admin": true}, "a": 1}') as object);

    expect(Object.getPrototypeOf(kept)).toBe(Object.prototype);
    expect(Object.keys(kept)).toEqual(['__proto__', 'a']);
    expect((kept as { admin?: boolean }).admin).toBeUndefined();
  });
});
