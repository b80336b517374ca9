import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class HistoryEntryDto {
  @ApiProperty()
  eventId!: string;

  @ApiProperty({ example: 'CustomerRegistered' })
  type!: string;

  @ApiProperty({
    type: 'integer',
    description: 'The schema version data is shown in: the current one (events stored in older ones are upcast).',
  })
  schemaVersion!: number;

  @ApiProperty({ type: 'integer' })
  revision!: number;

  @ApiProperty({ type: 'integer' })
  position!: number;

  @ApiProperty({ type: 'object', additionalProperties: true })
  data!: Record<string, unknown>;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    description:
      'The data exactly as stored, when it was stored in an older schema version (metadata.schemaVersion) and data ' +
      'shows it upcast; the hash covers these bytes.',
  })
  storedData?: Record<string, unknown>;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'eventId, commandId, correlationId, causationId, actor, occurredAt, recordedAt, schemaVersion',
  })
  metadata!: Record<string, unknown>;

  @ApiProperty({ description: 'SHA-256 (hex) over the canonical event and previousHash.' })
  hash!: string;

  @ApiProperty({ type: String, nullable: true })
  previousHash!: string | null;
}

export class CustomerHistoryDto {
  @ApiProperty()
  customerId!: string;

  @ApiProperty({ type: [HistoryEntryDto] })
  events!: HistoryEntryDto[];
}

export class VerificationDto {
  @ApiProperty()
  valid!: boolean;

  @ApiProperty({ type: 'integer', description: 'Events found intact from revision 0 on.' })
  checked!: number;

  @ApiProperty({ type: 'integer', required: false, description: 'The first revision that fails; absent when valid.' })
  firstInvalidRevision?: number;
}

export class CustomerStateDto {
  @ApiProperty()
  customerId!: string;

  @ApiProperty({ format: 'date-time', description: 'The time the state is shown as of.' })
  asOf!: string;

  @ApiProperty({ type: 'integer', nullable: true, description: 'The last revision folded; null before any.' })
  revision!: number | null;

  @ApiProperty({ enum: ['unregistered', 'active', 'departed'] })
  status!: string;
}
