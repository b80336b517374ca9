import { RequestValidationFailed } from '../errors/request-validation.error.js';
import { eventFeedParams } from './event-feed.params.js';

describe('eventFeedParams', () => {
  it('given nothing, then it starts at the beginning with a page of 100 and no filter', () => {
    expect(eventFeedParams({}, undefined)).toEqual({ after: 0, limit: 100, filter: {} });
  });

  it('given after, limit, types and a customer, then it reads them all', () => {
    const params = eventFeedParams(
      { after: '12', limit: '5', types: 'CustomerComplained, ComplaintResolved', customerId: 'c-1' },
      undefined,
    );
    expect(params).toEqual({
      after: 12,
      limit: 5,
      filter: { types: new Set(['CustomerComplained', 'ComplaintResolved']), customerId: 'c-1' },
    });
  });

  it('given Last-Event-ID and after, then the header wins (a reconnecting EventSource repeats its URL)', () => {
    expect(eventFeedParams({ after: '3' }, '9').after).toBe(9);
  });

  it.each([['x'], ['-1'], ['1.5'], [['1', '2']]])('given Last-Event-ID %j, then it is a 400 naming the header', (id) => {
    const refusal = (): unknown => {
      try {
        return eventFeedParams({}, id);
      } catch (error) {
        return error;
      }
    };
    expect(refusal()).toBeInstanceOf(RequestValidationFailed);
    expect((refusal() as RequestValidationFailed).errors.map((e) => e.field)).toEqual(['Last-Event-ID']);
  });
});
