import { HttpException, NotFoundException } from '@nestjs/common';
import { CustomerAlreadyRegistered, SurveyScoreOutOfRange } from '@concord/domain';
import {
  EventStoreClosed,
  EventStoreUnavailable,
  EventStoreWriterFailed,
  StreamRevisionConflict,
} from '@concord/event-store';
import { InvalidQueryParameter } from '@concord/read-models';
import { Forbidden, Unauthenticated } from '../auth/auth.errors.js';
import { IdempotencyKeyReused } from '../commands/handle-command.js';
import { CustomerNotScored } from '../queries/churn-risk.handlers.js';
import { CustomerNotFound } from '../queries/customer-history.reader.js';
import { ReadModelBehind, ReadModelFailed, ReadModelNotReady } from '../queries/read-model.errors.js';
import { toErrorAnswer } from './api-exception.filter.js';
import { RequestValidationFailed, toFieldErrors } from './request-validation.error.js';

const fastifyError = (code: string, statusCode: number) =>
  new HttpException('fastify said so', statusCode, { cause: Object.assign(new Error('raw'), { code, statusCode }) });

describe('toErrorAnswer', () => {
  it.each<[string, unknown, number, string]>([
    ['validation', new RequestValidationFailed([{ field: 'name', messages: ['bad'] }]), 400, 'VALIDATION_FAILED'],
    ['a conflict', new CustomerAlreadyRegistered('c-1'), 409, 'CUSTOMER.ALREADY_REGISTERED'],
    ['an unprocessable command', new SurveyScoreOutOfRange('csat', 9, 1, 5), 422, 'SURVEY.SCORE_OUT_OF_RANGE'],
    ['a revision conflict', new StreamRevisionConflict('customer-c', { exact: 1 }, 2), 409, 'STREAM.REVISION_CONFLICT'],
    ['a reused key', new IdempotencyKeyReused(), 422, 'IDEMPOTENCY.KEY_REUSED'],
    ['an unknown customer', new CustomerNotFound('c-9'), 404, 'CUSTOMER.NOT_FOUND'],
    ['a departed customer’s churn score', new CustomerNotScored('c-9'), 404, 'CHURN_RISK.NOT_SCORED'],
    ['a bad query parameter', new InvalidQueryParameter('groupBy', 'unknown'), 400, 'VALIDATION_FAILED'],
    ['a read model behind minPosition', new ReadModelBehind(9, 7), 503, 'READ_MODEL.BEHIND'],
    ['a read model being built', new ReadModelNotReady('churn-risk'), 503, 'READ_MODEL.NOT_READY'],
    [
      'a failed read model',
      new ReadModelFailed('complaints', { position: 7, eventType: 'CustomerComplained', failedAt: '2026-11-28T10:00:00.000Z' }),
      503,
      'READ_MODEL.FAILED',
    ],
    ['no token', new Unauthenticated('send one'), 401, 'AUTH.UNAUTHENTICATED'],
    ['the wrong role', new Forbidden(['auditor', 'admin'], ['analyst']), 403, 'AUTH.FORBIDDEN'],
    ['a closed store', new EventStoreClosed('append'), 503, 'SERVICE.UNAVAILABLE'],
    ['a stopped store writer', new EventStoreWriterFailed('worker exited'), 503, 'EVENT_STORE.WRITER_FAILED'],
    ['an unanswering store', EventStoreUnavailable.afterDeadline('append to customer-c', 10_000), 503, 'EVENT_STORE.UNAVAILABLE'],
    ['an unknown route', new NotFoundException('Cannot GET /x'), 404, 'ROUTE.NOT_FOUND'],
    ['a huge body', fastifyError('FST_ERR_CTP_BODY_TOO_LARGE', 413), 413, 'REQUEST.TOO_LARGE'],
    ['a wrong content type', fastifyError('FST_ERR_CTP_INVALID_MEDIA_TYPE', 415), 400, 'VALIDATION_FAILED'],
    ['malformed JSON', fastifyError('FST_ERR_CTP_INVALID_JSON_BODY', 400), 400, 'VALIDATION_FAILED'],
  ])('maps %s', (_, exception, status, code) => {
    const answer = toErrorAnswer(exception);
    expect([answer?.status, answer?.body.code]).toEqual([status, code]);
  });

  it('challenges with WWW-Authenticate on 401', () => {
    expect(toErrorAnswer(new Unauthenticated('expired', 'invalid_token'))?.headers).toEqual({
      'WWW-Authenticate': 'Bearer error="invalid_token"',
    });
    expect(toErrorAnswer(new Unauthenticated('none'))?.headers).toEqual({ 'WWW-Authenticate': 'Bearer' });
  });

  it('names the query parameter as the field of an InvalidQueryParameter', () => {
    expect(toErrorAnswer(new InvalidQueryParameter('limit', '"0" is not a whole number from 1 to 500'))?.body).toEqual({
      code: 'VALIDATION_FAILED',
      message: 'The request is invalid; correct the fields listed in errors.',
      errors: [{ field: 'limit', messages: ['"0" is not a whole number from 1 to 500'] }],
    });
  });

  it('answers READ_MODEL.BEHIND with the position reached and the one asked for, and Retry-After', () => {
    const answer = toErrorAnswer(new ReadModelBehind(12, 10));
    expect(answer?.body).toMatchObject({ code: 'READ_MODEL.BEHIND', position: 10, minPosition: 12 });
    expect(answer?.headers).toEqual({ 'Retry-After': '1' });
  });

  it('leaves unexpected errors (and 5xx HttpExceptions) to the 500 path', () => {
    expect(toErrorAnswer(new TypeError('x is undefined'))).toBeUndefined();
    expect(toErrorAnswer(new HttpException('boom', 502))).toBeUndefined();
    expect(toErrorAnswer('a thrown string')).toBeUndefined();
  });
});

describe('toFieldErrors', () => {
  it('flattens nested errors into dotted paths', () => {
    expect(
      toFieldErrors([
        { property: 'name', constraints: { isString: 'name must be a string' } },
        {
          property: 'address',
          children: [{ property: 'city', constraints: { isString: 'city must be a string', max: 'too long' } }],
        },
      ]),
    ).toEqual([
      { field: 'name', messages: ['name must be a string'] },
      { field: 'address.city', messages: ['city must be a string', 'too long'] },
    ]);
  });
});
