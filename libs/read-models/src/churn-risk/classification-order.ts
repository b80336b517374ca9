import { VALUE_TIERS, type Classification, type Segment, type ValueTier } from '@concord/contracts';

/**
 * Segments form two ladders, lowest first: retail (mass < affluent < private banking) and business
 * (SME < corporate < institutional). A move down a ladder is a downgrade; a move between ladders (a sole trader
 * reclassified from SME to mass) compares nothing and is neither.
 */
export const SEGMENT_LADDERS: readonly (readonly Segment[])[] = [
  ['mass', 'affluent', 'private_banking'],
  ['sme', 'corporate', 'institutional'],
];

type Move = 'lower' | 'higher' | 'none';

const moveOn = <T>(ladder: readonly T[], from: T | undefined, to: T | undefined): Move => {
  const [a, b] = [from === undefined ? -1 : ladder.indexOf(from), to === undefined ? -1 : ladder.indexOf(to)];
  if (a < 0 || b < 0 || a === b) return 'none';
  return b < a ? 'lower' : 'higher';
};

const segmentMove = (from: Segment, to: Segment): Move => {
  const ladder = SEGMENT_LADDERS.find((candidate) => candidate.includes(from) && candidate.includes(to));
  return ladder === undefined ? 'none' : moveOn(ladder, from, to);
};

export type ClassificationChange =
  | Readonly<{
      kind: 'downgrade';
      segment: Readonly<{ from: Segment; to: Segment }> | null;
      valueTier: Readonly<{ from: ValueTier; to: ValueTier }> | null;
    }>
  | Readonly<{ kind: 'upgrade' }>
  | Readonly<{ kind: 'lateral' }>;

/**
 * A downgrade lowers the segment or the value tier (even if it raises the other); an upgrade raises one and lowers
 * neither; anything else (risk rating only, a move between ladders, a tier appearing or vanishing) is lateral.
 */
export const classificationChange = (previous: Classification | null, next: Classification): ClassificationChange => {
  if (previous === null) return { kind: 'lateral' };
  const segment = segmentMove(previous.segment, next.segment);
  const valueTier = moveOn(VALUE_TIERS, previous.valueTier, next.valueTier);
  if (segment === 'lower' || valueTier === 'lower') {
    return {
      kind: 'downgrade',
      segment: segment === 'lower' ? { from: previous.segment, to: next.segment } : null,
      valueTier:
        valueTier === 'lower' && previous.valueTier !== undefined && next.valueTier !== undefined
          ? { from: previous.valueTier, to: next.valueTier }
          : null,
    };
  }
  return segment === 'higher' || valueTier === 'higher' ? { kind: 'upgrade' } : { kind: 'lateral' };
};
