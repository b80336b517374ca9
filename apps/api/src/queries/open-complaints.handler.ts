import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import {
  complaintsProjection,
  openComplaintsWorklist,
  type OpenComplaintItem,
  type OpenComplaintsParams,
  type Page,
} from '@concord/read-models';
import { Clock } from '../infrastructure/clock.js';
import { ReadModelReader } from './read-model.reader.js';

export class GetOpenComplaintsQuery extends Query<Page<OpenComplaintItem>> {
  constructor(
    readonly params: OpenComplaintsParams,
    readonly minPosition: number | undefined,
  ) {
    super();
  }
}

/** The complaint handlers' worklist, earliest due date first, one page read off the index; overdue is judged at now. */
@QueryHandler(GetOpenComplaintsQuery)
export class OpenComplaintsHandler implements IQueryHandler<GetOpenComplaintsQuery> {
  constructor(
    private readonly reader: ReadModelReader,
    private readonly clock: Clock,
  ) {}

  async execute({ params, minPosition }: GetOpenComplaintsQuery): Promise<Page<OpenComplaintItem>> {
    const [id] = (await this.reader.projectionIds([complaintsProjection.name], minPosition)) as [string];
    return openComplaintsWorklist(this.reader.store, id, params, this.clock.now());
  }
}
