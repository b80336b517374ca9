import { ApiProperty } from '@nestjs/swagger';
import { CHANNELS, COMPLAINT_SEVERITIES, SEGMENTS, VALUE_TIERS } from '@concord/contracts';
import { TopFactorDto } from './churn-risk-answers.dto.js';

export class LastContactDto {
  @ApiProperty({ enum: CHANNELS })
  channel!: string;

  @ApiProperty()
  contactId!: string;

  @ApiProperty({ format: 'date-time' })
  occurredAt!: string;

  @ApiProperty()
  direction!: string;

  @ApiProperty()
  purpose!: string;

  @ApiProperty({ type: String, nullable: true })
  outcome!: string | null;
}

export class OpenComplaintDto {
  @ApiProperty()
  complaintId!: string;

  @ApiProperty()
  category!: string;

  @ApiProperty()
  product!: string;

  @ApiProperty({ enum: COMPLAINT_SEVERITIES })
  severity!: string;

  @ApiProperty({ enum: CHANNELS })
  channel!: string;

  @ApiProperty({ format: 'date-time' })
  receivedAt!: string;

  @ApiProperty({ format: 'date-time', description: 'The due date in force (moved by extensions).' })
  dueAt!: string;

  @ApiProperty({ enum: [0, 1, 2] })
  extensions!: number;

  @ApiProperty({ description: 'Open past its due date now.' })
  overdue!: boolean;

  @ApiProperty({ description: 'Days to the due date, one decimal; negative once overdue.' })
  daysUntilDue!: number;
}

export class LatestSurveyDto {
  @ApiProperty()
  surveyId!: string;

  @ApiProperty()
  score!: number;

  @ApiProperty({ enum: CHANNELS })
  channel!: string;

  @ApiProperty({ format: 'date-time' })
  respondedAt!: string;
}

export class ChurnRiskSummaryDto {
  @ApiProperty()
  score!: number;

  @ApiProperty()
  band!: string;

  @ApiProperty()
  modelVersion!: string;

  @ApiProperty({ format: 'date-time' })
  asOf!: string;

  @ApiProperty({ type: [TopFactorDto] })
  topFactors!: TopFactorDto[];
}

/** Personal data (name, phone, email): every read is recorded in the audit log. */
export class Customer360Dto {
  @ApiProperty()
  customerId!: string;

  @ApiProperty({ enum: ['individual', 'corporate'] })
  kind!: string;

  @ApiProperty({ description: 'Personal data.' })
  name!: string;

  @ApiProperty({ type: String, nullable: true, description: 'Personal data.' })
  phone!: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'Personal data.' })
  email!: string | null;

  @ApiProperty()
  relationshipManagerId!: string;

  @ApiProperty({ enum: CHANNELS })
  onboardingChannel!: string;

  @ApiProperty({ format: 'date-time' })
  registeredAt!: string;

  @ApiProperty({ enum: ['active', 'departed'] })
  status!: string;

  @ApiProperty({ format: 'date-time', description: 'Registration, or the latest resumption.' })
  activeSince!: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  endedAt!: string | null;

  @ApiProperty({ enum: SEGMENTS, nullable: true })
  segment!: string | null;

  @ApiProperty({ enum: VALUE_TIERS, nullable: true })
  valueTier!: string | null;

  @ApiProperty({ type: String, nullable: true })
  riskRating!: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  classifiedAt!: string | null;

  @ApiProperty({ type: [LastContactDto], description: 'The latest contact per channel.' })
  lastContacts!: LastContactDto[];

  @ApiProperty({ type: [OpenComplaintDto], description: 'By due date.' })
  openComplaints!: OpenComplaintDto[];

  @ApiProperty({ type: LatestSurveyDto, nullable: true })
  latestCsat!: LatestSurveyDto | null;

  @ApiProperty({ type: LatestSurveyDto, nullable: true })
  latestNps!: LatestSurveyDto | null;

  @ApiProperty({ type: ChurnRiskSummaryDto, nullable: true, description: 'Null for a departed customer.' })
  churnRisk!: ChurnRiskSummaryDto | null;
}
