import { Module, type DynamicModule, type Provider } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { AuthGuard } from './auth/auth.guard.js';
import { jwtSecretProvider } from './auth/jwt-secret.provider.js';
import { ClassifyCustomerHandler } from './commands/classify-customer.handler.js';
import { ContactCustomerHandler } from './commands/contact-customer.handler.js';
import { CustomerCommandRunner, RETRY_POLICY } from './commands/customer-command.runner.js';
import { EndRelationshipHandler } from './commands/end-relationship.handler.js';
import { ExtendComplaintDeadlineHandler } from './commands/extend-complaint-deadline.handler.js';
import { FileComplaintHandler } from './commands/file-complaint.handler.js';
import { jitteredBackoff, type RetryPolicy } from './commands/handle-command.js';
import { RegisterCustomerHandler } from './commands/register-customer.handler.js';
import { ResolveComplaintHandler } from './commands/resolve-complaint.handler.js';
import { ResumeRelationshipHandler } from './commands/resume-relationship.handler.js';
import { SurveyCustomerHandler } from './commands/survey-customer.handler.js';
import type { ConcordConfig } from '@concord/config';
import { CONCORD_CONFIG, DOMAIN_RULES } from './config/nest-config.js';
import { AuditController } from './controllers/audit.controller.js';
import { ChurnRiskController } from './controllers/churn-risk.controller.js';
import { ComplaintWorklistController } from './controllers/complaint-worklist.controller.js';
import { ComplaintsController } from './controllers/complaints.controller.js';
import { Customer360Controller } from './controllers/customer-360.controller.js';
import { CustomersController } from './controllers/customers.controller.js';
import { DashboardsController } from './controllers/dashboards.controller.js';
import { EventsController } from './controllers/events.controller.js';
import { HealthController } from './controllers/health.controller.js';
import { MetricsController } from './controllers/metrics.controller.js';
import { ProjectionsController } from './controllers/projections.controller.js';
import { ApiExceptionFilter } from './errors/api-exception.filter.js';
import { StrictValidationPipe } from './errors/validation.pipe.js';
import { DEFAULT_EVENT_STREAM_SETTINGS, type EventStreamSettings } from './events/event-stream.js';
import { EVENT_STREAM_SETTINGS, EventStreams } from './events/event-streams.js';
import { AuditLog, LoggerAuditLog } from './infrastructure/audit-log.js';
import { Clock, SystemClock } from './infrastructure/clock.js';
import { EmbeddedProjector } from './infrastructure/embedded-projector.js';
import { EventStoreLifecycle, eventStoreProvider } from './infrastructure/event-store.provider.js';
import { IdGenerator, TimeOrderedIdGenerator } from './infrastructure/id-generator.js';
import { ReadModelStoreLifecycle, readModelStoreProvider } from './infrastructure/read-model-store.provider.js';
import { metricsProvider } from './metrics/metrics.provider.js';
import { StoreGauges } from './metrics/store-gauges.provider.js';
import { GetChurnRiskHandler, ListChurnRiskHandler } from './queries/churn-risk.handlers.js';
import { CustomerHistoryReader } from './queries/customer-history.reader.js';
import {
  ComplaintsDashboardHandler,
  ContactCoverageHandler,
  SatisfactionDashboardHandler,
} from './queries/dashboard.handlers.js';
import { GetCustomer360Handler } from './queries/get-customer-360.handler.js';
import { GetCustomerHistoryHandler } from './queries/get-customer-history.handler.js';
import { GetCustomerStateHandler } from './queries/get-customer-state.handler.js';
import { GetEventPageHandler } from './queries/get-event-page.handler.js';
import { GetProjectionStatusesHandler } from './queries/get-projection-statuses.handler.js';
import { OpenComplaintsHandler } from './queries/open-complaints.handler.js';
import {
  DEFAULT_READ_YOUR_WRITES,
  READ_YOUR_WRITES,
  ReadModelReader,
  type ReadYourWrites,
} from './queries/read-model.reader.js';
import { VerifyCustomerHistoryHandler } from './queries/verify-customer-history.handler.js';

