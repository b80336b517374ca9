import { StreamRevisionConflict, type AppendResult, type EventStore } from '@concord/event-store';
import { createConcordMetrics } from './concord-metrics.js';
import { measuredEventStore } from './measured-event-store.js';

const result = (duplicate: boolean): AppendResult => ({ revision: 0, position: 1, duplicate, events: [] });

const storeAnswering = (...answers: (AppendResult | Error)[]): EventStore =>
  ({
    append: async () => {
      const answer = answers.shift();
      if (answer instanceof Error) throw answer;
      return answer;
    },
    headPosition: async () => 42,
  }) as unknown as EventStore;

const countsByOutcome = async (metrics: ReturnType<typeof createConcordMetrics>): Promise<Record<string, number>> => {
  const { values } = await metrics.appendDuration.get();
  return Object.fromEntries(
    values
      .filter((value) => value.metricName === 'concord_event_store_append_duration_seconds_count')
      .map((value) => [String(value.labels['outcome']), value.value]),
  );
};

describe('measuredEventStore', () => {
  it('times every append by its outcome and passes answers and errors through', async () => {
    const metrics = createConcordMetrics();
    const conflict = new StreamRevisionConflict('customer-c', { exact: 0 }, 1);
    const store = measuredEventStore(
      storeAnswering(result(false), result(true), conflict, new Error('disk full'), result(false)),
      metrics,
    );

    await expect(store.append('customer-c', [], 'any')).resolves.toEqual(result(false));
    await store.append('customer-c', [], 'any');
    await expect(store.append('customer-c', [], 'any')).rejects.toBe(conflict);
    await expect(store.append('customer-c', [], 'any')).rejects.toThrow('disk full');
    await store.append('customer-c', [], 'any');

    expect(await countsByOutcome(metrics)).toEqual({ appended: 2, duplicate: 1, conflict: 1, failed: 1 });
    await expect(store.headPosition()).resolves.toBe(42);
  });
});
