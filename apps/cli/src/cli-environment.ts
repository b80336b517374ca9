import { resolve } from 'node:path';

/** The process environment, as commands read it (the same variables the API reads). */
export type CliVariables = Readonly<Record<string, string | undefined>>;

/** The settings `concord token` shares with the API. */
export type CliEnvironment = Readonly<{ dataDir: string; jwtSecret?: string }>;

export const readCliEnvironment = (env: CliVariables): CliEnvironment => ({
  dataDir: resolve(env['CONCORD_DATA_DIR'] ?? '.data'),
  jwtSecret: env['CONCORD_JWT_SECRET'],
});
