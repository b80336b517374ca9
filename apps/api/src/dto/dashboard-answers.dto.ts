import { ApiProperty } from '@nestjs/swagger';

/*
 * Dashboard rows carry the requested groupBy dimensions (a dimension not requested is absent; an unknown value is
 * null) followed by the metrics. Ids, categories and counts only: no personal data.
 */

export class SatisfactionMetricsDto {
  @ApiProperty({ type: 'integer' })
  csatResponses!: number;

  @ApiProperty({ type: Number, nullable: true, description: 'Mean CSAT 1–5, one decimal.' })
  csatAverage!: number | null;

  @ApiProperty({ type: Number, nullable: true, description: 'CSAT top-2-box: % of answers that are 4 or 5.' })
  csatSatisfiedPct!: number | null;

  @ApiProperty({ type: 'integer' })
  npsResponses!: number;

  @ApiProperty({ type: 'integer' })
  promoters!: number;

  @ApiProperty({ type: 'integer' })
  passives!: number;

  @ApiProperty({ type: 'integer' })
  detractors!: number;

  @ApiProperty({ type: Number, nullable: true, description: 'NPS: % promoters (9–10) − % detractors (0–6).' })
  npsScore!: number | null;
}

export class SatisfactionDashboardDto {
  @ApiProperty({
    type: [SatisfactionMetricsDto],
    description: 'One row per group: month (YYYY-MM), segment and/or channel as requested, then the metrics.',
  })
  rows!: SatisfactionMetricsDto[];

  @ApiProperty({ type: SatisfactionMetricsDto })
  totals!: SatisfactionMetricsDto;
}

export class ComplaintMetricsDto {
  @ApiProperty({ type: 'integer' })
  filed!: number;

  @ApiProperty({ type: 'integer' })
  resolved!: number;

  @ApiProperty({ type: 'integer' })
  open!: number;

  @ApiProperty({ type: 'integer', description: 'Open past the due date in force, now.' })
  overdue!: number;

  @ApiProperty({ type: 'integer', description: 'Given at least one extension.' })
  extended!: number;

  @ApiProperty({ type: Number, nullable: true, description: 'SLA: % of the resolved decided by their due date.' })
  resolvedWithinDeadlinePct!: number | null;

  @ApiProperty({ type: Number, nullable: true })
  medianDaysToResolve!: number | null;

  @ApiProperty({ type: Number, nullable: true })
  p90DaysToResolve!: number | null;
}

export class ComplaintsDashboardDto {
  @ApiProperty({
    type: [ComplaintMetricsDto],
    description: 'One row per group: month, category, product, severity and/or channel as requested, then metrics.',
  })
  rows!: ComplaintMetricsDto[];

  @ApiProperty({ type: ComplaintMetricsDto })
  totals!: ComplaintMetricsDto;
}

export class CoverageMetricsDto {
  @ApiProperty({ type: 'integer', description: 'Active customers in the group.' })
  customers!: number;

  @ApiProperty({ type: 'integer' })
  contactedLast30Days!: number;

  @ApiProperty({ type: 'integer' })
  contactedLast90Days!: number;

  @ApiProperty({ type: Number, nullable: true })
  contactedLast30DaysPct!: number | null;

  @ApiProperty({ type: Number, nullable: true })
  contactedLast90DaysPct!: number | null;
}

export class ContactCoverageDto {
  @ApiProperty({
    type: [CoverageMetricsDto],
    description: 'One row per segment and/or relationshipManagerId as requested, then the metrics.',
  })
  rows!: CoverageMetricsDto[];

  @ApiProperty({ type: CoverageMetricsDto })
  totals!: CoverageMetricsDto;
}
