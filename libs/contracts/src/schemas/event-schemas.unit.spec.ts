import { Ajv2020 } from 'ajv/dist/2020.js';
import {
  complaintDeadlineExtended,
  complaintResolved,
  customerClassified,
  customerComplained,
  customerContacted,
  customerRegistered,
  customerSurveyed,
  relationshipEnded,
  relationshipResumed,
} from '@concord/testing';
import type { CustomerEvent, CustomerEventType } from '../customer.events.js';
import type { EventEnvelope } from '../event-envelope.js';
import { withoutPersonalData } from '../personal-data.js';
import type { CustomerContactedV1Data } from '../upcasting/customer-contacted.v1.js';
import { upcast } from '../upcasting/upcast.js';
import { eventSchemaId, PERSONAL_DATA_KEYWORD, type SchemaVariant } from './json-schema.js';
import { EVENT_ENVELOPE_SCHEMA_ID, EVENT_METADATA_SCHEMA_ID, publishedSchemas } from './published-schemas.js';

// Strict mode: a schema with an unknown keyword or format would fail to compile, so the published files work with
// strict validators too (given the personal-data annotation and a date-time format, as a consumer would add).
const ajv = new Ajv2020({ strict: true, allErrors: true });
ajv.addKeyword(PERSONAL_DATA_KEYWORD);
ajv.addFormat('date-time', (value: string) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/.test(value));
for (const schema of publishedSchemas()) ajv.addSchema(schema);

type Data = Readonly<Record<string, unknown>>;

const valid = (type: CustomerEventType, version: number, data: Data, variant: SchemaVariant = 'full'): boolean =>
  ajv.validate(eventSchemaId({ type, version }, variant), data) as boolean;

const current = (event: CustomerEvent, variant: SchemaVariant = 'full'): boolean =>
  valid(event.type, event.type === 'CustomerContacted' ? 2 : 1, event.data, variant);

const events: readonly CustomerEvent[] = [
  customerRegistered({ email: 'li.wei@example.com' }),
  customerContacted({ outcome: { status: 'reached' }, summary: 'asked about wealth products' }),
  customerClassified({ riskRating: 'low', previous: { segment: 'mass' } }),
  customerClassified({ classifiedBy: { kind: 'rule', id: 'assets-rule-3' }, valueTier: undefined }),
  customerComplained(),
  complaintDeadlineExtended({ extension: 2, approvedBy: 'head-office-2', customerNotifiedAt: '2026-01-21T09:00:00.000Z' }),
  complaintResolved({ remedy: 'refund of 300 CNY', outcome: 'partially_upheld', withinDeadline: false }),
  customerSurveyed({ kind: 'nps', score: 0, comment: 'slow', relatedContactId: 'contact-1' }),
  relationshipEnded(),
  relationshipResumed({ reason: 'better rates' }),
];

const contactV1: CustomerContactedV1Data = {
  customerId: 'c-1',
  contactId: 'contact-1',
  channel: 'wechat',
  direction: 'inbound',
  purpose: 'service',
  outcome: 'not_reached',
  staffId: 'rm-7',
  occurredAt: '2026-01-08T10:30:00.000Z',
};

