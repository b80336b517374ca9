import { COMPLAINT_OUTCOMES, type ComplaintOutcome } from '@concord/contracts';
import { OneOf, TextField, TimeField } from './field.decorators.js';

export class ResolveComplaintDto {
  @OneOf(COMPLAINT_OUTCOMES)
  outcome!: ComplaintOutcome;

  @TextField(4000)
  resolution!: string;

  @TextField(2000, { optional: true })
  remedy?: string;

  @TimeField({ optional: true, description: 'Defaults to now.' })
  resolvedAt?: string;
}
