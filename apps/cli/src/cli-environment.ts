import { resolve } from 'node:path';

/** The settings the CLI shares with the API, read from the same environment variables. */
export type CliEnvironment = Readonly<{ dataDir: string; jwtSecret?: string }>;

export const readCliEnvironment = (env: NodeJS.ProcessEnv): CliEnvironment => ({
  dataDir: resolve(env['CONCORD_DATA_DIR'] ?? '.data'),
  jwtSecret: env['CONCORD_JWT_SECRET'],
});
