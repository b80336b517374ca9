import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import {
  CHURN_INPUTS_COLLECTION,
  churnRiskDetail,
  churnRiskList,
  churnRiskProjection,
  CURRENT_CHURN_MODEL,
  type ChurnInputsDocument,
  type ChurnRiskDetail,
  type ChurnRiskListItem,
  type ChurnRiskListParams,
  type Page,
} from '@concord/read-models';
import { Clock } from '../infrastructure/clock.js';
import { CustomerNotFound } from './customer-history.reader.js';
import { ReadModelReader } from './read-model.reader.js';

/** The customer has left: departed customers are not scored (they are no longer at risk of leaving). */
export class CustomerNotScored extends Error {
  readonly code = 'CHURN_RISK.NOT_SCORED';

  constructor(customerId: string) {
    super(`Customer ${customerId} has ended the relationship; departed customers have no churn-risk score.`);
    this.name = 'CustomerNotScored';
  }
}

export class ListChurnRiskQuery extends Query<Page<ChurnRiskListItem>> {
  constructor(
    readonly params: ChurnRiskListParams,
    readonly minPosition: number | undefined,
  ) {
    super();
  }
}

export class GetChurnRiskQuery extends Query<ChurnRiskDetail> {
  constructor(
    readonly customerId: string,
    readonly minPosition: number | undefined,
  ) {
    super();
  }
}

/** Scores at now (recency never goes stale), highest first, reading only the customers that can reach the page. */
@QueryHandler(ListChurnRiskQuery)
export class ListChurnRiskHandler implements IQueryHandler<ListChurnRiskQuery> {
  constructor(
    private readonly reader: ReadModelReader,
    private readonly clock: Clock,
  ) {}

  async execute({ params, minPosition }: ListChurnRiskQuery): Promise<Page<ChurnRiskListItem>> {
    const [id] = (await this.reader.projectionIds([churnRiskProjection.name], minPosition)) as [string];
    return churnRiskList(this.reader.store, id, params, this.clock.now());
  }
}

@QueryHandler(GetChurnRiskQuery)
export class GetChurnRiskHandler implements IQueryHandler<GetChurnRiskQuery> {
  constructor(
    private readonly reader: ReadModelReader,
    private readonly clock: Clock,
  ) {}

  async execute({ customerId, minPosition }: GetChurnRiskQuery): Promise<ChurnRiskDetail> {
    const [id] = (await this.reader.projectionIds([churnRiskProjection.name], minPosition)) as [string];
    const doc = await this.reader.store.get<ChurnInputsDocument>(id, CHURN_INPUTS_COLLECTION.name, customerId);
    if (doc === undefined) throw new CustomerNotFound(customerId);
    const detail = churnRiskDetail(doc, this.clock.now(), CURRENT_CHURN_MODEL);
    if (detail === null) throw new CustomerNotScored(customerId);
    return detail;
  }
}
