/**
 * The store's writer stopped unexpectedly (its thread crashed or exited), so this instance can append no more.
 * Appends that were in flight may or may not have been committed: retrying them with the same commandId is safe,
 * on a new store instance. Reads keep working.
 */
export class EventStoreWriterFailed extends Error {
  readonly code = 'EVENT_STORE.WRITER_FAILED';

  constructor(reason: string, options?: ErrorOptions) {
    super(
      `The event store's writer has stopped (${reason}); appends are refused. An append that was in flight may or ` +
        'may not be stored: retry it with the same commandId on a new store instance.',
      options,
    );
    this.name = 'EventStoreWriterFailed';
  }
}
