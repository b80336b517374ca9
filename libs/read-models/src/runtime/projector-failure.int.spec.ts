import { ALL_PROJECTIONS } from '../all-projections.js';
import { customer360Projection } from '../customer-360/customer-360.projection.js';
import { projectionId, type Projection } from '../projection.js';
import { generateCustomerHistories } from '../testing/customer-histories.generator.js';
import { createProjector } from './projector.js';
import { appendEvents } from './testing/append-events.js';
import {
  capturingLog,
  openStores,
  rebuiltInMemory,
  storedSnapshot,
  until,
  untilCaughtUp,
} from './testing/projector-harness.js';

const NOW = '2026-06-01T12:00:00.000Z';
const events = generateCustomerHistories({ customers: 40, stepsPerCustomer: 10, seed: 5 });
/** The 30th contact in the log: where the faulty projection breaks. */
const poisonIndex = events.map((event, index) => [event, index] as const).filter(([e]) => e.type === 'CustomerContacted')[29]![1];
const poisonPosition = poisonIndex + 1;

/** customer-360 under another name, throwing on one event: a bug that meets one particular history. */
const faulty = (breaks: boolean): Projection => ({
  ...customer360Projection,
  name: 'faulty-360',
  apply: (event, session) => {
    customer360Projection.apply(event, session);
    if (breaks && event.position === poisonPosition) throw new Error('cannot make sense of this contact');
  },
});

const OTHERS = ALL_PROJECTIONS.map(projectionId);

describe('projector: a failing projection', () => {
  it('stops alone at the failing event, reports it, and keeps what the events before it produced', async () => {
    const stores = openStores();
    const log = capturingLog();
    const projector = createProjector({ ...stores, projections: [...ALL_PROJECTIONS, faulty(true)], batchSize: 64, log, now: () => NOW });
    try {
      await appendEvents(stores.events, events);
      await projector.start();
      await untilCaughtUp(stores, OTHERS);
      await until(
        async () => (await stores.store.records()).some((record) => record.status === 'failed'),
        () => log.lines.join('\n'),
      );

      const records = await stores.store.records();
      expect(records.find((record) => record.projectionId === 'faulty-360.v1')).toMatchObject({
        status: 'failed',
        checkpoint: poisonPosition - 1,
        failure: { position: poisonPosition, eventType: 'CustomerContacted', message: 'cannot make sense of this contact', failedAt: NOW },
      });
      expect(records.filter((record) => OTHERS.includes(record.projectionId)).map((record) => record.status)).toEqual(
        OTHERS.map(() => 'live'),
      );
      expect(log.lines).toContainEqual(expect.stringMatching(new RegExp(`^error: faulty-360.v1 failed at position ${poisonPosition} \\(CustomerContacted\\)`)));

      // Exactly the events before the failing one: a memory run over that prefix.
      const prefix = openStores();
      await appendEvents(prefix.events, events.slice(0, poisonIndex));
      const expected = (await rebuiltInMemory(prefix.events, customer360Projection)).snapshot();
      await prefix.close();
      expect(await storedSnapshot(stores.store, 'faulty-360.v1', faulty(false), expected)).toEqual(expected);
    } finally {
      await projector.stop();
      await stores.close();
    }
  });

  it('is not restarted by the running projector, and a new start retries it from its checkpoint', async () => {
    const stores = openStores();
    try {
      await appendEvents(stores.events, events);
      const first = createProjector({ ...stores, projections: [faulty(true)], batchSize: 500, log: capturingLog() });
      await first.start();
      await until(async () => (await stores.store.records())[0]?.status === 'failed', () => 'faulty-360 did not fail');
      await appendEvents(stores.events, generateCustomerHistories({ customers: 3, stepsPerCustomer: 3, seed: 9, firstCustomer: 100 }));
      await first.stop();
      expect((await stores.store.records())[0]).toMatchObject({ status: 'failed', checkpoint: poisonPosition - 1 });

      // The fix is deployed: same version, so it goes on from where it stopped.
      const log = capturingLog();
      const second = createProjector({ ...stores, projections: [faulty(false)], log });
      await second.start();
      await untilCaughtUp(stores, ['faulty-360.v1']);
      await until(async () => (await stores.store.records())[0]?.status === 'live', () => log.lines.join('\n'));
      await second.stop();

      expect(log.lines).toContain(`log: faulty-360.v1 rebuilding: starting after position ${poisonPosition - 1} (head ${await stores.events.headPosition()}).`);
      expect((await stores.store.records())[0]).toMatchObject({ status: 'live', failure: null });
      const expected = (await rebuiltInMemory(stores.events, faulty(false))).snapshot();
      expect(await storedSnapshot(stores.store, 'faulty-360.v1', faulty(false), expected)).toEqual(expected);
    } finally {
      await stores.close();
    }
  });

  it('fails on a document its documentsFor did not declare, as the memory runner does', async () => {
    const stores = openStores();
    const sneaky: Projection = {
      ...customer360Projection,
      name: 'sneaky',
      apply: (event, session) => {
        customer360Projection.apply(event, session);
        if (event.type === 'CustomerSurveyed') session.get('customer_360', 'someone-else');
      },
    };
    const projector = createProjector({ ...stores, projections: [sneaky], log: capturingLog() });
    try {
      await appendEvents(stores.events, events);
      await projector.start();
      await until(async () => (await stores.store.records())[0]?.status === 'failed', () => 'sneaky did not fail');

      const [record] = await stores.store.records();
      const surveyed = events.findIndex((event) => event.type === 'CustomerSurveyed') + 1;
      expect(record?.failure).toMatchObject({ position: surveyed, eventType: 'CustomerSurveyed' });
      expect(record?.failure?.message).toBe(
        `sneaky.v1: applying CustomerSurveyed at position ${surveyed} touched customer_360/someone-else, which documentsFor did not declare`,
      );
    } finally {
      await projector.stop();
      await stores.close();
    }
  });
});
