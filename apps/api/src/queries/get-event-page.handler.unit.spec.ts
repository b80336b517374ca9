import { EventStorePositionUnusable, type EventStore } from '@concord/event-store';
import { RequestValidationFailed } from '../errors/request-validation.error.js';
import { GetEventPageHandler, GetEventPageQuery } from './get-event-page.handler.js';

const storeRefusing = (): EventStore =>
  ({
    readAll: async () => {
      throw new EventStorePositionUnusable('no event at position 12345');
    },
  }) as unknown as EventStore;

const pageAfter = (after: number) =>
  new GetEventPageHandler(storeRefusing()).execute(
    new GetEventPageQuery({ after, limit: 10, filter: {} }, { personalData: false }),
  );

describe('GET /v1/events as JSON, on a store that reads only from stored positions (EventStoreDB)', () => {
  it('answers 400 on `after` when it is no stored event’s position', async () => {
    const answer = pageAfter(12345);
    await expect(answer).rejects.toBeInstanceOf(RequestValidationFailed);
    await expect(answer).rejects.toMatchObject({ errors: [{ field: 'after' }] });
  });

  it('lets the store’s error through when the client gave no position (a fault of the store, not the request)', async () => {
    await expect(pageAfter(0)).rejects.toBeInstanceOf(EventStorePositionUnusable);
  });
});
