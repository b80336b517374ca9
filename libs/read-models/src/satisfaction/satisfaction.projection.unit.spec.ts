import {
  customerClassified,
  customerRegistered,
  customerSurveyed,
  projectionSpec,
  toProjectedEvents,
} from '@concord/testing';
import { satisfactionProjection } from './satisfaction.projection.js';
import type { SurveyResponseDocument } from './satisfaction.document.js';

const spec = projectionSpec(satisfactionProjection);
const RESPONSES = 'survey_responses';

const mass = customerClassified({ segment: 'mass', valueTier: 'silver', classifiedAt: '2026-01-06T00:00:00.000Z' });
const affluent = customerClassified({
  segment: 'affluent',
  valueTier: 'gold',
  previous: { segment: 'mass', valueTier: 'silver' },
  classifiedAt: '2026-02-01T00:00:00.000Z',
});
const early = customerSurveyed({
  surveyId: 's-1',
  kind: 'nps',
  score: 9,
  channel: 'wechat',
  respondedAt: '2026-01-20T00:00:00.000Z',
});
const late = customerSurveyed({ surveyId: 's-2', kind: 'csat', score: 2, respondedAt: '2026-02-10T00:00:00.000Z' });

const response = (overrides: Partial<SurveyResponseDocument>): SurveyResponseDocument => ({
  customerId: 'c-1',
  surveyId: 's-1',
  kind: 'nps',
  score: 9,
  channel: 'wechat',
  segment: 'mass',
  respondedAt: '2026-01-20T00:00:00.000Z',
  month: '2026-01',
  ...overrides,
});
const lateResponse = response({
  surveyId: 's-2',
  kind: 'csat',
  score: 2,
  channel: 'mobile_app',
  respondedAt: '2026-02-10T00:00:00.000Z',
  month: '2026-02',
});

describe('satisfaction projection', () => {
  it('files a response with no segment before the customer is classified', () => {
    spec.given([customerRegistered(), early]).then(RESPONSES, 'c-1:s-1', response({ segment: null }));
  });

  it('gives each response the segment in force when it was given', () => {
    spec.given([customerRegistered(), mass, early, affluent, late]).thenCollection(RESPONSES, {
      'c-1:s-1': response({}),
      'c-1:s-2': { ...lateResponse, segment: 'affluent' },
    });
  });

  it('gives a backdated response the segment of its own time', () => {
    const backdated = customerSurveyed({ surveyId: 's-3', respondedAt: '2026-01-25T00:00:00.000Z' });
    spec
      .given([customerRegistered(), mass, affluent, backdated])
      .then(
        RESPONSES,
        'c-1:s-3',
        response({ surveyId: 's-3', kind: 'csat', score: 4, channel: 'mobile_app', respondedAt: '2026-01-25T00:00:00.000Z' }),
      );
  });

  it('remembers the segment history per customer, by stream revision', () => {
    spec.given([customerRegistered(), mass, early, affluent]).then('satisfaction_customers', 'c-1', {
      customerId: 'c-1',
      segments: [
        { revision: 1, classifiedAt: '2026-01-06T00:00:00.000Z', segment: 'mass' },
        { revision: 3, classifiedAt: '2026-02-01T00:00:00.000Z', segment: 'affluent' },
      ],
    });
  });

  it('keeps responses of different customers apart even when their survey ids coincide', () => {
    const other = customerSurveyed({ customerId: 'c-2', surveyId: 's-1', score: 1 });
    spec.given([customerRegistered(), early, customerRegistered({ customerId: 'c-2' }), other]).thenCollection(RESPONSES, {
      'c-1:s-1': response({ segment: null }),
      'c-2:s-1': expect.objectContaining({ customerId: 'c-2', surveyId: 's-1', score: 1 }),
    });
  });

  it('declares both documents a response touches', () => {
    const [event] = toProjectedEvents([early]);
    expect(event && satisfactionProjection.documentsFor(event)).toEqual([
      { collection: 'satisfaction_customers', id: 'c-1' },
      { collection: RESPONSES, id: 'c-1:s-1' },
    ]);
  });

  it('changes nothing when replayed', () => {
    spec.given([customerRegistered(), mass, early, affluent, late]).thenReplayChangesNothing();
  });

  it('keeps the segment a response was recorded under when replayed after a classification timed before it', () => {
    // A response dated a minute ahead (within the allowed clock skew), then a classification recorded after it.
    const ahead = customerSurveyed({ surveyId: 's-9', respondedAt: '2026-02-01T00:01:00.000Z' });
    const history = [customerRegistered(), mass, ahead, affluent];
    spec.given(history).then(RESPONSES, 'c-1:s-9', expect.objectContaining({ segment: 'mass' }));
    spec.given(history).thenReplayChangesNothing();
  });
});