describe('the published JSON Schemas', () => {
  describe('accept what the code writes', () => {
    it.each(events.map((event) => [event.type, event] as const))('%s, with and without personal data', (_, event) => {
      // undefined members stand for absent ones (JSON drops them), as in the builders' overrides.
      const stored = JSON.parse(JSON.stringify(event)) as CustomerEvent;
      expect([current(stored), current(withoutPersonalData(stored), 'redacted')]).toEqual([true, true]);
    });

    it.each([
      [{ status: 'reached' }],
      [{ status: 'not_reached' }],
      [{ status: 'not_reached', reason: 'wrong_contact_details' }],
      [{ status: 'follow_up_needed', followUpBy: '2026-01-15T09:00:00.000Z' }],
      [{ status: 'follow_up_needed' }],
    ])('a contact whose outcome is %j', (outcome) => {
      expect(valid('CustomerContacted', 2, customerContacted({ outcome } as never).data)).toBe(true);
    });

    it('a version 1 contact, and the version 2 contact it is read as', () => {
      for (const outcome of ['reached', 'not_reached', 'follow_up_needed'] as const) {
        const stored = { ...contactV1, outcome };
        expect([valid('CustomerContacted', 1, stored), current(upcast('CustomerContacted', 1, stored))]).toEqual([
          true,
          true,
        ]);
      }
    });
  });

  describe('reject what breaks the contract', () => {
    const registered = customerRegistered().data;

    it.each([
      ['a missing required field', { ...registered, name: undefined }],
      ['a value outside its vocabulary', { ...registered, channel: 'fax' }],
      ['a field the version does not have', { ...registered, nickname: 'Wei' }],
      ['an empty id', { ...registered, customerId: '' }],
      ['a time that is no instant', { ...registered, registeredAt: 'yesterday' }],
    ])('%s', (_, data) => {
      expect(valid('CustomerRegistered', 1, JSON.parse(JSON.stringify(data)) as Data)).toBe(false);
    });

    it.each([
      ['an unknown status', { status: 'voicemail' }],
      ['no status', { reason: 'busy' }],
      ['a follow-up date on a contact that needs none', { status: 'reached', followUpBy: '2026-01-15T09:00:00.000Z' }],
      ['a reason on a follow-up', { status: 'follow_up_needed', reason: 'busy' }],
      ['a reason outside its vocabulary', { status: 'not_reached', reason: 'on holiday' }],
      ['the plain status of version 1', 'reached'],
    ])('a contact outcome with %s', (_, outcome) => {
      expect(valid('CustomerContacted', 2, { ...customerContacted().data, outcome })).toBe(false);
    });

    it('nested objects are closed too, and values keep to their ranges', () => {
      const classifiedBy = { kind: 'staff', id: 'rm-7', team: 'wealth' };
      expect(valid('CustomerClassified', 1, { ...customerClassified().data, classifiedBy })).toBe(false);
      expect(valid('CustomerSurveyed', 1, { ...customerSurveyed().data, kind: 'nps', score: 11 })).toBe(false);
      expect(valid('ComplaintDeadlineExtended', 1, { ...complaintDeadlineExtended().data, extension: 3 })).toBe(false);
      const staffInvolved = ['teller-9', 'teller-9'];
      expect(valid('CustomerComplained', 1, { ...customerComplained().data, staffInvolved })).toBe(false);
    });

    it('a version 2 outcome in a version 1 contact', () => {
      expect(valid('CustomerContacted', 1, { ...contactV1, outcome: { status: 'reached' } })).toBe(false);
    });

    it('personal data where the schema without it applies, and its absence where it is required', () => {
      const event = customerRegistered();
      expect(current(event, 'redacted')).toBe(false);
      expect(current(withoutPersonalData(event))).toBe(false);
    });
  });

  describe('the envelope', () => {
    const envelope: EventEnvelope = {
      ...customerContacted({ outcome: { status: 'follow_up_needed', followUpBy: '2026-01-15T09:00:00.000Z' } }),
      eventId: 'e-1',
      metadata: {
        eventId: 'e-1',
        correlationId: 'corr-1',
        causationId: 'cmd-1',
        actor: { id: 'rm-7', role: 'relationship_manager' },
        occurredAt: '2026-01-08T10:30:00.000Z',
        recordedAt: '2026-01-08T10:31:00.000Z',
        schemaVersion: 2,
      },
      stream: 'customer-c-1',
      revision: 1,
      position: 42,
    };
    const validEnvelope = (value: unknown): boolean => ajv.validate(EVENT_ENVELOPE_SCHEMA_ID, value) as boolean;

    it('accepts an event with its metadata and place in the log, with or without personal data', () => {
      expect([validEnvelope(envelope), validEnvelope(withoutPersonalData(envelope))]).toEqual([true, true]);
    });

    it('checks the data against the schema of the version the metadata names', () => {
      const v1 = { ...envelope, data: contactV1 };
      expect(validEnvelope(v1)).toBe(false);
      expect(validEnvelope({ ...v1, metadata: { ...envelope.metadata, schemaVersion: 1 } })).toBe(true);
    });

    it('refuses a version nobody published, an unknown role and what stays inside Concord', () => {
      expect(validEnvelope({ ...envelope, metadata: { ...envelope.metadata, schemaVersion: 3 } })).toBe(false);
      const actor = { id: 'rm-7', role: 'intern' };
      expect(validEnvelope({ ...envelope, metadata: { ...envelope.metadata, actor } })).toBe(false);
      expect(validEnvelope({ ...envelope, hash: 'ab12' })).toBe(false);
      expect(validEnvelope({ ...envelope, metadata: { ...envelope.metadata, commandId: 'cmd-1' } })).toBe(false);
    });

    it('the stored metadata has the command id the published one leaves out', () => {
      const stored = { ...envelope.metadata, commandId: 'cmd-1' };
      expect([ajv.validate(EVENT_METADATA_SCHEMA_ID, stored), ajv.validate(EVENT_METADATA_SCHEMA_ID, envelope.metadata)]).toEqual([
        true,
        false,
      ]);
    });
  });
});
