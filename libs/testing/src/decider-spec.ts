import { fold, type Decider } from '@concord/domain';

/** An error class to match with `instanceof`, or a stable error code to match against the error's `code`. */
export type ExpectedRejection = (abstract new (...args: never[]) => Error) | string;

type Outcome<Event> = Readonly<{ accepted: true; events: readonly Event[] } | { accepted: false; error: unknown }>;

export type DeciderExpectation<Event> = Readonly<{
  /** Passes when the command is accepted with exactly these events (compared with `toEqual`). */
  then: (expected: readonly Event[]) => void;
  /** Passes when the command is rejected with an instance of the class, or an error carrying the code. */
  thenThrows: (expected: ExpectedRejection) => void;
}>;

const describeRejection = (expected: ExpectedRejection): string =>
  typeof expected === 'string' ? `code ${expected}` : expected.name;

const describeError = (error: unknown): string => {
  if (!(error instanceof Error)) return String(error);
  const code = (error as { code?: unknown }).code;
  return `${error.constructor.name}${typeof code === 'string' ? ` (${code})` : ''}: ${error.message}`;
};

/**
 * Given/when/then for a decider: `given(events).when(command).then(events)` or `.thenThrows(ErrorClass | code)`.
 * The history is folded outside the try, so a history that evolve refuses fails the test as itself instead of
 * passing as the expected rejection.
 */
export const deciderSpec =
  <Command, Event, State>(decider: Decider<Command, Event, State>) =>
  (history: readonly Event[]) => ({
    when: (command: Command): DeciderExpectation<Event> => {
      const run = (): Outcome<Event> => {
        const state = fold(decider, history);
        try {
          return { accepted: true, events: decider.decide(command, state) };
        } catch (error) {
          return { accepted: false, error };
        }
      };
      return {
        then: (expected) => {
          // Awaiting the expectation by mistake calls then(resolve, reject): fail loudly instead of asserting nothing.
          if (!Array.isArray(expected)) throw new TypeError('then() expects the list of events the command yields');
          const outcome = run();
          if (!outcome.accepted) {
            const rejection = describeError(outcome.error);
            throw new Error(`Expected the command to be accepted, but it was rejected: ${rejection}`);
          }
          expect(outcome.events).toEqual(expected);
        },
        thenThrows: (expected) => {
          const outcome = run();
          if (outcome.accepted) {
            throw new Error(
              `Expected the command to be rejected with ${describeRejection(expected)}, but it was accepted with ` +
                JSON.stringify(outcome.events, null, 2),
            );
          }
          if (typeof expected === 'string') expect(outcome.error).toHaveProperty('code', expected);
          else expect(outcome.error).toBeInstanceOf(expected);
        },
      };
    },
  });
