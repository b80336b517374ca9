import { jest } from '@jest/globals';
import type { EventStore } from '@concord/event-store';
import {
  DEFAULT_EVENT_STREAM_SETTINGS,
  openEventStream,
  type EventStream,
  type StreamEndReason,
} from './event-stream.js';
import { HeldSink, settle } from './testing/held-sink.js';
import { sseBlocks } from './testing/sse-blocks.js';

const TOKEN_LIFETIME_MS = 60_000;

/** A store with nothing to deliver: its subscription waits until stopped, or fails when told to. */
const idleStore = () => {
  let fail: (error: Error) => void = () => undefined;
  const store: Pick<EventStore, 'subscribe'> = {
    subscribe: () => {
      let stopped: () => void = () => undefined;
      const done = new Promise<void>((resolve, reject) => {
        stopped = resolve;
        fail = reject;
      });
      return { stop: async () => stopped(), done };
    },
  };
  return { store, fail: (error: Error) => fail(error) };
};

describe('an event stream and its token expiry', () => {
  // Node streams and settle() run on nextTick and setImmediate: only the clock and the timers are faked.
  beforeEach(() => jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate'] }));
  afterEach(() => jest.useRealTimers());

  const open = (store: Pick<EventStore, 'subscribe'>, sink: HeldSink): EventStream =>
    openEventStream(store, sink, {
      after: 41,
      filter: {},
      audience: { personalData: false },
      correlationId: 'corr-7',
      expiresAt: new Date(Date.now() + TOKEN_LIFETIME_MS),
      settings: DEFAULT_EVENT_STREAM_SETTINGS,
    });

  it('given an open stream, when its token expires, then it ends then and tells the client to come back with a fresh one', async () => {
    const sink = new HeldSink(1 << 20);
    sink.readEverything();
    const stream = open(idleStore().store, sink);
    let ended = false;
    void stream.ended.then(() => (ended = true));

    await jest.advanceTimersByTimeAsync(TOKEN_LIFETIME_MS - 1);
    await settle();
    expect(ended).toBe(false);
    await jest.advanceTimersByTimeAsync(1);
    expect(await stream.ended).toEqual({ reason: 'token-expired' });

    await settle();
    expect(sink.writableFinished).toBe(true);
    const last = sseBlocks(sink.text).at(-1);
    expect(last?.event).toBe('stream-closed');
    expect(last?.id).toBeUndefined();
    const closed = JSON.parse(last?.data ?? '') as Record<string, string>;
    expect(closed).toEqual({
      reason: 'token-expired',
      message: expect.stringMatching(/fresh token.*Last-Event-ID/),
      lastEventId: '41',
      correlationId: 'corr-7',
    });
    expect(last?.comments).toEqual([closed['message']]);
  });

  type Ending = (stream: EventStream, sink: HeldSink, fail: (error: Error) => void) => void;

  it.each<[string, Ending, StreamEndReason]>([
    ['the client leaves', (_stream, sink) => sink.destroy(), 'client-closed'],
    ['the server shuts down', (stream) => void stream.stop(), 'shutdown'],
    ['the store subscription fails', (_stream, _sink, fail) => fail(new Error('disk gone')), 'failed'],
  ])('given an open stream, when %s, then its expiry timer is cleared with every other', async (_, endIt, reason) => {
    const { store, fail } = idleStore();
    const sink = new HeldSink(1 << 20);
    sink.readEverything();
    const stream = open(store, sink);
    expect(jest.getTimerCount()).toBe(2);

    endIt(stream, sink, fail);
    expect((await stream.ended).reason).toBe(reason);
    await settle();
    expect(jest.getTimerCount()).toBe(0);

    const written = sink.text;
    await jest.advanceTimersByTimeAsync(TOKEN_LIFETIME_MS);
    expect(sink.text).toBe(written);
  });
});
