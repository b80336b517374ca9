import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import {
  CHURN_INPUTS_COLLECTION,
  churnRiskProjection,
  CURRENT_CHURN_MODEL,
  CUSTOMER_360_COLLECTION,
  customer360Projection,
  customer360View,
  type ChurnInputsDocument,
  type Customer360Document,
  type Customer360View,
} from '@concord/read-models';
import { Clock } from '../infrastructure/clock.js';
import { CustomerNotFound } from './customer-history.reader.js';
import { ReadModelReader } from './read-model.reader.js';

export class GetCustomer360Query extends Query<Customer360View> {
  constructor(
    readonly customerId: string,
    readonly minPosition: number | undefined,
  ) {
    super();
  }
}

/** The 360 document with the customer's churn score (another read model, read by the same id) at now. */
@QueryHandler(GetCustomer360Query)
export class GetCustomer360Handler implements IQueryHandler<GetCustomer360Query> {
  constructor(
    private readonly reader: ReadModelReader,
    private readonly clock: Clock,
  ) {}

  async execute({ customerId, minPosition }: GetCustomer360Query): Promise<Customer360View> {
    const names = [customer360Projection.name, churnRiskProjection.name];
    const [profileId, churnId] = (await this.reader.projectionIds(names, minPosition)) as [string, string];
    const { store } = this.reader;
    const [doc, churn] = await Promise.all([
      store.get<Customer360Document>(profileId, CUSTOMER_360_COLLECTION.name, customerId),
      store.get<ChurnInputsDocument>(churnId, CHURN_INPUTS_COLLECTION.name, customerId),
    ]);
    if (doc === undefined) throw new CustomerNotFound(customerId);
    return customer360View(doc, churn ?? null, this.clock.now(), CURRENT_CHURN_MODEL);
  }
}
