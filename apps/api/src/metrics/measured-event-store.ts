import { StreamRevisionConflict, type EventStore } from '@concord/event-store';
import type { AppendOutcome, ConcordMetrics } from './concord-metrics.js';

const outcomeOf = (error: unknown): AppendOutcome => (error instanceof StreamRevisionConflict ? 'conflict' : 'failed');

/** The store with every append timed into the append latency histogram; everything else passes through. */
export const measuredEventStore = (store: EventStore, metrics: ConcordMetrics): EventStore => ({
  readStream: (stream, options) => store.readStream(stream, options),
  readAll: (after, limit) => store.readAll(after, limit),
  readAllLean: (after, limit) => store.readAllLean(after, limit),
  subscribe: (options, onEvents) => store.subscribe(options, onEvents),
  subscribeLean: (options, onEvents) => store.subscribeLean(options, onEvents),
  headPosition: () => store.headPosition(),
  countEventsAfter: (after, cap) => store.countEventsAfter(after, cap),
  close: () => store.close(),
  append: async (stream, events, expected) => {
    const stop = metrics.appendDuration.startTimer();
    try {
      const result = await store.append(stream, events, expected);
      stop({ outcome: result.duplicate ? 'duplicate' : 'appended' });
      return result;
    } catch (error) {
      stop({ outcome: outcomeOf(error) });
      throw error;
    }
  },
});
