/** What a field is compared with for equality: text, a number or a boolean (never null: null equals nothing). */
export type FieldValue = string | number | boolean;

/**
 * A half-open interval [from, to) of one field, null leaving that side open. Bounds have the field's type: ISO
 * instants for date fields, numbers for numeric ones. A document whose field is null or missing is in no range
 * bounded on either side.
 */
export type FieldRange = Readonly<{ field: string; from: string | number | null; to: string | number | null }>;

/**
 * The documents a query needs, as an adapter can select them with its indexes: fields equal to values, and fields
 * within ranges (a range open on both sides is no condition). Every condition must hold. Dotted paths name fields
 * of sub-documents.
 */
export type DocumentFilter = Readonly<{
  equals: Readonly<Record<string, FieldValue>>;
  ranges: readonly FieldRange[];
}>;

/** Where a page of a keyset-paged list starts: strictly after this value of the order field and this id. */
export type PageAfter = Readonly<{ value: string | number; id: string }>;

/** One page of documents in ascending order of `orderBy` (an instant or a number), ties by document id. */
export type PageQuery = Readonly<{ orderBy: string; after: PageAfter | null; limit: number }>;

/** A value a document can be grouped by: its field's text or number, null when the field is null or missing. */
export type GroupValue = string | number | null;

/** How many documents share one combination of the grouped fields' values, in the order the fields were asked. */
export type GroupCount = Readonly<{ key: readonly GroupValue[]; count: number }>;
