import type { Fields } from './field.js';

/** The TypeScript value a field description stands for. */
type BaseValueOf<F> = F extends { kind: 'string' }
  ? string
  : F extends { kind: 'enum'; values: readonly (infer V)[] }
    ? V
    : F extends { kind: 'integer' }
      ? number
      : F extends { kind: 'boolean' }
        ? boolean
        : F extends { kind: 'list'; items: infer I }
          ? readonly ValueOf<I>[]
          : F extends { kind: 'object'; fields: infer Fs }
            ? DataOf<Fs>
            : F extends { kind: 'variants'; tag: infer Tag extends string; variants: infer Vs }
              ? { [V in Extract<keyof Vs, string>]: Readonly<Record<Tag, V>> & DataOf<Vs[V]> }[Extract<keyof Vs, string>]
              : never;

export type ValueOf<F> = F extends { nullable: true } ? BaseValueOf<F> | null : BaseValueOf<F>;

type OptionalKeys<Fs> = { [K in keyof Fs]: Fs[K] extends { optional: true } ? K : never }[keyof Fs];

/** The object type a set of field descriptions stands for: optional fields optional, everything readonly. */
export type DataOf<Fs> = Readonly<
  { [K in Exclude<keyof Fs, OptionalKeys<Fs>>]: ValueOf<Fs[K]> } & { [K in OptionalKeys<Fs>]?: ValueOf<Fs[K]> }
>;

/**
 * A canonical form of a type for comparison: every object becomes its keys, each with whether it is optional and
 * the shape of its value, recursively (unions member by member). Readonly-ness is ignored; optionality is not.
 */
export type Shape<T> = T extends readonly (infer Item)[]
  ? { list: Shape<Item> }
  : T extends object
    ? { -readonly [K in keyof T]-?: [{} extends Pick<T, K> ? 'optional' : 'required', Shape<Exclude<T[K], undefined>>] }
    : T;

type Equal<A, B> = (<G>() => G extends A ? 1 : 2) extends <G>() => G extends B ? 1 : 2 ? true : false;

/**
 * `true` when the fields describe exactly the type: the same keys, the same required ones, the same values all the
 * way down. Otherwise both shapes, so the compiler's message shows where they differ.
 */
export type Agreement<F extends Fields, T> =
  Equal<Shape<DataOf<F>>, Shape<T>> extends true ? true : { described: Shape<DataOf<F>>; typed: Shape<T> };

/** Compiles only when given `true`. */
export type Expect<T extends true> = T;

