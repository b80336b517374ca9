import { MILLISECONDS_PER_DAY } from '@concord/domain';
import { toProjectedEvents } from '@concord/testing';
import fc from 'fast-check';
import { buildReadModels } from '../testing/build-read-models.js';
import { CHURN_NOW, calmInputs, troubledInputs } from '../testing/churn-inputs.fixtures.js';
import { generatedHistory } from '../testing/customer-history.arbitrary.js';
import { churnBounds } from './churn-bounds.js';
import type { ChurnInputsDocument } from './churn-inputs.document.js';
import { CHURN_MODEL_V1 } from './churn-model.v1.js';
import { scoreChurnRisk } from './churn-risk.score.js';
import { recencyContribution } from './relationship.factors.js';

const model = CHURN_MODEL_V1;

const recencyAt = (doc: Pick<ChurnInputsDocument, 'recencyFrom'>, now: string): number =>
  recencyContribution(Math.max(0, Math.floor((Date.parse(now) - Date.parse(doc.recencyFrom)) / MILLISECONDS_PER_DAY)), model);

describe('churn score bounds', () => {
  it('bound the worked example: fixed and pending factors below, the rest as they stand at the latest fact above', () => {
    // Latest fact: complaint b, 2026-05-20. Fixed: 2 open (16) + CSAT 2 (12) + falling (8) = 36; none overdue yet (a
    // falls due on 2026-05-25). Above: 36 + both overdue eventually (20) + 2 recent (10) + downgrade (10) + first
    // year (5) = 81.
    // Settled once the first year ends (2026-12-01), after the downgrade's 180 days and every complaint's 90 and
    // due date: fixed 36 + both overdue 20 = 56 from then on.
    expect(churnBounds(troubledInputs, model)).toEqual({
      recencyFrom: '2026-01-28T00:00:00.000Z',
      boundsFrom: '2026-05-20T00:00:00.000Z',
      scoreCeiling: 81,
      scoreFloor: 36,
      settledAt: '2026-12-01T00:00:00.000Z',
      settledCeiling: 56,
    });
    // 86.7 at CHURN_NOW: 36 + 15.7 ≤ 86.7 ≤ 81 + 15.7.
    expect(scoreChurnRisk(troubledInputs, CHURN_NOW, model).score).toBe(86.7);
  });

  it('leave a settled customer nothing but recency', () => {
    expect(churnBounds(calmInputs, model)).toMatchObject({
      scoreCeiling: 0,
      scoreFloor: 0,
      settledCeiling: 0,
      recencyFrom: calmInputs.lastContactAt,
    });
  });

  it('settle to the last millisecond a window or a due date can move a factor', () => {
    const { settledAt, settledCeiling } = churnBounds(troubledInputs, model);
    const before = new Date(Date.parse(settledAt) - 1).toISOString();
    const withoutRecency = (now: string) => {
      const { score, factors } = scoreChurnRisk(troubledInputs, now, model);
      return Math.round(score * 10) - Math.round((factors.find((f) => f.factor === 'days_since_last_contact')?.contribution ?? 0) * 10);
    };
    expect(withoutRecency(settledAt)).toBe(settledCeiling * 10);
    expect(withoutRecency(before)).toBe(settledCeiling * 10 + 50); // the first year's 5 points, to its last millisecond
  });

  it('hold at every instant from the latest fact on, and from settledAt on exactly, for random histories', () => {
    const later = fc.array(fc.integer({ min: 0, max: 800 * MILLISECONDS_PER_DAY }), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(generatedHistory, later, ({ events }, offsets) => {
        const documents = buildReadModels([toProjectedEvents(events)]).get('churn-risk');
        for (const doc of documents?.all<ChurnInputsDocument>('churn_inputs') ?? []) {
          for (const offset of offsets) {
            const now = new Date(Date.parse(doc.boundsFrom) + offset).toISOString();
            const [score, recency] = [scoreChurnRisk(doc, now, model).score, recencyAt(doc, now)];
            // In tenths, as scores are summed; the score is capped at 100, so is the floor's reach.
            expect(Math.min(1000, Math.round((doc.scoreFloor + recency) * 10))).toBeLessThanOrEqual(Math.round(score * 10));
            expect(Math.round(score * 10)).toBeLessThanOrEqual(Math.min(1000, Math.round((doc.scoreCeiling + recency) * 10)));
            const settledNow = new Date(Math.max(Date.parse(now), Date.parse(doc.settledAt))).toISOString();
            const settled = Math.round(scoreChurnRisk(doc, settledNow, model).score * 10);
            const settledRecency = Math.round(recencyAt(doc, settledNow) * 10);
            expect(settled).toBeLessThanOrEqual(Math.min(1000, doc.settledCeiling * 10 + settledRecency));
            expect(settled).toBeGreaterThanOrEqual(Math.min(1000, doc.settledCeiling * 10 - 9 + settledRecency));
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});
