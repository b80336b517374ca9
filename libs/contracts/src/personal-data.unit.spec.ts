import type { CustomerRegistered } from './customer.events.js';
import { PERSONAL_DATA_FIELDS, withoutPersonalData } from './personal-data.js';
import { CUSTOMER_EVENT_TYPES } from './customer.events.js';

describe('personal data marks', () => {
  const registered: CustomerRegistered = {
    type: 'CustomerRegistered',
    data: {
      customerId: 'c-1',
      kind: 'individual',
      name: 'Li Wei',
      phone: '+86 138 0000 0000',
      email: 'li.wei@example.com',
      relationshipManagerId: 'rm-7',
      channel: 'branch',
      registeredAt: '2026-01-05T09:00:00.000Z',
    },
  };

  it('marks the fields of every event type', () => {
    expect(Object.keys(PERSONAL_DATA_FIELDS).sort()).toEqual([...CUSTOMER_EVENT_TYPES].sort());
  });

  // Written out, so dropping a personal-data mark from a contract (a privacy regression) takes a deliberate edit here.
  it('marks names, contact details and every free text', () => {
    expect(PERSONAL_DATA_FIELDS).toEqual({
      CustomerRegistered: ['name', 'phone', 'email'],
      CustomerContacted: ['summary'],
      CustomerClassified: ['reason'],
      CustomerComplained: ['description'],
      ComplaintDeadlineExtended: ['reason'],
      ComplaintResolved: ['resolution', 'remedy'],
      CustomerSurveyed: ['comment'],
      RelationshipEnded: ['reason'],
      RelationshipResumed: ['reason'],
    });
  });

  it('removes names and contact details but keeps ids and categories', () => {
    expect(withoutPersonalData(registered).data).toEqual({
      customerId: 'c-1',
      kind: 'individual',
      relationshipManagerId: 'rm-7',
      channel: 'branch',
      registeredAt: '2026-01-05T09:00:00.000Z',
    });
  });

  it('leaves the original event untouched', () => {
    withoutPersonalData(registered);
    expect(registered.data.name).toBe('Li Wei');
  });
});
