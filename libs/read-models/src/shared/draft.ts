/**
 * A document being built by a fold: a field-by-field copy of the previous document (a literal naming every field,
 * so the compiler flags a field left out), on which the fold sets what the event changed before returning it. No
 * one else holds it yet, so the fold stays pure. Not `{ ...doc, field }`: V8 builds a literal that spreads an
 * object and then sets properties through a slow path, many times slower than a literal of the same fields.
 * Folds of a rebuild build millions of documents; over the benchmark's log, drafts took folding customer-360
 * from 3.3 to 2.3 s, and the whole rebuild about a tenth faster (docs/benchmarks.md: where a rebuild's time goes).
 */
export type Draft<Doc> = { -readonly [Field in keyof Doc]: Doc[Field] };
