import type { CliOutput } from '../cli-output.js';

export type CapturedOutput = Readonly<{
  out: string[];
  err: string[];
  /** What progress wrote, as written (with any `\r` and escape sequences). */
  progress: string[];
  output: CliOutput;
}>;

/** A CliOutput that records every line, for specs; its progress sink is a terminal when `isTTY`. */
export const captureOutput = (isTTY = false): CapturedOutput => {
  const out: string[] = [];
  const err: string[] = [];
  const progress: string[] = [];
  return {
    out,
    err,
    progress,
    output: {
      out: (line) => out.push(line),
      err: (line) => err.push(line),
      progress: { isTTY, write: (text) => progress.push(text) },
    },
  };
};
