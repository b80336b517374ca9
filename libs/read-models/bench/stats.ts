/** Median of a non-empty list (the mean of the middle two for an even count). */
export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

/** Nearest-rank percentile (p in 0–100) of a non-empty list. */
export const percentile = (values: readonly number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] as number;
};

export const round = (value: number, digits = 0): number => Number(value.toFixed(digits));

/** Repeats a measurement and keeps the median: these machines are noisy, single runs drift. */
export const medianOf = async (rounds: number, measure: (round: number) => Promise<number>): Promise<number> => {
  const results: number[] = [];
  for (let i = 0; i < rounds; i += 1) results.push(await measure(i));
  return median(results);
};

export const progress = (line: string): void => void process.stderr.write(`${line}\n`);
