/**
 * Percentages and days are shown with one decimal place, halves rounded away from zero (so an NPS of −12.25 shows as
 * −12.3, symmetric with +12.3). The tiny nudge absorbs binary representation error: 100 × 49 / 400 is stored as
 * 12.249999…, and must still round to 12.3.
 */
export const roundToOneDecimal = (value: number): number => {
  const rounded = Math.round(Math.abs(value) * 10 + 1e-9) / 10;
  return value < 0 && rounded !== 0 ? -rounded : rounded;
};

/** `part` of `whole` as a percentage 0–100 with one decimal; null when there is nothing to take a share of. */
export const percentage = (part: number, whole: number): number | null =>
  whole === 0 ? null : roundToOneDecimal((100 * part) / whole);
