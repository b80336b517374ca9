import {
  CHANNELS,
  COMPLAINT_SEVERITIES,
  CONTACT_OUTCOME_STATUSES,
  RISK_RATINGS,
  SEGMENTS,
  SURVEY_KINDS,
  VALUE_TIERS,
  type CustomerEvent,
} from '@concord/contracts';
import fc from 'fast-check';
import { interpretSteps } from './customer-history.interpreter.js';
import type { Step } from './customer-history.step.js';

const DAY = 86_400_000;
const BASE = Date.parse('2025-01-01T00:00:00.000Z');

/** Weighted so that histories are busy: departures are rare, and most complaints get extended or resolved. */
const ACTION_WEIGHTS: readonly (readonly [Step['action'], number])[] = [
  ['contact', 3],
  ['survey', 3],
  ['classify', 2],
  ['complain', 2],
  ['extend', 2],
  ['resolve', 3],
  ['end', 1],
  ['resume', 1],
];
// fc.constant per action: constantFrom would favour the first values, starving the later ones.
const ACTION = fc.oneof(...ACTION_WEIGHTS.map(([action, weight]) => ({ arbitrary: fc.constant(action), weight })));

const step: fc.Arbitrary<Step> = fc.record({
  action: ACTION,
  // Strictly increasing business time per customer, as the decider's clock would give.
  gapMs: fc.integer({ min: 1, max: 40 * DAY }),
  backdateMs: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 12 * DAY })),
  pick: fc.nat({ max: 1000 }),
  channel: fc.constantFrom(...CHANNELS),
  outcome: fc.option(fc.constantFrom(...CONTACT_OUTCOME_STATUSES), { nil: null }),
  segment: fc.constantFrom(...SEGMENTS),
  valueTier: fc.option(fc.constantFrom(...VALUE_TIERS), { nil: null }),
  riskRating: fc.option(fc.constantFrom(...RISK_RATINGS), { nil: null }),
  category: fc.constantFrom('fees_and_charges', 'cards', 'payments'),
  product: fc.constantFrom('credit_card', 'mortgage'),
  severity: fc.constantFrom(...COMPLAINT_SEVERITIES),
  kind: fc.constantFrom(...SURVEY_KINDS),
  score: fc.nat({ max: 10 }),
});

const customerHistory = (index: number): fc.Arbitrary<CustomerEvent[]> =>
  fc
    .record({
      offsetMs: fc.integer({ min: 0, max: 300 * DAY }),
      manager: fc.constantFrom('rm-1', 'rm-2', 'rm-3'),
      steps: fc.array(step, { maxLength: 40, size: 'medium' }),
    })
    .map(({ offsetMs, manager, steps }) =>
      interpretSteps({ customerId: `c-${index + 1}`, manager, registeredAt: BASE + offsetMs }, steps),
    );

/** Several customers' valid histories, interleaved as a store would order them, plus a `now` after all of them. */
export type GeneratedHistory = Readonly<{ events: readonly CustomerEvent[]; now: string }>;

const interleave = (histories: readonly CustomerEvent[][], picks: readonly number[]): CustomerEvent[] => {
  const queues = histories.map((history) => [...history]);
  const merged: CustomerEvent[] = [];
  for (let i = 0; queues.some((queue) => queue.length > 0); i += 1) {
    const open = queues.filter((queue) => queue.length > 0);
    const queue = open[(picks[i % Math.max(1, picks.length)] ?? 0) % open.length];
    const event = queue?.shift();
    if (event !== undefined) merged.push(event);
  }
  return merged;
};

const latestTime = (events: readonly CustomerEvent[]): number =>
  events.reduce((latest, event) => {
    const times = Object.entries(event.data).filter(([key, value]) => key.endsWith('At') && typeof value === 'string');
    return Math.max(latest, ...times.map(([, value]) => Date.parse(value as string)));
  }, BASE);

export const generatedHistory: fc.Arbitrary<GeneratedHistory> = fc
  .integer({ min: 1, max: 5 })
  .chain((customers) =>
    fc.record({
      histories: fc.tuple(...Array.from({ length: customers }, (_, index) => customerHistory(index))),
      picks: fc.array(fc.nat({ max: 100 }), { maxLength: 20 }),
      afterMs: fc.integer({ min: 0, max: 200 * DAY }),
    }),
  )
  .map(({ histories, picks, afterMs }) => {
    const events = interleave(histories, picks);
    return { events, now: new Date(latestTime(events) + afterMs).toISOString() };
  });
