import { RandomIdGenerator } from './id-generator.js';

describe('IdGenerator', () => {
  const ids = new RandomIdGenerator();

  it('derives the same UUIDv8 from the same parts', () => {
    const id = ids.derive('concord.command', 'rm-1', 'key-1');
    expect(id).toBe(ids.derive('concord.command', 'rm-1', 'key-1'));
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('derives different ids when parts differ, even if their concatenations match', () => {
    expect(ids.derive('n', 'ab', 'c')).not.toBe(ids.derive('n', 'a', 'bc'));
    expect(ids.derive('n', 'rm-1', 'k')).not.toBe(ids.derive('n', 'rm-2', 'k'));
  });

  it('makes random UUIDs', () => {
    expect(ids.random()).not.toBe(ids.random());
  });
});
