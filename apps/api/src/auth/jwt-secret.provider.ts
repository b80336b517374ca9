import type { Provider } from '@nestjs/common';
import { resolveJwtSecret } from '@concord/auth';
import type { ConcordConfig } from '@concord/config';
import { CONCORD_CONFIG } from '../config/nest-config.js';

/** DI token of the HS256 secret (Uint8Array). */
export const JWT_SECRET = Symbol('JWT_SECRET');

export const jwtSecretProvider: Provider = {
  provide: JWT_SECRET,
  inject: [CONCORD_CONFIG],
  useFactory: (config: ConcordConfig): Promise<Uint8Array> =>
    resolveJwtSecret({ configured: config.jwtSecret, dataDir: config.dataDir }),
};
