import { IdSet } from './id-set.js';

const setOf = (...ids: string[]): IdSet => ids.reduce((set, id) => set.add(id), IdSet.empty());

describe('IdSet', () => {
  it('given ids added, then it has them, in the order added, and counts each once', () => {
    const set = setOf('c-1', 'c-2', 'c-1', 'c-3');

    expect([...set]).toEqual(['c-1', 'c-2', 'c-3']);
    expect(set.size).toBe(3);
    expect(set.has('c-2')).toBe(true);
    expect(set.has('c-4')).toBe(false);
  });

  it('given an id already in it, then adding it gives the same set', () => {
    const set = setOf('c-1');

    expect(set.add('c-1')).toBe(set);
  });

  it('given a later version, then the earlier one still sees only its own ids', () => {
    const earlier = setOf('c-1');

    const later = earlier.add('c-2');

    expect([...earlier]).toEqual(['c-1']);
    expect(earlier.has('c-2')).toBe(false);
    expect(earlier.size).toBe(1);
    expect([...later]).toEqual(['c-1', 'c-2']);
  });

  it('given two adds to the same version (a branch), then each sees its own id and never the other', () => {
    const base = setOf('c-1');

    const left = base.add('c-2');
    const right = base.add('c-3');

    expect([...left]).toEqual(['c-1', 'c-2']);
    expect([...right]).toEqual(['c-1', 'c-3']);
    expect(left.has('c-3') || right.has('c-2')).toBe(false);
    expect([...left.add('c-4')]).toEqual(['c-1', 'c-2', 'c-4']);
    expect([...base]).toEqual(['c-1']);
  });

  it('given a branch that adds an id a later version of its base has, then only the branch counts it', () => {
    const base = setOf('c-1');
    const later = base.add('c-2');

    const branch = base.add('c-2');

    expect(branch.size).toBe(2);
    expect([...branch]).toEqual(['c-1', 'c-2']);
    expect([...later]).toEqual(['c-1', 'c-2']);
  });

  it('given sets with the same ids, then they are equal as Jest compares iterables, whatever their history', () => {
    expect(setOf('c-1', 'c-2').add('c-3')).toEqual(setOf('c-1', 'c-2', 'c-3'));
    expect(setOf('c-1', 'c-2')).not.toEqual(setOf('c-1'));
  });
});
