import { TextField, TimeField } from './field.decorators.js';

export class EndRelationshipDto {
  @TextField(500)
  reason!: string;

  @TimeField({ optional: true, description: 'Defaults to now.' })
  endedAt?: string;
}

export class ResumeRelationshipDto {
  @TextField(500, { optional: true })
  reason?: string;

  @TimeField({ optional: true, description: 'Defaults to now.' })
  resumedAt?: string;
}
