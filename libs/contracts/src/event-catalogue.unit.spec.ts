import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CustomerEvent, CustomerEventType } from './customer.events.js';
import { CUSTOMER_EVENT_TYPES } from './customer.events.js';
import { PERSONAL_DATA_FIELDS } from './personal-data.js';

// Keeps docs/events.md true to the types: every event has a section, every field a row,
// and exactly the personal-data fields are marked PD.
const catalogue = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../../docs/events.md'), 'utf8');

/** Every data field of each event type, written out so the compiler checks the list is complete. */
const FIELDS: { readonly [T in CustomerEventType]: readonly (keyof Extract<CustomerEvent, { type: T }>['data'])[] } = {
  CustomerRegistered: ['customerId', 'kind', 'name', 'phone', 'email', 'relationshipManagerId', 'channel', 'registeredAt'],
  CustomerContacted: ['customerId', 'contactId', 'channel', 'direction', 'purpose', 'outcome', 'summary', 'staffId', 'occurredAt'],
  CustomerClassified: ['customerId', 'segment', 'valueTier', 'riskRating', 'reason', 'classifiedBy', 'previous', 'classifiedAt'],
  CustomerComplained: [
    'customerId', 'complaintId', 'category', 'product', 'severity', 'channel', 'description', 'staffInvolved', 'receivedAt', 'dueAt',
  ],
  ComplaintDeadlineExtended: [
    'customerId', 'complaintId', 'extension', 'previousDueAt', 'newDueAt', 'reason', 'approvedBy', 'customerNotifiedAt', 'extendedAt',
  ],
  ComplaintResolved: ['customerId', 'complaintId', 'outcome', 'resolution', 'remedy', 'handlerId', 'resolvedAt', 'withinDeadline'],
  CustomerSurveyed: [
    'customerId', 'surveyId', 'kind', 'score', 'comment', 'channel', 'relatedComplaintId', 'relatedContactId', 'respondedAt',
  ],
  RelationshipEnded: ['customerId', 'reason', 'endedAt'],
  RelationshipResumed: ['customerId', 'reason', 'resumedAt'],
};

const section = (type: string): string => {
  const start = catalogue.indexOf(`\n## ${type}\n`);
  if (start < 0) return '';
  const next = catalogue.indexOf('\n## ', start + 1);
  return catalogue.slice(start, next < 0 ? undefined : next);
};

describe('docs/events.md', () => {
  it.each(CUSTOMER_EVENT_TYPES)('documents every field of %s and marks its personal data', (type) => {
    const rows = new Map(
      [...section(type).matchAll(/^\| `(\w+)` \| (.*)\|$/gm)].map(([, field, meaning]) => [field, meaning as string]),
    );
    expect([...rows.keys()].sort()).toEqual([...FIELDS[type]].map(String).sort());
    const marked = [...rows].filter(([, meaning]) => meaning.includes('**PD**')).map(([field]) => field);
    expect(marked.sort()).toEqual([...PERSONAL_DATA_FIELDS[type]].map(String).sort());
  });
});
