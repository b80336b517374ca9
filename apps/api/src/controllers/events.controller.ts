import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiHeader, ApiOkResponse, ApiProduces, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { Role } from '@concord/contracts';
import { Roles } from '../auth/access.decorators.js';
import { ErrorBody } from '../dto/answers.dto.js';
import { EventFeedQuery, EventPageDto } from '../dto/event-feed.dto.js';
import { RequestValidationFailed } from '../errors/request-validation.error.js';
import { wantsEventStream } from '../events/accept.js';
import { eventFeedParams, LAST_EVENT_ID_HEADER, type EventFeedParams } from '../events/event-feed.params.js';
import { EventStreams } from '../events/event-streams.js';
import { audienceOf } from '../events/published-event.js';
import { authenticationOf, singleHeader, type ConcordRequest } from '../http/concord-request.js';
import { beginEventStream, type ConcordReply } from '../http/event-stream-response.js';
import { Reader, type ReaderContext } from '../http/request-context.decorator.js';
import { ALL_CUSTOMERS, AuditLog } from '../infrastructure/audit-log.js';
import { ApiSecured } from '../openapi/api-docs.decorators.js';
import { GetEventPageQuery } from '../queries/get-event-page.handler.js';

/** Downstream services; admins (always allowed) too, and only they receive personal data (see audienceOf). */
const CONSUMERS: [Role] = ['service'];

/**
 * The event log for downstream services, in global order, at-least-once: Server-Sent Events for
 * `Accept: text/event-stream`, else one JSON page. See docs/api.md, "Events for downstream services".
 */
@ApiTags('events')
@Controller('v1/events')
export class EventsController {
  constructor(
    private readonly queries: QueryBus,
    private readonly streams: EventStreams,
    private readonly auditLog: AuditLog,
  ) {}

  @Get()
  @Roles(...CONSUMERS)
  @ApiSecured('Events after a position: an SSE stream (catch-up, then live) or a JSON page', CONSUMERS)
  @ApiProduces('application/json', 'text/event-stream')
  @ApiHeader({
    name: LAST_EVENT_ID_HEADER,
    required: false,
    description: 'The id (global position) of the last event handled; wins over `after`.',
  })
  @ApiOkResponse({
    type: EventPageDto,
    description:
      'JSON: one page. SSE: `id:` the position, `event:` the type, `data:` the event as in a page; comment ' +
      'heartbeats; a final `stream-closed` event when the server ends the stream (shutdown, slow consumer, ' +
      'failure, or the token expiring: the stream lasts no longer than its token).',
  })
  @ApiServiceUnavailableResponse({ type: ErrorBody, description: 'SERVICE.UNAVAILABLE: shutting down.' })
  async events(
    @Query() query: EventFeedQuery,
    @Req() request: ConcordRequest,
    @Res() reply: ConcordReply,
    @Reader() reader: ReaderContext,
  ): Promise<void> {
    const params = eventFeedParams(query, request.headers[LAST_EVENT_ID_HEADER.toLowerCase()]);
    const audience = audienceOf(reader.actor);
    if (wantsEventStream(singleHeader(request, 'accept'))) {
      if (query.limit !== undefined) {
        throw new RequestValidationFailed([{ field: 'limit', messages: ['limit applies to JSON pages, not streams'] }]);
      }
      const { expiresAt } = authenticationOf(request).principal;
      this.streams.open(() => beginEventStream(reply), { ...params, audience, correlationId: request.id, expiresAt });
    } else {
      reply.send(await this.queries.execute(new GetEventPageQuery(params, audience)));
    }
    if (audience.personalData) this.auditLog.recordRead({ ...reader, customerId: audited(params) });
  }
}

const audited = ({ filter }: EventFeedParams): string => filter.customerId ?? ALL_CUSTOMERS;
