import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches, MaxLength, ValidateBy, ValidateIf } from 'class-validator';
import { CUSTOMER_EVENT_TYPES } from '@concord/contracts';
import { IdField } from './field.decorators.js';

/** A page holds 100 events unless asked otherwise, 1000 at most: one answer stays well under a few MB. */
export const EVENT_PAGE_LIMITS = { defaultLimit: 100, maxLimit: 1000 } as const;

const present = ValidateIf((_object: object, value: unknown) => value !== undefined);

const unknownTypes = (value: unknown): string[] =>
  typeof value === 'string'
    ? value.split(',').filter((type) => !(CUSTOMER_EVENT_TYPES as readonly string[]).includes(type.trim()))
    : [];

/**
 * `GET /v1/events` query string. The strict pipe refuses unknown and repeated parameters; these rules refuse a bad
 * value, each naming its parameter, so a consumer never gets a 500 or a silently ignored filter.
 */
export class EventFeedQuery {
  @present
  @IsString()
  @Matches(/^\d{1,15}$/, { message: 'after must be a whole number: the position of the last event you handled' })
  @ApiProperty({
    required: false,
    type: String,
    pattern: '^\\d{1,15}$',
    description: 'Deliver events after this global position (default 0: from the start). Last-Event-ID wins over it.',
  })
  after?: string;

  @present
  @IsString()
  @ValidateBy({
    name: 'isPageLimit',
    validator: {
      validate: (value: unknown) =>
        typeof value === 'string' &&
        /^\d{1,4}$/.test(value) &&
        Number(value) >= 1 &&
        Number(value) <= EVENT_PAGE_LIMITS.maxLimit,
      defaultMessage: () => `limit must be a whole number from 1 to ${EVENT_PAGE_LIMITS.maxLimit}`,
    },
  })
  @ApiProperty({
    required: false,
    type: String,
    description:
      `JSON pages only: events per page, 1–${EVENT_PAGE_LIMITS.maxLimit} ` +
      `(default ${EVENT_PAGE_LIMITS.defaultLimit}).`,
  })
  limit?: string;

  @present
  @IsString()
  @MaxLength(1024)
  @ValidateBy({
    name: 'isEventTypeList',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && unknownTypes(value).length === 0,
      defaultMessage: (args) => {
        const unknown = unknownTypes(args?.value).map((type) => `"${type}"`);
        return `types must be a comma list of ${CUSTOMER_EVENT_TYPES.join(', ')}; not ${unknown.join(', ')}`;
      },
    },
  })
  @ApiProperty({
    required: false,
    type: String,
    example: 'CustomerComplained,ComplaintResolved',
    description: `Only these event types: a comma list of ${CUSTOMER_EVENT_TYPES.join(', ')}.`,
  })
  types?: string;

  @IdField({ optional: true, description: "Only this customer's events." })
  customerId?: string;
}

export class PublishedMetadataDto {
  @ApiProperty({ description: 'Dedupe by it: delivery is at-least-once.' })
  eventId!: string;

  @ApiProperty()
  correlationId!: string;

  @ApiProperty()
  causationId!: string;

  @ApiProperty({ type: 'object', properties: { id: { type: 'string' }, role: { type: 'string' } } })
  actor!: { id: string; role: string };

  @ApiProperty({ format: 'date-time', description: 'Business time.' })
  occurredAt!: string;

  @ApiProperty({ format: 'date-time', description: 'When Concord stored it.' })
  recordedAt!: string;

  @ApiProperty({ type: 'integer' })
  schemaVersion!: number;
}

export class PublishedEventDto {
  @ApiProperty()
  eventId!: string;

  @ApiProperty({ example: 'customer-c-1' })
  stream!: string;

  @ApiProperty({ type: 'integer' })
  revision!: number;

  @ApiProperty({ type: 'integer', description: 'Global position: the SSE id, and what `after` takes.' })
  position!: number;

  @ApiProperty({ enum: CUSTOMER_EVENT_TYPES })
  type!: string;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'The event fields; personal-data fields are absent unless the caller acts as admin.',
  })
  data!: Record<string, unknown>;

  @ApiProperty({ type: PublishedMetadataDto })
  metadata!: PublishedMetadataDto;
}

export class EventPageDto {
  @ApiProperty({ type: [PublishedEventDto] })
  events!: PublishedEventDto[];

  @ApiProperty({
    type: 'integer',
    description:
      'Pass it as `after` for the next page. It moves past events a filter skipped; when it equals the `after` ' +
      'you sent, you are at the head of the log.',
  })
  nextAfter!: number;
}
