import { join } from 'node:path';
import { createSqliteEventStore, type EventStore } from '@concord/event-store';
import { appendEvents } from '../src/runtime/testing/append-events.js';
import { generateCustomerHistories } from '../src/testing/customer-histories.generator.js';
import { progress } from './stats.js';

export type EventLog = Readonly<{ events: EventStore; file: string; count: number; customers: number; generateSeconds: number; appendSeconds: number }>;

/**
 * An event store file holding `count` events: valid histories of count/10 customers (about ten events each),
 * interleaved at random as a busy bank's log would be, appended through the event store in chunks of 2,000
 * concurrent appends (its group commit turns each chunk into a few transactions).
 */
export const buildEventLog = async (dir: string, count: number, seed: number): Promise<EventLog> => {
  const customers = Math.round(count / 10);
  let started = performance.now();
  // 14 random steps give about 10.5 events per customer once the interpreter drops those the decider would refuse.
  const history = generateCustomerHistories({ customers, stepsPerCustomer: 14, seed }).slice(0, count);
  if (history.length < count) throw new Error(`generated only ${history.length} events of ${count}`);
  const generateSeconds = (performance.now() - started) / 1000;
  const file = join(dir, `events-${count}.sqlite`);
  const events = createSqliteEventStore({ file });
  started = performance.now();
  const step = Math.max(1, Math.floor(count / 10));
  await appendEvents(events, history, {
    chunk: 2000,
    onProgress: (appended) => {
      if (appended % step === 0 || appended === count) progress(`  appended ${appended.toLocaleString('en-US')} events`);
    },
  });
  return { events, file, count, customers, generateSeconds, appendSeconds: (performance.now() - started) / 1000 };
};
