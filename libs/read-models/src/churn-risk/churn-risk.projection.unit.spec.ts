import {
  complaintDeadlineExtended,
  complaintResolved,
  customerClassified,
  customerComplained,
  customerContacted,
  customerRegistered,
  customerSurveyed,
  projectionSpec,
  relationshipEnded,
  relationshipResumed,
} from '@concord/testing';
import { DocumentMissing } from '../shared/read-model.errors.js';
import { churnBounds } from './churn-bounds.js';
import type { ChurnFacts, ChurnInputsDocument } from './churn-inputs.document.js';
import { CHURN_MODEL_V1 } from './churn-model.v1.js';
import { churnRiskProjection } from './churn-risk.projection.js';

const spec = projectionSpec(churnRiskProjection);
const COLLECTION = 'churn_inputs';

const registered: ChurnFacts = {
  customerId: 'c-1',
  status: 'active',
  relationshipManagerId: 'rm-7',
  segment: null,
  valueTier: null,
  activeSince: '2026-01-05T09:00:00.000Z',
  lastContactAt: null,
  complaints: [],
  latestCsat: null,
  latestNps: null,
  lastTwoSurveys: [],
  downgrade: null,
};

/** The document the projection stores for these facts: the facts and their bounds (churn-bounds.unit.spec.ts). */
const doc = (facts: ChurnFacts): ChurnInputsDocument => ({ ...facts, ...churnBounds(facts, CHURN_MODEL_V1) });

const gold = customerClassified({ segment: 'affluent', valueTier: 'gold', classifiedAt: '2026-01-06T00:00:00.000Z' });
const silver = customerClassified({
  segment: 'affluent',
  valueTier: 'silver',
  previous: { segment: 'affluent', valueTier: 'gold' },
  classifiedAt: '2026-02-01T00:00:00.000Z',
});
const goldAgain = customerClassified({
  segment: 'affluent',
  valueTier: 'gold',
  previous: { segment: 'affluent', valueTier: 'silver' },
  classifiedAt: '2026-03-01T00:00:00.000Z',
});
const survey = (surveyId: string, kind: 'csat' | 'nps', score: number, respondedAt: string) =>
  customerSurveyed({ surveyId, kind, score, respondedAt });

