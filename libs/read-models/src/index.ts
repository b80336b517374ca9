export * from './projection.js';
export * from './all-projections.js';
export {
  DocumentMissing,
  NotPlainJson,
  UndeclaredDocumentAccess,
  UnknownCollection,
} from './shared/read-model.errors.js';
export type {
  DocumentFilter,
  FieldRange,
  FieldValue,
  GroupCount,
  GroupValue,
  PageAfter,
  PageQuery,
} from './shared/document-filter.js';
export { customerScopedId } from './shared/scoped-id.js';
export { reachedCustomer } from './shared/contact-rules.js';

export { createMemoryDocuments, type DocumentSnapshot, type MemoryDocuments } from './memory/memory.documents.js';
export { applyEvents } from './memory/apply-events.js';
export { createMemoryReads } from './memory/memory.reads.js';

export { InvalidQueryParameter } from './metrics/invalid-query-parameter.error.js';
export { roundToOneDecimal, percentage } from './metrics/rounding.js';
export { npsOf, npsClassOf, type NpsClass, type NpsSummary } from './metrics/nps.js';
export { csatOf, CSAT_SATISFIED_FROM, type CsatSummary } from './metrics/csat.js';
export { percentile, medianAndP90OneDecimal } from './metrics/percentile.js';
export { monthOf, daysBetween, wholeDaysSince, withinLastDays } from './metrics/time.js';
export { parseTimeRange, type TimeRange } from './metrics/time-range.js';
export { parseGroupBy, countedRows, acrossRows, type CountedRow, type GroupKey } from './metrics/group-by.js';
export { totalCount, type Tally } from './metrics/tally.js';
export { encodeCursor, decodeCursor, type CursorPosition } from './metrics/cursor.js';
export { paginate, type Page, type PageRequest, type SortOrder } from './metrics/paginate.js';
export { parseLimit, DEFAULT_LIMITS, type LimitOptions } from './metrics/limit.js';
export { parseOneOf, parseFlag } from './metrics/parameters.js';

export * from './customer-360/customer-360.document.js';
export { customer360Projection } from './customer-360/customer-360.projection.js';
export * from './customer-360/customer-360.query.js';

export * from './churn-risk/churn-inputs.document.js';
export * from './churn-risk/churn-model.js';
export { CHURN_MODEL_V1, CURRENT_CHURN_MODEL } from './churn-risk/churn-model.v1.js';
export { scoreChurnRisk, bandOf } from './churn-risk/churn-risk.score.js';
export { SEGMENT_LADDERS, classificationChange, type ClassificationChange } from './churn-risk/classification-order.js';
export { churnRiskProjection } from './churn-risk/churn-risk.projection.js';
export * from './churn-risk/churn-risk.query.js';

export * from './satisfaction/satisfaction.document.js';
export { satisfactionProjection } from './satisfaction/satisfaction.projection.js';
export * from './satisfaction/satisfaction.query.js';

export * from './complaints/complaint.document.js';
export { complaintsProjection } from './complaints/complaints.projection.js';
export { isOverdueAt } from './complaints/overdue.js';
export * from './complaints/complaints-dashboard.query.js';
export * from './complaints/open-complaints.query.js';

export * from './contact-coverage/contact-coverage.document.js';
export { contactCoverageProjection } from './contact-coverage/contact-coverage.projection.js';
export * from './contact-coverage/contact-coverage.query.js';

export * from './runtime/read-model-store.port.js';
export { ReadModelNameClash, ReadModelNotPrepared } from './runtime/read-model-store.errors.js';
export { createSqliteReadModelStore, type SqliteReadModelStoreOptions } from './stores/sqlite/sqlite.read-model-store.js';
export { createReadModelStore } from './stores/create-read-model-store.js';
export { createProjector, type Projector, type ProjectorOptions } from './runtime/projector.js';
export { consoleProjectorLog, silentProjectorLog, type ProjectorLog } from './runtime/projector-log.js';
export {
  startProjectorThread,
  ProjectorThreadFailed,
  type ProjectorThread,
  type ProjectorThreadOptions,
} from './runtime/projector-thread/projector-thread.js';
export { startProjectorThreads, type ProjectorThreadsOptions } from './runtime/projector-thread/projector-threads.js';
export { projectorThreadConfig, type ProjectorThreadSettings } from './runtime/projector-thread/projector-thread.protocol.js';
export type { Instant } from './runtime/instant.js';
export { activeProjectionId } from './runtime/active-projection.js';
export {
  waitForPosition,
  type WaitForPositionOptions,
  type WaitForPositionResult,
} from './runtime/wait-for-position.js';
export { LAG_EVENTS_CAP, projectionStatuses, type ProjectionStatusView } from './runtime/projection-statuses.js';
export {
  rebuildProjection,
  type RebuildProgress,
  type RebuildProjectionOptions,
} from './runtime/rebuild-projection.js';
export { ProjectionFailed } from './runtime/projection-failed.error.js';
export { toProjectedEvent } from './runtime/projected-event.js';
export {
  createMongoReadModelStore,
  type MongoReadModelStoreOptions,
} from './stores/mongodb/mongodb.read-model-store.js';
export {
  DocumentNotStorable,
  MongoReadStoreClosed,
  MongoReadStoreUnavailable,
  ReadModelWriteConflict,
} from './stores/mongodb/mongodb.errors.js';
export { DEFAULT_CATCH_UP, type CatchUpOptions } from './runtime/projection-runner.js';
