import { ApiExtraModels } from '@nestjs/swagger';
import {
  CHANNELS,
  CONTACT_DIRECTIONS,
  CONTACT_PURPOSES,
  type Channel,
  type ContactDirection,
  type ContactPurpose,
} from '@concord/contracts';
import { ContactOutcomeDto, ContactOutcomeField } from './contact-outcome.dto.js';
import { IdField, OneOf, TextField, TimeField } from './field.decorators.js';

@ApiExtraModels(ContactOutcomeDto)
export class ContactCustomerDto {
  @IdField({ optional: true, description: 'Generated when omitted.' })
  contactId?: string;

  @OneOf(CHANNELS)
  channel!: Channel;

  @OneOf(CONTACT_DIRECTIONS)
  direction!: ContactDirection;

  @OneOf(CONTACT_PURPOSES)
  purpose!: ContactPurpose;

  @ContactOutcomeField()
  outcome?: ContactOutcomeDto;

  @TextField(2000, { optional: true })
  summary?: string;

  @TimeField({ optional: true, description: 'Defaults to now.' })
  occurredAt?: string;
}
