import { ApiProperty } from '@nestjs/swagger';
import { LAG_EVENTS_CAP, PROJECTION_STATUSES } from '@concord/read-models';

export class ProjectionFailureDto {
  @ApiProperty({ type: 'integer', description: 'The event it could not apply.' })
  position!: number;

  @ApiProperty()
  eventType!: string;

  @ApiProperty()
  message!: string;

  @ApiProperty({ format: 'date-time' })
  failedAt!: string;
}

export class ProjectionStatusDto {
  @ApiProperty({ example: 'churn-risk' })
  name!: string;

  @ApiProperty({ type: 'integer' })
  version!: number;

  @ApiProperty({ example: 'churn-risk.v1' })
  projectionId!: string;

  @ApiProperty({ enum: PROJECTION_STATUSES })
  status!: string;

  @ApiProperty({ description: 'The version queries read: the highest live one of its name.' })
  active!: boolean;

  @ApiProperty({ type: 'integer', description: 'Position of the last event applied.' })
  checkpoint!: number;

  @ApiProperty({
    type: 'integer',
    description:
      `Events stored after the checkpoint, counted up to ${LAG_EVENTS_CAP}: that value means at least so many ` +
      '(lagSeconds says how far behind in time).',
  })
  lagEvents!: number;

  @ApiProperty({ description: 'Seconds since the first event not yet applied was recorded; 0 when caught up.' })
  lagSeconds!: number;

  @ApiProperty({ type: ProjectionFailureDto, nullable: true })
  failure!: ProjectionFailureDto | null;
}

export class ProjectionStatusesDto {
  @ApiProperty({ type: [ProjectionStatusDto] })
  projections!: ProjectionStatusDto[];
}
