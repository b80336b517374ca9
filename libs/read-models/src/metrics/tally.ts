/** How many times one value occurs: what the stores count, so metrics need not see every item. */
export type Tally = Readonly<{ value: number; count: number }>;

export const totalCount = (tallies: readonly Tally[]): number => tallies.reduce((total, { count }) => total + count, 0);
