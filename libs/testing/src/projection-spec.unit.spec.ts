import type { DocumentKey, Projection } from '@concord/read-models';
import { UndeclaredDocumentAccess } from '@concord/read-models';
import { customerContacted, customerRegistered } from './customer-event.builders.js';
import { projectionSpec } from './projection-spec.js';
import { toProjectedEvents } from './projected-events.js';

/** Counts contacts per customer: small enough that every outcome of the helper is visible. */
const contactCount = (overrides: Partial<Projection> = {}): Projection => ({
  name: 'contact-count',
  version: 1,
  collections: [{ name: 'counts', indexes: [] }],
  handles: ['CustomerContacted'],
  documentsFor: (event): readonly DocumentKey[] => [{ collection: 'counts', id: event.data.customerId }],
  apply: (event, session) => {
    if (event.type !== 'CustomerContacted') return;
    const doc = session.get<{ contactIds: string[] }>('counts', event.data.customerId) ?? { contactIds: [] };
    const contactIds = [...new Set([...doc.contactIds, event.data.contactId])].sort();
    session.put('counts', event.data.customerId, { contactIds });
  },
  ...overrides,
});

const given = projectionSpec(contactCount()).given;
const contacts = [customerRegistered(), customerContacted({ contactId: 'k-2' }), customerContacted({ contactId: 'k-1' })];

describe('projectionSpec', () => {
  describe('then', () => {
    it('passes when the document equals the expected one', () => {
      given(contacts).then('counts', 'c-1', { contactIds: ['k-1', 'k-2'] });
    });

    it('fails when the document differs, or does not exist', () => {
      expect(() => given(contacts).then('counts', 'c-1', { contactIds: ['k-1'] })).toThrow();
      expect(() => given(contacts).then('counts', 'c-2', { contactIds: [] })).toThrow('Expected counts/c-2 to exist');
    });

    it('fails loudly when awaited instead of given a document', async () => {
      await expect(Promise.resolve(given(contacts))).rejects.toThrow(TypeError);
    });

    it('takes ProjectedEvents as they are, and refuses a mix', () => {
      const projected = toProjectedEvents(contacts, 100);
      given(projected).then('counts', 'c-1', { contactIds: ['k-1', 'k-2'] });
      expect(() => given([...projected, customerContacted({ contactId: 'k-3' })])).toThrow(TypeError);
    });
  });

  describe('thenMissing and thenCollection', () => {
    it('pass for a missing document and for the exact collection', () => {
      given(contacts).thenMissing('counts', 'c-2');
      given([...contacts, customerContacted({ customerId: 'c-2' })]).thenCollection('counts', {
        'c-1': { contactIds: ['k-1', 'k-2'] },
        'c-2': { contactIds: ['contact-1'] },
      });
    });

    it('fail when the document exists, or the collection holds more', () => {
      expect(() => given(contacts).thenMissing('counts', 'c-1')).toThrow();
      expect(() => given(contacts).thenCollection('counts', {})).toThrow();
    });
  });

  describe('thenReplayChangesNothing', () => {
    it('passes for an idempotent projection', () => {
      given(contacts).thenReplayChangesNothing();
    });

    it('fails for a projection that counts blindly', () => {
      const blind = contactCount({
        apply: (event, session) => {
          const doc = session.get<{ n: number }>('counts', event.data.customerId) ?? { n: 0 };
          session.put('counts', event.data.customerId, { n: doc.n + 1 });
        },
      });
      expect(() => projectionSpec(blind).given(contacts).thenReplayChangesNothing()).toThrow();
    });

    it('refuses to prove anything with events that wrote nothing', () => {
      expect(() => given([customerRegistered()]).thenReplayChangesNothing()).toThrow('replaying them proves nothing');
    });
  });

  it('fails a projection that touches a document it did not declare', () => {
    const sloppy = contactCount({ documentsFor: () => [] });
    expect(() => projectionSpec(sloppy).given(contacts).then('counts', 'c-1', {})).toThrow(UndeclaredDocumentAccess);
  });
});
