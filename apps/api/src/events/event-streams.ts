import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { EventStoreClosed, type EventStore } from '@concord/event-store';
import { EVENT_STORE } from '../infrastructure/event-store.provider.js';
import {
  openEventStream,
  type EventStream,
  type EventStreamOptions,
  type EventStreamSettings,
} from './event-stream.js';
import type { SseSink } from './sse-connection.js';

/** DI token of the EventStreamSettings (heartbeat, stall bound, batch size). */
export const EVENT_STREAM_SETTINGS = Symbol('EVENT_STREAM_SETTINGS');

/**
 * The open SSE streams of this process. On shutdown (onModuleDestroy, before Nest closes the HTTP server and then
 * the store) every stream is told why it ends and its store subscription is stopped; a stream leaves this set only
 * once its subscription has stopped, so `size` counts live subscriptions.
 */
@Injectable()
export class EventStreams implements OnModuleDestroy {
  private readonly logger = new Logger('EventStreams');
  private readonly streams = new Set<EventStream>();
  private closing = false;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(EVENT_STREAM_SETTINGS) private readonly settings: EventStreamSettings,
  ) {}

  get size(): number {
    return this.streams.size;
  }

  /**
   * Starts a stream on the sink `begin` returns (it sends the response headers).
   * @throws EventStoreClosed (503) once shutdown has begun; `begin` is not called then.
   */
  open(begin: () => SseSink, options: Omit<EventStreamOptions, 'settings'>): void {
    if (this.closing) throw new EventStoreClosed('open an event stream');
    const stream = openEventStream(this.store, begin(), { ...options, settings: this.settings });
    this.streams.add(stream);
    void stream.ended.then(({ reason, error }) => {
      this.streams.delete(stream);
      if (reason !== 'failed') return;
      const cause = error instanceof Error ? error : new Error(String(error));
      this.logger.error(`Event stream failed [correlationId=${options.correlationId}]: ${cause.message}`, cause.stack);
    });
  }

  async onModuleDestroy(): Promise<void> {
    this.closing = true;
    await Promise.all([...this.streams].map((stream) => stream.stop()));
  }
}
