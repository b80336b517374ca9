import { IdField, TimeField } from './field.decorators.js';

export class CustomerParams {
  @IdField()
  id!: string;
}

export class ComplaintParams {
  @IdField()
  id!: string;

  @IdField()
  complaintId!: string;
}

export class AsOfQuery {
  @TimeField({ optional: true, description: 'Keep only what had been recorded by then (metadata.recordedAt).' })
  asOf?: string;
}
