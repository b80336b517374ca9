export type LogLevel = 'info' | 'warn' | 'error';

/** One structured line per call. Never given tokens; alerts hold no personal data. */
export type Log = (level: LogLevel, message: string, fields?: Readonly<Record<string, unknown>>) => void;

/** JSON lines on stdout (info) and stderr (warn, error), with the time. */
export const jsonLog: Log = (level, message, fields = {}) => {
  const line = `${JSON.stringify({ time: new Date().toISOString(), level, message, ...fields })}\n`;
  (level === 'info' ? process.stdout : process.stderr).write(line);
};
