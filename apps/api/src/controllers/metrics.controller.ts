import { Controller, Get, Header, Inject, Query } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Role } from '@concord/contracts';
import { Roles } from '../auth/access.decorators.js';
import { NoQueryParameters } from '../errors/no-query-parameters.pipe.js';
import type { ConcordMetrics } from '../metrics/concord-metrics.js';
import { METRICS } from '../metrics/metrics.provider.js';
import { ApiSecured } from '../openapi/api-docs.decorators.js';

/** Monitoring systems scrape with a service token (admins may look too); metrics name no customer. */
const SCRAPERS: [Role, ...Role[]] = ['service'];

@ApiTags('operations')
@Controller('metrics')
export class MetricsController {
  constructor(@Inject(METRICS) private readonly metrics: ConcordMetrics) {}

  @Get()
  @Roles(...SCRAPERS)
  @ApiSecured('Prometheus metrics: append and HTTP latency, projection lag and status, process health', SCRAPERS)
  @ApiProduces('text/plain')
  @ApiOkResponse({ description: 'The Prometheus text exposition format, version 0.0.4.' })
  @Header('Content-Type', 'text/plain; version=0.0.4; charset=utf-8')
  scrape(@Query(NoQueryParameters) _query: Record<string, never>): Promise<string> {
    return this.metrics.registry.metrics();
  }
}