/**
 * Conflicts on one customer are retried with fresh reads; eight attempts with full jitter from 5 ms (capped at
 * 250 ms) absorb dozens of simultaneous writers on one stream while bounding a request's extra wait to ~1 s.
 */
export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 8, backoff: jitteredBackoff(5, 250) };

/** Replacements for the providers tests (and the benchmark) may want to control. */
export type AppOverrides = Readonly<{
  clock?: Clock;
  ids?: IdGenerator;
  auditLog?: AuditLog;
  retry?: RetryPolicy;
  /** How long queries wait for `?minPosition=` (2 s by default). */
  readYourWrites?: ReadYourWrites;
  /** Heartbeat interval, stall bound and batch size of `GET /v1/events` streams (15 s, 30 s, 100 by default). */
  eventStreams?: Partial<EventStreamSettings>;
}>;

const commandHandlers = [
  RegisterCustomerHandler,
  ContactCustomerHandler,
  ClassifyCustomerHandler,
  FileComplaintHandler,
  ExtendComplaintDeadlineHandler,
  ResolveComplaintHandler,
  SurveyCustomerHandler,
  EndRelationshipHandler,
  ResumeRelationshipHandler,
];

const queryHandlers = [
  GetCustomerHistoryHandler,
  GetCustomerStateHandler,
  VerifyCustomerHistoryHandler,
  GetCustomer360Handler,
  ListChurnRiskHandler,
  GetChurnRiskHandler,
  SatisfactionDashboardHandler,
  ComplaintsDashboardHandler,
  OpenComplaintsHandler,
  ContactCoverageHandler,
  GetProjectionStatusesHandler,
  GetEventPageHandler,
];

const controllers = [
  CustomersController,
  ComplaintsController,
  AuditController,
  Customer360Controller,
  ChurnRiskController,
  DashboardsController,
  ComplaintWorklistController,
  ProjectionsController,
  EventsController,
  HealthController,
  MetricsController,
];

@Module({})
export class AppModule {
  static forRoot(config: ConcordConfig, overrides: AppOverrides = {}): DynamicModule {
    const providers: Provider[] = [
      { provide: CONCORD_CONFIG, useValue: config },
      { provide: DOMAIN_RULES, useValue: config.rules },
      { provide: RETRY_POLICY, useValue: overrides.retry ?? DEFAULT_RETRY_POLICY },
      { provide: Clock, ...(overrides.clock ? { useValue: overrides.clock } : { useClass: SystemClock }) },
      { provide: IdGenerator, ...(overrides.ids ? { useValue: overrides.ids } : { useClass: TimeOrderedIdGenerator }) },
      { provide: AuditLog, ...(overrides.auditLog ? { useValue: overrides.auditLog } : { useClass: LoggerAuditLog }) },
      { provide: READ_YOUR_WRITES, useValue: overrides.readYourWrites ?? DEFAULT_READ_YOUR_WRITES },
      { provide: EVENT_STREAM_SETTINGS, useValue: { ...DEFAULT_EVENT_STREAM_SETTINGS, ...overrides.eventStreams } },
      metricsProvider,
      eventStoreProvider,
      EventStoreLifecycle,
      readModelStoreProvider,
      ReadModelStoreLifecycle,
      EmbeddedProjector,
      StoreGauges,
      ReadModelReader,
      EventStreams,
      jwtSecretProvider,
      { provide: APP_GUARD, useClass: AuthGuard },
      { provide: APP_PIPE, useClass: StrictValidationPipe },
      { provide: APP_FILTER, useClass: ApiExceptionFilter },
      CustomerCommandRunner,
      CustomerHistoryReader,
      ...commandHandlers,
      ...queryHandlers,
    ];
    return {
      module: AppModule,
      imports: [CqrsModule.forRoot()],
      controllers,
      providers,
    };
  }
}
