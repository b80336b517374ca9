/**
 * Where analysts find things. Each collection of each projection version is its own MongoDB collection named
 * `<projection>_v<version>__<collection>` (`churn_risk_v1__churn_inputs`), the SQLite store's table name without its
 * `rm_` prefix: a new version rebuilds beside the live one, `show collections` lists a read model's versions
 * together, and projections may reuse a collection name. The `projections` collection holds one record per version
 * (status, checkpoint, and its collections): the live one is the highest version whose status is `live`.
 */
export const PROJECTIONS_COLLECTION = 'projections';

/** Characters other than letters, digits and `_` become `_`, so `db.<name>` works in mongosh without quoting. */
export const versionedCollectionName = (projectionId: string, collection: string): string =>
  `${slug(projectionId)}__${slug(collection)}`;

const slug = (name: string): string => name.replace(/[^A-Za-z0-9_]/g, '_');

/**
 * The last global position applied to a document: every write is guarded by it, so a replayed batch is a no-op.
 * Stripped on read; analysts may use it as the document's freshness.
 */
export const POSITION_FIELD = '_position';

/** Fields the store owns in every stored document; a read-model document may not carry them itself. */
export const RESERVED_FIELDS: ReadonlySet<string> = new Set(['_id', POSITION_FIELD]);
