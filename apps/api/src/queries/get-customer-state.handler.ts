import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { customerDecider, customerView, fold, type CustomerView } from '@concord/domain';
import { customerEventCodec } from '../commands/customer-event.codec.js';
import { Clock } from '../infrastructure/clock.js';
import { CustomerHistoryReader, recordedBy } from './customer-history.reader.js';

/**
 * The domain's view of the customer folded from the history recorded by `asOf` (now when omitted), with the
 * revision it reflects (null when nothing had been recorded yet: the view is then `unregistered`).
 */
export type CustomerStateAnswer = CustomerView &
  Readonly<{ customerId: string; asOf: string; revision: number | null }>;

export class GetCustomerStateQuery extends Query<CustomerStateAnswer> {
  constructor(
    readonly customerId: string,
    readonly asOf: string | undefined,
  ) {
    super();
  }
}

@QueryHandler(GetCustomerStateQuery)
export class GetCustomerStateHandler implements IQueryHandler<GetCustomerStateQuery> {
  constructor(
    private readonly history: CustomerHistoryReader,
    private readonly clock: Clock,
  ) {}

  async execute({ customerId, asOf }: GetCustomerStateQuery): Promise<CustomerStateAnswer> {
    const readAt = asOf === undefined ? this.clock.now() : new Date(Date.parse(asOf)).toISOString();
    const events = recordedBy(await this.history.read(customerId), readAt);
    const state = fold(customerDecider, events.map((event) => customerEventCodec.decode(event)));
    return { ...customerView(state), customerId, asOf: readAt, revision: events.at(-1)?.revision ?? null };
  }
}
