import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches, MaxLength, ValidateIf } from 'class-validator';
import { SEGMENTS } from '@concord/contracts';
import { CHURN_BANDS, COMPLAINT_DIMENSIONS, COVERAGE_DIMENSIONS, SATISFACTION_DIMENSIONS } from '@concord/read-models';
import { IdField } from './field.decorators.js';

/**
 * Query-string fields arrive as strings. The DTOs check their shape (one value, a string, no unknown names: the
 * strict pipe answers 400 for those); what a value means is checked by the read models' own parsers
 * (parseTimeRange, parseGroupBy…), whose InvalidQueryParameter is a 400 for that field too.
 */
const QueryParam = (description: string, schema: Readonly<{ enum?: readonly string[]; example?: string }> = {}) =>
  applyDecorators(
    ValidateIf((_object: object, value: unknown) => value !== undefined),
    IsString(),
    MaxLength(1024),
    ApiProperty({
      required: false,
      type: String,
      description,
      ...(schema.enum === undefined ? {} : { enum: [...schema.enum] }),
      ...(schema.example === undefined ? {} : { example: schema.example }),
    }),
  );

const commaList = (dimensions: readonly string[]): string =>
  `Comma list of ${dimensions.join(', ')}; a row per combination, sorted by value (nulls last). Blank: one row.`;

/** Every read route accepts `minPosition`: read-your-writes. */
export class ReadQuery {
  @ValidateIf((_object: object, value: unknown) => value !== undefined)
  @IsString()
  @Matches(/^\d{1,15}$/, { message: 'minPosition must be a whole number: the position a command answered with' })
  @ApiProperty({
    required: false,
    type: String,
    pattern: '^\\d{1,15}$',
    description:
      'The `position` of your last command: the answer waits (up to 2 s) until the read model has applied it, ' +
      'else 503 READ_MODEL.BEHIND.',
  })
  minPosition?: string;
}

export class ChurnRiskListQuery extends ReadQuery {
  @QueryParam('Only this band.', { enum: CHURN_BANDS })
  band?: string;

  @QueryParam('Only this segment.', { enum: SEGMENTS })
  segment?: string;

  @IdField({ optional: true, description: "Only this relationship manager's customers." })
  relationshipManagerId?: string;

  @QueryParam('Items per page, 1–500 (default 50).', { example: '50' })
  limit?: string;

  @QueryParam('The nextCursor of the previous page.')
  cursor?: string;
}

const RANGE = {
  from: 'Inclusive: a date (YYYY-MM-DD, UTC) or an ISO-8601 instant.',
  to: 'Exclusive instant, or a date whose whole day is included.',
};

export class SatisfactionQuery extends ReadQuery {
  @QueryParam(`${RANGE.from} By respondedAt.`, { example: '2026-01-01' })
  from?: string;

  @QueryParam(RANGE.to, { example: '2026-03-31' })
  to?: string;

  @QueryParam(commaList(SATISFACTION_DIMENSIONS), { example: 'month,segment' })
  groupBy?: string;
}

export class ComplaintsDashboardQuery extends ReadQuery {
  @QueryParam(`${RANGE.from} By receivedAt.`, { example: '2026-01-01' })
  from?: string;

  @QueryParam(RANGE.to, { example: '2026-03-31' })
  to?: string;

  @QueryParam(commaList(COMPLAINT_DIMENSIONS), { example: 'month,category' })
  groupBy?: string;
}

export class OpenComplaintsQuery extends ReadQuery {
  @QueryParam('true: only overdue complaints; false: only those not yet due; absent: all open.', {
    enum: ['true', 'false'],
  })
  overdue?: string;

  @QueryParam('Items per page, 1–500 (default 50).', { example: '50' })
  limit?: string;

  @QueryParam('The nextCursor of the previous page.')
  cursor?: string;
}

export class ContactCoverageQuery extends ReadQuery {
  @QueryParam(commaList(COVERAGE_DIMENSIONS), { example: 'segment' })
  groupBy?: string;
}

export class ChurnRiskParams {
  @IdField()
  customerId!: string;
}

/** The validated `minPosition`, as a number. */
export const minPositionOf = ({ minPosition }: ReadQuery): number | undefined =>
  minPosition === undefined ? undefined : Number(minPosition);
