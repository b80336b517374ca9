import { withinLastDays } from '../metrics/time.js';
import { counted } from '../shared/plural.js';
import type { ChurnComplaint, ChurnInputs } from './churn-inputs.document.js';
import type { ChurnFactor, ChurnModel, PerItemWeight } from './churn-model.js';

const points = (count: number, { each, cap }: PerItemWeight): number => Math.min(cap, count * each);

const openOf = (inputs: ChurnInputs): ChurnComplaint[] => inputs.complaints.filter((c) => c.resolvedAt === null);

/** Open past its due date at `now`: decided at query time, so a complaint turns overdue without any event. */
export const isOverdue = (complaint: ChurnComplaint, now: string): boolean =>
  complaint.resolvedAt === null && Date.parse(now) > Date.parse(complaint.dueAt);

export const openComplaintsFactor = (inputs: ChurnInputs, _now: string, model: ChurnModel): ChurnFactor => {
  const open = openOf(inputs).length;
  const detail = open === 0 ? 'No open complaints' : `${counted(open, 'complaint')} open`;
  return { factor: 'open_complaints', contribution: points(open, model.openComplaints), detail };
};

export const overdueComplaintsFactor = (inputs: ChurnInputs, now: string, model: ChurnModel): ChurnFactor => {
  const overdue = inputs.complaints.filter((complaint) => isOverdue(complaint, now)).length;
  const detail = overdue === 0 ? 'No overdue complaints' : `${counted(overdue, 'complaint')} overdue`;
  return { factor: 'overdue_complaints', contribution: points(overdue, model.overdueComplaints), detail };
};

export const recentComplaintsFactor = (inputs: ChurnInputs, now: string, model: ChurnModel): ChurnFactor => {
  const { windowDays } = model.recentComplaints;
  const recent = inputs.complaints.filter((complaint) => withinLastDays(complaint.receivedAt, now, windowDays)).length;
  const detail = `${recent === 0 ? 'No complaints' : counted(recent, 'complaint')} in the last ${windowDays} days`;
  return { factor: 'recent_complaints', contribution: points(recent, model.recentComplaints), detail };
};
