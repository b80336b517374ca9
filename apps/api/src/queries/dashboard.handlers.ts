import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import {
  complaintsDashboard,
  complaintsProjection,
  contactCoverage,
  contactCoverageProjection,
  satisfactionDashboard,
  satisfactionProjection,
  type ComplaintsDashboard,
  type ComplaintsDashboardParams,
  type CoverageParams,
  type CoverageReport,
  type SatisfactionDashboard,
  type SatisfactionParams,
} from '@concord/read-models';
import { Clock } from '../infrastructure/clock.js';
import { ReadModelReader } from './read-model.reader.js';

/** A dashboard query: validated parameters and the caller's read-your-writes position. */
abstract class DashboardQuery<Params, Answer> extends Query<Answer> {
  constructor(
    readonly params: Params,
    readonly minPosition: number | undefined,
  ) {
    super();
  }
}

export class GetSatisfactionDashboardQuery extends DashboardQuery<SatisfactionParams, SatisfactionDashboard> {}
export class GetComplaintsDashboardQuery extends DashboardQuery<ComplaintsDashboardParams, ComplaintsDashboard> {}
export class GetContactCoverageQuery extends DashboardQuery<CoverageParams, CoverageReport> {}

@QueryHandler(GetSatisfactionDashboardQuery)
export class SatisfactionDashboardHandler implements IQueryHandler<GetSatisfactionDashboardQuery> {
  constructor(private readonly reader: ReadModelReader) {}

  async execute({ params, minPosition }: GetSatisfactionDashboardQuery): Promise<SatisfactionDashboard> {
    const [id] = (await this.reader.projectionIds([satisfactionProjection.name], minPosition)) as [string];
    return satisfactionDashboard(this.reader.store, id, params);
  }
}

@QueryHandler(GetComplaintsDashboardQuery)
export class ComplaintsDashboardHandler implements IQueryHandler<GetComplaintsDashboardQuery> {
  constructor(
    private readonly reader: ReadModelReader,
    private readonly clock: Clock,
  ) {}

  async execute({ params, minPosition }: GetComplaintsDashboardQuery): Promise<ComplaintsDashboard> {
    const [id] = (await this.reader.projectionIds([complaintsProjection.name], minPosition)) as [string];
    return complaintsDashboard(this.reader.store, id, params, this.clock.now());
  }
}

@QueryHandler(GetContactCoverageQuery)
export class ContactCoverageHandler implements IQueryHandler<GetContactCoverageQuery> {
  constructor(
    private readonly reader: ReadModelReader,
    private readonly clock: Clock,
  ) {}

  async execute({ params, minPosition }: GetContactCoverageQuery): Promise<CoverageReport> {
    const [id] = (await this.reader.projectionIds([contactCoverageProjection.name], minPosition)) as [string];
    return contactCoverage(this.reader.store, id, params, this.clock.now());
  }
}
