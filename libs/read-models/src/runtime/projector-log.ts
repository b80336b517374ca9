/** Where the projector reports progress, status changes and failures. NestJS's Logger fits as it is. */
export type ProjectorLog = Readonly<{
  log(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}>;

/** One line per message on the console, prefixed with the time: what apps/projector uses by default. */
export const consoleProjectorLog = (): ProjectorLog => {
  const line = (message: string): string => `${new Date().toISOString()} ${message}`;
  return {
    log: (message) => console.log(line(message)),
    warn: (message) => console.warn(line(message)),
    error: (message) => console.error(line(message)),
  };
};

/** Reports nothing: for specs that provoke failures on purpose. */
export const silentProjectorLog = (): ProjectorLog => ({ log: () => undefined, warn: () => undefined, error: () => undefined });
