import { STREAM_NAME } from '@eventstore/db-client';
import { concordStreamFilter, isConcordEvent } from './eventstoredb.filter.js';

describe("$all filters: Concord's streams only", () => {
  it('asks the server for the customer- streams by name prefix', () => {
    expect(concordStreamFilter()).toMatchObject({ filterOn: STREAM_NAME, prefixes: ['customer-'] });
  });

  it.each([
    ['customer-1', 'CustomerRegistered', true],
    ['customer-1', '$streamDeleted', false],
    ['$stats-127.0.0.1:2113', '$statsCollected', false],
    ['$ce-customer', '$>', false],
    ['$$customer-1', '$metadata', false],
    ['account-1', 'CustomerRegistered', false],
    ['customers', 'CustomerRegistered', false],
  ])('%s with a %s event: %p', (streamId, type, concord) => {
    expect(isConcordEvent({ streamId, type })).toBe(concord);
  });
});
