import { IdField, TextField, TimeField } from './field.decorators.js';

export class ExtendComplaintDto {
  @TimeField()
  newDueAt!: string;

  @TextField(500)
  reason!: string;

  @IdField({ optional: true, description: 'Required for a second extension.' })
  approvedBy?: string;

  @TimeField({ optional: true })
  customerNotifiedAt?: string;
}
