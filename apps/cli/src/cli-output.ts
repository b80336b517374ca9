/** Where a command writes: results to `out` (pipeable), progress and errors to `err`. */
export type CliOutput = Readonly<{
  out: (line: string) => void;
  err: (line: string) => void;
  /** The terminal behind `err`, for progress that redraws one line when it is a TTY. */
  progress: ProgressSink;
}>;

export type ProgressSink = Readonly<{
  /** stderr is a terminal: progress may redraw a single line with `\r`. */
  isTTY: boolean;
  /** The terminal's width, when known. */
  columns?: number;
  /** Writes text as is (no newline added). */
  write: (text: string) => void;
}>;

/** A mistake in how the command was called: printed with the usage, exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/**
 * The command was called correctly but cannot do what was asked (an unknown projection, a configuration to fix):
 * exit code 1, with a message saying what to do.
 */
export class CommandFailed extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CommandFailed';
  }
}
