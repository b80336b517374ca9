/** The store was closed: its owner is shutting down, so retrying on this instance cannot succeed. */
export class EventStoreClosed extends Error {
  readonly code = 'EVENT_STORE.CLOSED';

  constructor(readonly operation: string) {
    super(`Cannot ${operation}: the event store is closed.`);
    this.name = 'EventStoreClosed';
  }
}
