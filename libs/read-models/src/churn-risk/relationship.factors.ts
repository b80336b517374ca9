import { withinLastDays, wholeDaysSince } from '../metrics/time.js';
import { roundToOneDecimal } from '../metrics/rounding.js';
import { counted } from '../shared/plural.js';
import type { ChurnInputs, Downgrade } from './churn-inputs.document.js';
import type { ChurnFactor, ChurnModel } from './churn-model.js';

/** The recency factor's points after `days` whole days without contact: never less for more days. */
export const recencyContribution = (days: number, { contactRecency }: ChurnModel): number => {
  const { graceDays, fullDays, weight } = contactRecency;
  return roundToOneDecimal(weight * Math.min(1, Math.max(0, (days - graceDays) / (fullDays - graceDays))));
};

/** Whole days, so the score moves once a day and reads the same as its detail ("No contact for 124 days"). */
export const contactRecencyFactor = (inputs: ChurnInputs, now: string, model: ChurnModel): ChurnFactor => {
  const { graceDays } = model.contactRecency;
  const days = wholeDaysSince(inputs.lastContactAt ?? inputs.activeSince, now);
  const detail =
    inputs.lastContactAt === null
      ? `No contact in the ${counted(days, 'day')} since the relationship began`
      : days > graceDays
        ? `No contact for ${counted(days, 'day')}`
        : `Last contact ${counted(days, 'day')} ago`;
  return { factor: 'days_since_last_contact', contribution: recencyContribution(days, model), detail };
};

const describeDowngrade = ({ segment, valueTier }: Downgrade): string => {
  const parts = [
    segment === null ? null : `segment from ${segment.from} to ${segment.to}`,
    valueTier === null ? null : `value tier from ${valueTier.from} to ${valueTier.to}`,
  ].filter((part): part is string => part !== null);
  return parts.join(' and ');
};

export const downgradeFactor = (inputs: ChurnInputs, now: string, model: ChurnModel): ChurnFactor => {
  const { windowDays, weight } = model.downgrade;
  const downgrade = inputs.downgrade;
  if (downgrade === null || !withinLastDays(downgrade.classifiedAt, now, windowDays)) {
    return { factor: 'downgrade', contribution: 0, detail: `No downgrade in the last ${windowDays} days` };
  }
  const days = wholeDaysSince(downgrade.classifiedAt, now);
  const detail = `Lowered ${describeDowngrade(downgrade)} ${counted(days, 'day')} ago`;
  return { factor: 'downgrade', contribution: weight, detail };
};

export const shortTenureFactor = (inputs: ChurnInputs, now: string, model: ChurnModel): ChurnFactor => {
  const { belowDays, weight } = model.shortTenure;
  const days = wholeDaysSince(inputs.activeSince, now);
  const detail = `Relationship began ${counted(days, 'day')} ago`;
  return { factor: 'short_tenure', contribution: days < belowDays ? weight : 0, detail };
};
