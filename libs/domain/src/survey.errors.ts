import { DomainError } from './domain-error.js';

export class SurveyScoreOutOfRange extends DomainError {
  constructor(kind: string, score: number, min: number, max: number) {
    super(
      'SURVEY.SCORE_OUT_OF_RANGE',
      `A ${kind} score must be a whole number from ${min} to ${max}; got ${score}.`,
    );
  }
}

export class SurveyDuplicateId extends DomainError {
  constructor(surveyId: string) {
    super('SURVEY.DUPLICATE_ID', `Survey ${surveyId} is already recorded; use a new survey id.`);
  }
}

export class SurveyUnknownRelatedComplaint extends DomainError {
  constructor(complaintId: string) {
    super(
      'SURVEY.UNKNOWN_RELATED_COMPLAINT',
      `This customer has no complaint ${complaintId}; name one of the customer's complaints or leave it out.`,
    );
  }
}

export class SurveyUnknownRelatedContact extends DomainError {
  constructor(contactId: string) {
    super(
      'SURVEY.UNKNOWN_RELATED_CONTACT',
      `This customer has no contact ${contactId}; name one of the customer's contacts or leave it out.`,
    );
  }
}
