/**
 * A small vocabulary for describing event fields once: the JSON Schemas, the event catalogue and the personal-data
 * marks are generated from these descriptions, and a compile-time check holds them equal to the TypeScript types.
 */

/** Modifiers every field may carry; `true` or absent, so the type system can read them. */
export type FieldOptions = Readonly<{
  /** The field may be absent. */
  optional?: true;
  /** Personal data (PIPL): removed for roles that may not see it, covered by per-customer encryption. */
  personal?: true;
  /** The field is present but may be null. */
  nullable?: true;
}>;

type Described = Readonly<{ description: string }>;

export type StringField = Described & FieldOptions & Readonly<{ kind: 'string'; format?: 'date-time' }>;
export type EnumField = Described & FieldOptions & Readonly<{ kind: 'enum'; values: readonly (string | number)[] }>;
export type IntegerField = Described & FieldOptions & Readonly<{ kind: 'integer'; minimum: number; maximum?: number }>;
export type BooleanField = Described & FieldOptions & Readonly<{ kind: 'boolean' }>;
export type ListField = Described & FieldOptions & Readonly<{ kind: 'list'; items: Field; unique: boolean }>;
export type ObjectField = Described & FieldOptions & Readonly<{ kind: 'object'; fields: Fields }>;
/** A union of objects told apart by the value of `tag`; `variants` maps each value to the fields it adds. */
export type VariantsField = Described &
  FieldOptions &
  Readonly<{ kind: 'variants'; tag: string; tagDescription: string; variants: Readonly<Record<string, Fields>> }>;

export type Field = StringField | EnumField | IntegerField | BooleanField | ListField | ObjectField | VariantsField;

export type Fields = Readonly<Record<string, Field>>;

/**
 * `NoInfer`: without it, a call without options would have `O` inferred from the contextual type (any Field)
 * rather than defaulted to `{}`, and the modifiers would read as possibly present.
 */
type Built<Base, O> = Readonly<Base & { description: string }> & NoInfer<O>;

/** An id (customer, contact, staff…): a non-empty string. */
export const id = <const O extends FieldOptions = {}>(description: string, options?: O): Built<{ kind: 'string' }, O> =>
  ({ kind: 'string', description, ...options }) as Built<{ kind: 'string' }, O>;

/** Free text written by staff or the customer; usually personal data. */
export const text = id;

/** An instant, ISO-8601 in UTC. */
export const time = <const O extends FieldOptions = {}>(
  description: string,
  options?: O,
): Built<{ kind: 'string'; format: 'date-time' }, O> =>
  ({ kind: 'string', format: 'date-time', description, ...options }) as Built<{ kind: 'string'; format: 'date-time' }, O>;

/** One value of a closed vocabulary (the tuples of vocabulary.ts). */
export const oneOf = <const V extends readonly (string | number)[], const O extends FieldOptions = {}>(
  values: V,
  description: string,
  options?: O,
): Built<{ kind: 'enum'; values: V }, O> =>
  ({ kind: 'enum', values, description, ...options }) as Built<{ kind: 'enum'; values: V }, O>;

export const integer = <const O extends FieldOptions = {}>(
  description: string,
  range: Readonly<{ minimum: number; maximum?: number }>,
  options?: O,
): Built<{ kind: 'integer'; minimum: number; maximum?: number }, O> =>
  ({ kind: 'integer', description, ...range, ...options }) as Built<
    { kind: 'integer'; minimum: number; maximum?: number },
    O
  >;

export const flag = <const O extends FieldOptions = {}>(description: string, options?: O): Built<{ kind: 'boolean' }, O> =>
  ({ kind: 'boolean', description, ...options }) as Built<{ kind: 'boolean' }, O>;

/** A list of distinct values. */
export const setOf = <const I extends Field, const O extends FieldOptions = {}>(
  items: I,
  description: string,
  options?: O,
): Built<{ kind: 'list'; items: I; unique: true }, O> =>
  ({ kind: 'list', items, unique: true, description, ...options }) as Built<{ kind: 'list'; items: I; unique: true }, O>;

export const object = <const F extends Fields, const O extends FieldOptions = {}>(
  fields: F,
  description: string,
  options?: O,
): Built<{ kind: 'object'; fields: F }, O> =>
  ({ kind: 'object', fields, description, ...options }) as Built<{ kind: 'object'; fields: F }, O>;

type VariantsOf<Tag extends string, V> = { kind: 'variants'; tag: Tag; tagDescription: string; variants: V };

export const variants = <
  const Tag extends string,
  const V extends Readonly<Record<string, Fields>>,
  const O extends FieldOptions = {},
>(
  tag: Readonly<{ name: Tag; description: string }>,
  variantFields: V,
  description: string,
  options?: O,
): Built<VariantsOf<Tag, V>, O> =>
  ({
    kind: 'variants',
    tag: tag.name,
    tagDescription: tag.description,
    variants: variantFields,
    description,
    ...options,
  }) as Built<VariantsOf<Tag, V>, O>;
