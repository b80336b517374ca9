import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { EventMetadata } from '@concord/contracts';
import { CustomerHistoryReader, recordedBy } from './customer-history.reader.js';

export type HistoryEntry = Readonly<{
  eventId: string;
  type: string;
  revision: number;
  position: number;
  data: Readonly<Record<string, unknown>>;
  metadata: EventMetadata;
  hash: string;
  previousHash: string | null;
}>;

export type CustomerHistory = Readonly<{ customerId: string; events: readonly HistoryEntry[] }>;

export class GetCustomerHistoryQuery extends Query<CustomerHistory> {
  constructor(
    readonly customerId: string,
    readonly asOf: string | undefined,
  ) {
    super();
  }
}

@QueryHandler(GetCustomerHistoryQuery)
export class GetCustomerHistoryHandler implements IQueryHandler<GetCustomerHistoryQuery> {
  constructor(private readonly history: CustomerHistoryReader) {}

  async execute({ customerId, asOf }: GetCustomerHistoryQuery): Promise<CustomerHistory> {
    const events = recordedBy(await this.history.read(customerId), asOf);
    return {
      customerId,
      events: events.map(({ type, revision, position, data, metadata, hash, previousHash }) => ({
        eventId: metadata.eventId,
        type,
        revision,
        position,
        data,
        metadata,
        hash,
        previousHash,
      })),
    };
  }
}
