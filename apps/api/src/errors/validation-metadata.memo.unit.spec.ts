import { IsInt, IsString, MaxLength, MetadataStorage, getMetadataStorage, validate } from 'class-validator';
import { memoizeValidationMetadata } from './validation-metadata.memo.js';

class Contact {
  @IsString()
  @MaxLength(5)
  channel!: string;
}

class ScoredContact extends Contact {
  @IsInt()
  score!: number;
}

const instance = <T extends object>(type: new () => T, values: Partial<T>): T => Object.assign(new type(), values);

/** What class-validator itself answers, from its unpatched method. */
const unmemoized = (target: Function): ReturnType<MetadataStorage['getTargetValidationMetadatas']> =>
  MetadataStorage.prototype.getTargetValidationMetadatas.call(getMetadataStorage(), target, undefined as never, false, false);

describe('memoizeValidationMetadata', () => {
  beforeAll(() => memoizeValidationMetadata());

  it('given a class validated twice, when its rules are looked up, then it answers what class-validator does, once', () => {
    const storage = getMetadataStorage();
    const first = storage.getTargetValidationMetadatas(ScoredContact, undefined as never, false, false);

    expect(first).toEqual(unmemoized(ScoredContact));
    expect(first.map((rule) => rule.propertyName).sort()).toEqual(['channel', 'channel', 'score']);
    expect(storage.getTargetValidationMetadatas(ScoredContact, undefined as never, false, false)).toBe(first);
    expect(storage.groupByPropertyName(first)).toBe(storage.groupByPropertyName(first));
  });

  it('keeps the answers for different options apart', () => {
    const storage = getMetadataStorage();
    const plain = storage.getTargetValidationMetadatas(Contact, undefined as never, false, false);
    const grouped = storage.getTargetValidationMetadatas(Contact, undefined as never, false, true, ['admin']);

    expect(grouped).not.toBe(plain);
    expect(grouped).toEqual(
      MetadataStorage.prototype.getTargetValidationMetadatas.call(storage, Contact, undefined as never, false, true, ['admin']),
    );
  });

  it('validates as before: inherited rules apply, and each rule reports', async () => {
    expect(await validate(instance(ScoredContact, { channel: 'phone', score: 3 }))).toEqual([]);
    const errors = await validate(instance(ScoredContact, { channel: 'carrier pigeon', score: 2.5 }));

    expect(errors.map((error) => [error.property, Object.keys(error.constraints ?? {})])).toEqual([
      ['score', ['isInt']],
      ['channel', ['maxLength']],
    ]);
  });

  it('given rules registered after a lookup, when looked up again, then the new rules are there', async () => {
    await validate(instance(Contact, { channel: 'phone' }));
    class TaggedContact extends Contact {
      @IsString()
      tag!: string;
    }
    // Declared after Contact's lookup: a decorator on the parent declared now would change the parent's answer too.
    IsString()(Contact.prototype, 'note');

    const contactRules = getMetadataStorage().getTargetValidationMetadatas(Contact, undefined as never, false, false);
    expect(contactRules).toEqual(unmemoized(Contact));
    expect(contactRules.map((rule) => rule.propertyName)).toContain('note');
    const errors = await validate(instance(TaggedContact, { channel: 'phone', tag: 'vip', note: 7 } as Partial<TaggedContact>));
    expect(errors.map((error) => error.property)).toEqual(['note']);
  });
});
