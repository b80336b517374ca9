import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { verifyChain, type ChainVerification } from '@concord/event-store';
import { CustomerHistoryReader } from './customer-history.reader.js';

export class VerifyCustomerHistoryQuery extends Query<ChainVerification> {
  constructor(readonly customerId: string) {
    super();
  }
}

/** Recomputes the hash chain over the whole stream, whatever `asOf` a reader used. */
@QueryHandler(VerifyCustomerHistoryQuery)
export class VerifyCustomerHistoryHandler implements IQueryHandler<VerifyCustomerHistoryQuery> {
  constructor(private readonly history: CustomerHistoryReader) {}

  async execute({ customerId }: VerifyCustomerHistoryQuery): Promise<ChainVerification> {
    return verifyChain(await this.history.read(customerId));
  }
}
