import { UsageError } from '../cli-output.js';

const UNIT_SECONDS: Readonly<Record<string, number>> = { s: 1, m: 60, h: 3600, d: 86_400 };

/** Parses `90s`, `15m`, `8h`, `7d` into seconds. */
export const parseDuration = (text: string): number => {
  const match = /^(\d+)([smhd])$/.exec(text.trim());
  const seconds = match ? Number(match[1]) * (UNIT_SECONDS[match[2] as string] as number) : 0;
  if (seconds <= 0) throw new UsageError(`"${text}" is not a duration: write a positive number and a unit, e.g. 15m, 8h, 7d.`);
  return seconds;
};