describe('churn-risk projection', () => {
  it('starts with the relationship and nothing else, bounded by its first year', () => {
    spec.given([customerRegistered()]).then(COLLECTION, 'c-1', {
      ...registered,
      recencyFrom: '2026-01-05T09:00:00.000Z',
      boundsFrom: '2026-01-05T09:00:00.000Z',
      scoreCeiling: 5,
      scoreFloor: 0,
      settledAt: '2027-01-05T09:00:00.000Z',
      settledCeiling: 0,
    });
  });

  it('keeps the latest contact that reached the customer, ignoring unanswered calls', () => {
    spec
      .given([
        customerRegistered(),
        customerContacted({ contactId: 'k-1', occurredAt: '2026-02-01T00:00:00.000Z' }),
        customerContacted({ contactId: 'k-2', occurredAt: '2026-01-20T00:00:00.000Z' }),
        customerContacted({ contactId: 'k-3', occurredAt: '2026-03-01T00:00:00.000Z', outcome: { status: 'not_reached', reason: 'no_answer' } }),
      ])
      .then(COLLECTION, 'c-1', doc({ ...registered, lastContactAt: '2026-02-01T00:00:00.000Z' }));
  });

  it('records a downgrade and clears it when the tier is raised again', () => {
    const downgraded: ChurnFacts = {
      ...registered,
      segment: 'affluent',
      valueTier: 'silver',
      downgrade: { classifiedAt: '2026-02-01T00:00:00.000Z', segment: null, valueTier: { from: 'gold', to: 'silver' } },
    };
    spec.given([customerRegistered(), gold, silver]).then(COLLECTION, 'c-1', doc(downgraded));
    spec.given([customerRegistered(), gold, silver, goldAgain]).then(COLLECTION, 'c-1', doc({
      ...downgraded,
      valueTier: 'gold',
      downgrade: null,
    }));
  });

  it('keeps each complaint with its due date in force and its resolution', () => {
    spec
      .given([
        customerRegistered(),
        customerComplained(),
        customerComplained({
          complaintId: 'complaint-2',
          receivedAt: '2026-01-11T00:00:00.000Z',
          dueAt: '2026-01-26T00:00:00.000Z',
        }),
        complaintDeadlineExtended(),
        complaintResolved({ complaintId: 'complaint-2', resolvedAt: '2026-01-20T00:00:00.000Z' }),
      ])
      .then(COLLECTION, 'c-1', doc({
        ...registered,
        complaints: [
          {
            complaintId: 'complaint-1',
            receivedAt: '2026-01-10T08:00:00.000Z',
            dueAt: '2026-02-09T08:00:00.000Z',
            resolvedAt: null,
          },
          {
            complaintId: 'complaint-2',
            receivedAt: '2026-01-11T00:00:00.000Z',
            dueAt: '2026-01-26T00:00:00.000Z',
            resolvedAt: '2026-01-20T00:00:00.000Z',
          },
        ],
      }));
  });

  it('keeps the latest CSAT, the latest NPS and the last two responses by when they were given', () => {
    spec
      .given([
        customerRegistered(),
        survey('s-1', 'csat', 5, '2026-02-01T00:00:00.000Z'),
        survey('s-2', 'nps', 3, '2026-03-01T00:00:00.000Z'),
        survey('s-3', 'csat', 4, '2026-01-15T00:00:00.000Z'), // backdated: older than both
        survey('s-4', 'csat', 2, '2026-03-05T00:00:00.000Z'),
      ])
      .then(COLLECTION, 'c-1', doc({
        ...registered,
        latestCsat: { surveyId: 's-4', kind: 'csat', score: 2, respondedAt: '2026-03-05T00:00:00.000Z' },
        latestNps: { surveyId: 's-2', kind: 'nps', score: 3, respondedAt: '2026-03-01T00:00:00.000Z' },
        lastTwoSurveys: [
          { surveyId: 's-2', kind: 'nps', score: 3, respondedAt: '2026-03-01T00:00:00.000Z' },
          { surveyId: 's-4', kind: 'csat', score: 2, respondedAt: '2026-03-05T00:00:00.000Z' },
        ],
      }));
  });

  it('marks departures, and a resumption restarts the tenure', () => {
    spec.given([customerRegistered(), relationshipEnded()]).then(COLLECTION, 'c-1', doc({ ...registered, status: 'departed' }));
    spec
      .given([customerRegistered(), relationshipEnded(), relationshipResumed()])
      .then(COLLECTION, 'c-1', doc({ ...registered, activeSince: '2026-03-25T12:00:00.000Z' }));
  });

  it('holds no personal data', () => {
    spec.given([customerRegistered({ email: 'li.wei@example.com' })]).then(COLLECTION, 'c-1', doc(registered));
  });

  it('stops on a resolution of a complaint it never saw filed', () => {
    const given = spec.given([customerRegistered(), complaintResolved()]);
    expect(() => given.thenMissing(COLLECTION, 'x')).toThrow(DocumentMissing);
  });

  it('changes nothing when the same events are replayed', () => {
    spec
      .given([
        customerRegistered(),
        gold,
        customerContacted(),
        silver,
        customerComplained(),
        complaintDeadlineExtended(),
        complaintResolved(),
        survey('s-1', 'csat', 5, '2026-02-01T00:00:00.000Z'),
        survey('s-2', 'nps', 3, '2026-03-01T00:00:00.000Z'),
        survey('s-3', 'csat', 1, '2026-03-02T00:00:00.000Z'),
        relationshipEnded(),
        relationshipResumed(),
        goldAgain,
      ])
      .thenReplayChangesNothing();
  });
});
