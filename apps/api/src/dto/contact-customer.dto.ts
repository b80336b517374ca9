import {
  CHANNELS,
  CONTACT_DIRECTIONS,
  CONTACT_OUTCOMES,
  CONTACT_PURPOSES,
  type Channel,
  type ContactDirection,
  type ContactOutcome,
  type ContactPurpose,
} from '@concord/contracts';
import { IdField, OneOf, TextField, TimeField } from './field.decorators.js';

export class ContactCustomerDto {
  @IdField({ optional: true, description: 'Generated when omitted.' })
  contactId?: string;

  @OneOf(CHANNELS)
  channel!: Channel;

  @OneOf(CONTACT_DIRECTIONS)
  direction!: ContactDirection;

  @OneOf(CONTACT_PURPOSES)
  purpose!: ContactPurpose;

  @OneOf(CONTACT_OUTCOMES, { optional: true })
  outcome?: ContactOutcome;

  @TextField(2000, { optional: true })
  summary?: string;

  @TimeField({ optional: true, description: 'Defaults to now.' })
  occurredAt?: string;
}
