import type { CustomerSurveyed, SurveyKind } from '@concord/contracts';
import { compact } from './compact.js';
import type { SurveyCustomer } from './customer.commands.js';
import { timeSinceRegistration } from './customer.guards.js';
import type { ActiveCustomer } from './customer.state.js';
import {
  SurveyDuplicateId,
  SurveyScoreOutOfRange,
  SurveyUnknownRelatedComplaint,
  SurveyUnknownRelatedContact,
} from './survey.errors.js';

/** The answer scales of the survey questions (DOMAIN.md): CSAT 1–5, NPS 0–10, whole numbers only. */
export const SURVEY_SCALES: Readonly<Record<SurveyKind, Readonly<{ min: number; max: number }>>> = {
  csat: { min: 1, max: 5 },
  nps: { min: 0, max: 10 },
};

const checkScore = (kind: SurveyKind, score: number): void => {
  const { min, max } = SURVEY_SCALES[kind];
  if (!Number.isInteger(score) || score < min || score > max) throw new SurveyScoreOutOfRange(kind, score, min, max);
};

export const surveyCustomer = ({ data, meta }: SurveyCustomer, customer: ActiveCustomer): CustomerSurveyed[] => {
  checkScore(data.kind, data.score);
  if (customer.surveyIds.has(data.surveyId)) throw new SurveyDuplicateId(data.surveyId);
  const { relatedComplaintId, relatedContactId } = data;
  if (relatedComplaintId !== undefined && !customer.complaints.has(relatedComplaintId)) {
    throw new SurveyUnknownRelatedComplaint(relatedComplaintId);
  }
  if (relatedContactId !== undefined && !customer.contactIds.has(relatedContactId)) {
    throw new SurveyUnknownRelatedContact(relatedContactId);
  }
  return [
    {
      type: 'CustomerSurveyed',
      data: compact({
        customerId: customer.customerId,
        surveyId: data.surveyId,
        kind: data.kind,
        score: data.score,
        comment: data.comment,
        channel: data.channel,
        relatedComplaintId,
        relatedContactId,
        respondedAt: timeSinceRegistration(customer, 'respondedAt', data.respondedAt, meta),
      }),
    },
  ];
};
