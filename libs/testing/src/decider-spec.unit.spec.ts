import type { Decider } from '@concord/domain';
import { deciderSpec } from './decider-spec.js';

/** A counter that may not go above its limit: small enough that every outcome of the helper is visible. */
type Command = Readonly<{ type: 'Add'; amount: number }>;
type Event = Readonly<{ type: 'Added'; amount: number }> | Readonly<{ type: 'Corrupt' }>;

class LimitExceeded extends Error {
  readonly code = 'COUNTER.LIMIT_EXCEEDED';
}
class OtherError extends Error {
  readonly code = 'COUNTER.OTHER';
}

const LIMIT = 10;
const counter: Decider<Command, Event, number> = {
  initialState: () => 0,
  decide: ({ amount }, total) => {
    if (total + amount > LIMIT) throw new LimitExceeded(`${total} + ${amount} exceeds ${LIMIT}`);
    return [{ type: 'Added', amount }];
  },
  evolve: (total, event) => {
    if (event.type === 'Corrupt') throw new OtherError('history the counter cannot fold');
    return total + event.amount;
  },
};

const given = deciderSpec(counter);
const added = (amount: number): Event => ({ type: 'Added', amount });
const add = (amount: number): Command => ({ type: 'Add', amount });

describe('deciderSpec', () => {
  describe('then', () => {
    it('passes when the command yields exactly the expected events', () => {
      given([added(3)]).when(add(2)).then([added(2)]);
    });

    it('fails when the events differ', () => {
      expect(() => given([]).when(add(2)).then([added(3)])).toThrow();
    });

    it('fails when the command is rejected, naming the error and its code', () => {
      expect(() => given([added(9)]).when(add(2)).then([added(2)])).toThrow(
        /accepted, but it was rejected: LimitExceeded \(COUNTER.LIMIT_EXCEEDED\)/,
      );
    });

    it('fails when awaited instead of being given events', async () => {
      await expect(Promise.resolve(given([]).when(add(1)))).rejects.toThrow(TypeError);
    });
  });

  describe('thenThrows', () => {
    it('passes with the error class', () => {
      given([added(9)]).when(add(2)).thenThrows(LimitExceeded);
    });

    it('passes with the error code', () => {
      given([added(9)]).when(add(2)).thenThrows('COUNTER.LIMIT_EXCEEDED');
    });

    it('folds the history first: the same command is accepted on a shorter one', () => {
      given([added(8)]).when(add(2)).then([added(2)]);
      given([added(8), added(1)]).when(add(2)).thenThrows(LimitExceeded);
    });

    it('fails when the command is accepted, showing the events', () => {
      expect(() => given([]).when(add(2)).thenThrows(LimitExceeded)).toThrow(
        /rejected with LimitExceeded, but it was accepted with/,
      );
    });

    it('fails when a different error class is thrown', () => {
      expect(() => given([added(9)]).when(add(2)).thenThrows(OtherError)).toThrow();
    });

    it('fails when a different code is thrown', () => {
      expect(() => given([added(9)]).when(add(2)).thenThrows('COUNTER.OTHER')).toThrow();
    });

    it('does not mistake a history that cannot be folded for the expected rejection', () => {
      expect(() => given([{ type: 'Corrupt' }]).when(add(1)).thenThrows(OtherError)).toThrow(
        'history the counter cannot fold',
      );
    });
  });
});
