import {
  CHANNELS,
  CONTACT_DIRECTIONS,
  CONTACT_OUTCOME_STATUSES,
  CONTACT_PURPOSES,
  NOT_REACHED_REASONS,
} from '../../vocabulary.js';
import { eventContract } from '../event-contract.js';
import { id, oneOf, text, time, variants } from '../field.js';

// The fields both versions share, before and after `outcome`, the one that differs.
const what = {
  customerId: id('the customer contacted'),
  contactId: id('unique within the customer'),
  channel: oneOf(CHANNELS, 'where the contact took place'),
  direction: oneOf(CONTACT_DIRECTIONS, 'who reached out'),
  purpose: oneOf(CONTACT_PURPOSES, 'why'),
} as const;
const who = {
  summary: text('what was said (free text)', { optional: true, personal: true }),
  staffId: id('who made or took the contact (the actor)'),
  occurredAt: time('when the contact happened'),
} as const;

export const customerContactedV1 = eventContract({
  type: 'CustomerContacted',
  version: 1,
  summary: 'A contact on any channel, inbound or outbound.',
  fields: {
    ...what,
    outcome: oneOf(CONTACT_OUTCOME_STATUSES, 'what came of it', { optional: true }),
    ...who,
  },
});

export const customerContactedV2 = eventContract({
  type: 'CustomerContacted',
  version: 2,
  summary: 'A contact on any channel, inbound or outbound.',
  changes:
    '`outcome` became an object, so a follow-up carries the time it is due by and a missed contact its reason. ' +
    'A version 1 event is read as version 2 with `outcome: { status: <its outcome> }`, without `followUpBy` or ' +
    '`reason`, which version 1 did not record.',
  fields: {
    ...what,
    outcome: variants(
      { name: 'status', description: 'what came of it' },
      {
        reached: {},
        not_reached: { reason: oneOf(NOT_REACHED_REASONS, 'why the customer was not reached', { optional: true }) },
        follow_up_needed: {
          followUpBy: time('when the follow-up is due; set on every follow-up recorded as version 2', {
            optional: true,
          }),
        },
      },
      'what came of the contact',
      { optional: true },
    ),
    ...who,
  },
});
