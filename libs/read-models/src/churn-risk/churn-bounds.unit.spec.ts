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
    expect(churnBounds(troubledInputs, model)).toEqual({
      recencyFrom: '2026-01-28T00:00:00.000Z',
      scoreCeiling: 81,
      scoreFloor: 36,
      boundsFrom: '2026-05-20T00:00:00.000Z',
    });
    // 86.7 at CHURN_NOW: 36 + 15.7 ≤ 86.7 ≤ 81 + 15.7.
    expect(scoreChurnRisk(troubledInputs, CHURN_NOW, model).score).toBe(86.7);
  });

  it('leave a settled customer nothing but recency', () => {
    expect(churnBounds(calmInputs, model)).toMatchObject({ scoreCeiling: 0, scoreFloor: 0, recencyFrom: calmInputs.lastContactAt });
  });

  it('hold at every instant from the latest fact on, for every customer of random histories', () => {
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
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});
