/** Where a command writes: results to `out` (pipeable), progress and errors to `err`. */
export type CliOutput = Readonly<{
  out: (line: string) => void;
  err: (line: string) => void;
}>;

/** A mistake in how the command was called: printed with the usage, exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
