import { Controller, Get, HttpStatus, Inject, Logger, Res } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { EventStore } from '@concord/event-store';
import type { ReadModelStore } from '@concord/read-models';
import { Public } from '../auth/access.decorators.js';
import { healthReport, type HealthReport, type Probe } from '../health/health-report.js';
import { probe } from '../health/probe.js';
import { EVENT_STORE } from '../infrastructure/event-store.provider.js';
import { READ_MODEL_STORE } from '../infrastructure/read-model-store.provider.js';

/** Longest a store may take to answer a probe before it counts as down. */
const PROBE_DEADLINE_MS = 2_000;

/**
 * Liveness and readiness in one, public (it names no customer and no projection): 200 `ok` or `degraded` while
 * commands can be stored, 503 `unavailable` while the event store does not answer.
 */
@ApiTags('health')
@Controller('health')
export class HealthController {
  private readonly logger = new Logger('Health');

  constructor(
    @Inject(EVENT_STORE) private readonly events: EventStore,
    @Inject(READ_MODEL_STORE) private readonly readModels: ReadModelStore,
    private readonly adapterHost: HttpAdapterHost,
  ) {}

  @Get()
  @Public()
  @ApiOkResponse({
    description:
      '{ status: "ok" | "degraded", eventStore: { status, headPosition }, readStore: { status, projections: ' +
      '{ live, rebuilding, failed, stopped } } }; degraded: the read store does not answer or a projection failed.',
  })
  @ApiServiceUnavailableResponse({ description: '{ status: "unavailable", … }: the event store does not answer.' })
  async health(@Res({ passthrough: true }) reply: object): Promise<HealthReport> {
    const [head, records] = await Promise.all([
      probe(() => this.events.headPosition(), PROBE_DEADLINE_MS),
      probe(() => this.readModels.records(), PROBE_DEADLINE_MS),
    ]);
    this.warnAbout('Event store', head);
    this.warnAbout('Read-model store', records);
    const report = healthReport(head, records);
    if (report.status === 'unavailable') this.adapterHost.httpAdapter.status(reply, HttpStatus.SERVICE_UNAVAILABLE);
    return report;
  }

  private warnAbout(store: string, result: Probe<unknown>): void {
    if (!result.ok) this.logger.warn(`${store} health check failed: ${result.reason}`);
  }
}
