import { Controller, Get, HttpStatus, Inject, Logger, Res } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { EventStore } from '@concord/event-store';
import { Public } from '../auth/access.decorators.js';
import { EVENT_STORE } from '../infrastructure/event-store.provider.js';

export type Health = Readonly<{
  status: 'ok' | 'unavailable';
  eventStore: Readonly<{ status: 'up' | 'down'; headPosition?: number }>;
}>;

/** Liveness and readiness in one: 200 while the event store answers, 503 otherwise. */
@ApiTags('health')
@Controller('health')
export class HealthController {
  private readonly logger = new Logger('Health');

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly adapterHost: HttpAdapterHost,
  ) {}

  @Get()
  @Public()
  @ApiOkResponse({ description: '{ status: "ok", eventStore: { status: "up", headPosition } }' })
  @ApiServiceUnavailableResponse({ description: 'The event store does not answer.' })
  async health(@Res({ passthrough: true }) reply: object): Promise<Health> {
    try {
      return { status: 'ok', eventStore: { status: 'up', headPosition: await this.store.headPosition() } };
    } catch (error) {
      this.logger.warn(`Event store health check failed: ${error instanceof Error ? error.message : String(error)}`);
      this.adapterHost.httpAdapter.status(reply, HttpStatus.SERVICE_UNAVAILABLE);
      return { status: 'unavailable', eventStore: { status: 'down' } };
    }
  }
}
