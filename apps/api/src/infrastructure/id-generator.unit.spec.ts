import { TimeOrderedIdGenerator } from './id-generator.js';

describe('IdGenerator', () => {
  const ids = new TimeOrderedIdGenerator();

  it('derives the same UUIDv8 from the same parts', () => {
    const id = ids.derive('concord.command', 'rm-1', 'key-1');
    expect(id).toBe(ids.derive('concord.command', 'rm-1', 'key-1'));
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('derives different ids when parts differ, even if their concatenations match', () => {
    expect(ids.derive('n', 'ab', 'c')).not.toBe(ids.derive('n', 'a', 'bc'));
    expect(ids.derive('n', 'rm-1', 'k')).not.toBe(ids.derive('n', 'rm-2', 'k'));
  });

  it('makes unique UUIDv7s that sort in the order they were made, even within one millisecond', () => {
    const made = Array.from({ length: 10_000 }, () => ids.unique());
    expect(new Set(made).size).toBe(made.length);
    expect([...made].sort()).toEqual(made);
    for (const id of made.slice(0, 50)) {
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    }
  });

  it('carries the creation time in its first 48 bits', () => {
    const before = Date.now();
    const id = ids.unique();
    const millis = parseInt(id.replace(/-/g, '').slice(0, 12), 16);
    expect(millis).toBeGreaterThanOrEqual(before);
    expect(millis).toBeLessThanOrEqual(Date.now() + 1);
  });
});
