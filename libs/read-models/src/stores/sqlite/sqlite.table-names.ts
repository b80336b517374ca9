/**
 * Table of one collection of one projection version, e.g. `rm_churn_risk_v1__churn_inputs`: readable when an
 * operator opens the file. Characters other than letters, digits and `_` become `_`, so two names could map to the
 * same table; the catalogue's UNIQUE constraint turns that into an error at prepare instead of shared documents.
 */
export const collectionTableName = (projectionId: string, collection: string): string =>
  `rm_${slug(projectionId)}__${slug(collection)}`;

export const slug = (name: string): string => name.replace(/[^A-Za-z0-9_]/g, '_');

/** A quoted SQL identifier; table names come from projection and collection names, never from requests. */
export const quoted = (identifier: string): string => `"${identifier.replace(/"/g, '""')}"`;

const FIELD_PATH = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;

/**
 * The SQL expression reading a dotted field of the stored JSON document. Indexes and queries must spell it
 * identically, or SQLite does not use the expression index.
 * @throws Error when the path is not dotted identifiers (it is spliced into SQL as a literal).
 */
export const fieldExpression = (path: string): string => {
  if (!FIELD_PATH.test(path)) throw new Error(`read-model field "${path}" must be dotted identifiers (a.b_c)`);
  return `json_extract(doc, '$.${path}')`;
};
