/**
 * The documents a query needs, as an adapter can fetch them with its indexes: fields equal to values, and at most
 * one field in a half-open range [from, to) of ISO instants. Query functions re-check every condition, so an
 * adapter that fetches more (or everything) still gets the right answer, only slower.
 */
export type DocumentFilter = Readonly<{
  equals: Readonly<Record<string, string>>;
  range: Readonly<{ field: string; from: string | null; to: string | null }> | null;
}>;
