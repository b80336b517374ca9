import { CHANNELS, CUSTOMER_KINDS, type Channel, type CustomerKind } from '@concord/contracts';
import { EmailField, IdField, OneOf, PhoneField, TextField, TimeField } from './field.decorators.js';

export class RegisterCustomerDto {
  @IdField({ optional: true, description: 'Generated when omitted.' })
  customerId?: string;

  @OneOf(CUSTOMER_KINDS)
  kind!: CustomerKind;

  @TextField(200, { example: 'Li Wei' })
  name!: string;

  @PhoneField({ optional: true })
  phone?: string;

  @EmailField({ optional: true })
  email?: string;

  @IdField({ example: 'rm-7' })
  relationshipManagerId!: string;

  @OneOf(CHANNELS, { description: 'The channel through which the customer was onboarded.' })
  channel!: Channel;

  @TimeField({ optional: true, description: 'Defaults to now; may lie in the past to import history.' })
  registeredAt?: string;
}
