import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { EventMetadata } from '@concord/contracts';
import type { StoredEvent } from '@concord/event-store';
import { customerEventCodec } from '../commands/customer-event.codec.js';
import { CustomerHistoryReader, recordedBy } from './customer-history.reader.js';

export type HistoryEntry = Readonly<{
  eventId: string;
  type: string;
  /** The schema version `data` is shown in: the current one, whatever version was stored. */
  schemaVersion: number;
  revision: number;
  position: number;
  data: Readonly<Record<string, unknown>>;
  /**
   * The data exactly as stored, present when it was stored in an older version (`metadata.schemaVersion`) and
   * `data` shows it upcast: the hash covers these bytes, not the upcast form.
   */
  storedData?: Readonly<Record<string, unknown>>;
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

const entryOf = (stored: StoredEvent): HistoryEntry => {
  const { type, revision, position, data, metadata, hash, previousHash } = stored;
  const current = customerEventCodec.decode(stored);
  const schemaVersion = customerEventCodec.schemaVersion(current);
  return {
    eventId: metadata.eventId,
    type,
    schemaVersion,
    revision,
    position,
    data: current.data,
    ...(schemaVersion === metadata.schemaVersion ? {} : { storedData: data }),
    metadata,
    hash,
    previousHash,
  };
};

@QueryHandler(GetCustomerHistoryQuery)
export class GetCustomerHistoryHandler implements IQueryHandler<GetCustomerHistoryQuery> {
  constructor(private readonly history: CustomerHistoryReader) {}

  async execute({ customerId, asOf }: GetCustomerHistoryQuery): Promise<CustomerHistory> {
    return { customerId, events: recordedBy(await this.history.read(customerId), asOf).map(entryOf) };
  }
}
