import { customerStream, type EventMetadata } from '@concord/contracts';
import { contactCoverageProjection } from '../contact-coverage/contact-coverage.projection.js';
import type { CoverageCustomerDocument } from '../contact-coverage/contact-coverage.document.js';
import { customer360Projection } from '../customer-360/customer-360.projection.js';
import type { Customer360Document } from '../customer-360/customer-360.document.js';
import { projectionId } from '../projection.js';
import { createProjector } from './projector.js';
import { capturingLog, openStores, until, untilCaughtUp, type Stores } from './testing/projector-harness.js';

const PROJECTIONS = [customer360Projection, contactCoverageProjection];
const IDS = PROJECTIONS.map(projectionId);

const metadata = (n: number, schemaVersion: number): EventMetadata => ({
  eventId: `e-${n}`,
  commandId: `cmd-${n}`,
  correlationId: `corr-${n}`,
  causationId: `cmd-${n}`,
  actor: { id: 'rm-7', role: 'relationship_manager' },
  occurredAt: '2026-01-05T09:00:00.000Z',
  recordedAt: '2026-01-05T09:00:00.000Z',
  schemaVersion,
});

/** Appends as a release that wrote this schema version did: the data exactly as that version had it. */
const appendAs = async (stores: Stores, n: number, type: string, schemaVersion: number, data: Record<string, unknown>) =>
  stores.events.append(customerStream('c-1'), [{ type, data, metadata: metadata(n, schemaVersion) }], 'any');

const contact = (contactId: string, channel: string, occurredAt: string) => ({
  customerId: 'c-1',
  contactId,
  channel,
  direction: 'outbound',
  purpose: 'care',
  staffId: 'rm-7',
  occurredAt,
});

const register = (stores: Stores) =>
  appendAs(stores, 0, 'CustomerRegistered', 1, {
    customerId: 'c-1',
    kind: 'individual',
    name: 'Li Wei',
    relationshipManagerId: 'rm-7',
    channel: 'branch',
    registeredAt: '2026-01-05T09:00:00.000Z',
  });

describe('projector: events stored in an older schema version', () => {
  it('reads a version 1 contact as version 2, beside contacts written as version 2', async () => {
    const stores = openStores();
    const projector = createProjector({ ...stores, projections: PROJECTIONS, log: capturingLog() });
    try {
      await register(stores);
      await appendAs(stores, 1, 'CustomerContacted', 1, {
        ...contact('k-1', 'phone', '2026-01-06T09:00:00.000Z'),
        outcome: 'reached',
      });
      await appendAs(stores, 2, 'CustomerContacted', 1, {
        ...contact('k-2', 'visit', '2026-01-09T09:00:00.000Z'),
        outcome: 'not_reached',
      });
      await appendAs(stores, 3, 'CustomerContacted', 2, {
        ...contact('k-3', 'wechat', '2026-01-08T09:00:00.000Z'),
        outcome: { status: 'follow_up_needed', followUpBy: '2026-01-15T09:00:00.000Z' },
      });
      await projector.start();
      await untilCaughtUp(stores, IDS);

      const profile = await stores.store.get<Customer360Document>(IDS[0] as string, 'customer_360', 'c-1');
      expect(profile?.lastContacts.map(({ contactId, outcome }) => [contactId, outcome])).toEqual([
        ['k-1', 'reached'],
        ['k-3', 'follow_up_needed'],
        ['k-2', 'not_reached'],
      ]);
      // The version 1 contact that did not reach the customer is no contact for coverage, as in version 2.
      const coverage = await stores.store.get<CoverageCustomerDocument>(IDS[1] as string, 'contact_coverage', 'c-1');
      expect(coverage?.lastContactAt).toBe('2026-01-08T09:00:00.000Z');
    } finally {
      await projector.stop();
      await stores.close();
    }
  });

  it('stops, naming it, at a version this build cannot read, rather than skip it', async () => {
    const stores = openStores();
    const log = capturingLog();
    const projector = createProjector({ ...stores, projections: PROJECTIONS, log });
    try {
      await register(stores);
      await appendAs(stores, 1, 'CustomerContacted', 3, { ...contact('k-1', 'phone', '2026-01-06T09:00:00.000Z') });
      await projector.start();
      const failed = async () => (await stores.store.records()).filter((record) => record.status === 'failed');
      await until(async () => (await failed()).length === IDS.length, () => log.lines.join('\n'));
      for (const record of await failed()) {
        expect(record.failure?.message).toContain('Cannot read CustomerContacted v3');
        // Nothing at or after the unreadable event (position 2) counts as applied.
        expect(record.checkpoint).toBeLessThan(2);
      }
    } finally {
      await projector.stop();
      await stores.close();
    }
  });
});
