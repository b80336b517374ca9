import type { Subscription } from './event-store.port.js';
import { createOpenSubscriptions } from './open-subscriptions.js';

/** A subscription that ends when told to (done resolves or rejects) and counts its stops. */
const fakeSubscription = () => {
  let end!: () => void;
  let fail!: (error: Error) => void;
  const done = new Promise<void>((resolve, reject) => {
    end = resolve;
    fail = reject;
  });
  done.catch(() => undefined);
  let stops = 0;
  const subscription: Subscription = {
    done,
    stop: async () => {
      stops += 1;
      end();
    },
  };
  return { subscription, end, fail, stops: () => stops };
};

const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('createOpenSubscriptions', () => {
  it('given open subscriptions, when all are stopped, then each is stopped once', async () => {
    const open = createOpenSubscriptions();
    const [first, second] = [fakeSubscription(), fakeSubscription()];
    open.track(first.subscription);
    open.track(second.subscription);

    await open.stopAll();

    expect([first.stops(), second.stops()]).toEqual([1, 1]);
  });

  it('given subscriptions that ended by themselves, or failed, then they are not stopped again', async () => {
    const open = createOpenSubscriptions();
    const [ended, failed, running] = [fakeSubscription(), fakeSubscription(), fakeSubscription()];
    for (const { subscription } of [ended, failed, running]) open.track(subscription);
    ended.end();
    failed.fail(new Error('handler failed'));
    await settle();

    await open.stopAll();

    expect([ended.stops(), failed.stops(), running.stops()]).toEqual([0, 0, 1]);
  });

  it('returns the subscription it tracks', () => {
    const { subscription } = fakeSubscription();

    expect(createOpenSubscriptions().track(subscription)).toBe(subscription);
  });
});
