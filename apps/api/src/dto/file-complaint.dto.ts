import { CHANNELS, COMPLAINT_SEVERITIES, type Channel, type ComplaintSeverity } from '@concord/contracts';
import { IdField, IdListField, OneOf, TextField, TimeField } from './field.decorators.js';

export class FileComplaintDto {
  @IdField({ optional: true, description: 'Generated when omitted.' })
  complaintId?: string;

  @IdField({ description: "A category of the deployment's complaint taxonomy.", example: 'fees_and_charges' })
  category!: string;

  @IdField({ description: "A product of the deployment's complaint taxonomy.", example: 'credit_card' })
  product!: string;

  @OneOf(COMPLAINT_SEVERITIES)
  severity!: ComplaintSeverity;

  @OneOf(CHANNELS)
  channel!: Channel;

  @TextField(4000)
  description!: string;

  @IdListField(20, { optional: true, description: 'Staff the complaint concerns; none of them may handle it.' })
  staffInvolved?: string[];

  @TimeField({ optional: true, description: 'Defaults to now; the due date counts from it.' })
  receivedAt?: string;
}
