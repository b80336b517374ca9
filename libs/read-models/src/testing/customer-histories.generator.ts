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
import { interpretSteps } from './customer-history.interpreter.js';
import { DAY, type Step } from './customer-history.step.js';

export type HistoriesOptions = Readonly<{
  customers: number;
  /** Random steps per customer; the interpreter drops those the decider would reject, so events ≤ steps + 1. */
  stepsPerCustomer: number;
  seed: number;
  /** Number of the first customer (`c-<n>`), to generate more customers beside earlier ones. Default 1. */
  firstCustomer?: number;
}>;

/** mulberry32: small, fast and seeded, so large histories are the same on every run. */
const random = (seed: number): (() => number) => {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
};

const ACTIONS: readonly (readonly [Step['action'], number])[] = [
  ['contact', 3],
  ['survey', 3],
  ['classify', 2],
  ['complain', 2],
  ['extend', 2],
  ['resolve', 3],
  ['end', 1],
  ['resume', 1],
];
const ACTION_TOTAL = ACTIONS.reduce((sum, [, weight]) => sum + weight, 0);

const stepsOf = (next: () => number, count: number): Step[] => {
  const int = (max: number): number => Math.floor(next() * (max + 1));
  const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)] as T;
  const maybe = <T>(values: readonly T[]): T | null => (next() < 0.3 ? null : pick(values));
  const action = (): Step['action'] => {
    let roll = next() * ACTION_TOTAL;
    for (const [name, weight] of ACTIONS) {
      roll -= weight;
      if (roll < 0) return name;
    }
    return 'contact';
  };
  return Array.from({ length: count }, () => ({
    action: action(),
    gapMs: 1 + int(40 * DAY),
    backdateMs: next() < 0.5 ? 0 : int(12 * DAY),
    pick: int(1000),
    channel: pick(CHANNELS),
    outcome: maybe(CONTACT_OUTCOME_STATUSES),
    segment: pick(SEGMENTS),
    valueTier: maybe(VALUE_TIERS),
    riskRating: maybe(RISK_RATINGS),
    category: pick(['fees_and_charges', 'cards', 'payments']),
    product: pick(['credit_card', 'mortgage']),
    severity: pick(COMPLAINT_SEVERITIES),
    kind: pick(SURVEY_KINDS),
    score: int(10),
  }));
};

/**
 * Valid histories of many customers (the same interpreter as the property tests, so the decider would accept
 * them), interleaved uniformly at random as a busy store would order them: each customer's events keep their
 * order, consecutive events mostly belong to different customers. Deterministic for a seed.
 */
export const generateCustomerHistories = (options: HistoriesOptions): CustomerEvent[] => {
  const next = random(options.seed);
  const first = options.firstCustomer ?? 1;
  const base = Date.parse('2024-01-01T00:00:00.000Z');
  const histories = Array.from({ length: options.customers }, (_, index) =>
    interpretSteps(
      {
        customerId: `c-${first + index}`,
        manager: `rm-${1 + Math.floor(next() * 50)}`,
        registeredAt: base + Math.floor(next() * 365 * DAY),
      },
      stepsOf(next, options.stepsPerCustomer),
    ),
  );
  const slots: number[] = [];
  histories.forEach((history, customer) => {
    for (let i = 0; i < history.length; i += 1) slots.push(customer);
  });
  for (let i = slots.length - 1; i > 0; i -= 1) {
    const j = Math.floor(next() * (i + 1));
    [slots[i], slots[j]] = [slots[j] as number, slots[i] as number];
  }
  const cursors = new Array<number>(histories.length).fill(0);
  return slots.map((customer) => {
    const index = cursors[customer] as number;
    cursors[customer] = index + 1;
    return (histories[customer] as CustomerEvent[])[index] as CustomerEvent;
  });
};
