import { parseArgs } from 'node:util';
import { resolveJwtSecret, signAccessToken } from '@concord/auth';
import { ROLES, type Role } from '@concord/contracts';
import { readCliEnvironment, type CliVariables } from '../cli-environment.js';
import { UsageError, type CliOutput } from '../cli-output.js';
import { parseDuration } from './duration.js';

export const TOKEN_USAGE = `concord token --role <role> [--role <role>…] --sub <subject> [--expires 8h]
  Prints a bearer token for the API, signed with the same secret the API uses
  (CONCORD_JWT_SECRET, or the secret generated in CONCORD_DATA_DIR).
  Roles: ${ROLES.join(', ')}.`;

/** Longest validity a token may be given: a leaked token stays dangerous until it expires. */
const MAX_EXPIRY_SECONDS = 30 * 86_400;

export const tokenCommand = async (args: string[], variables: CliVariables, output: CliOutput): Promise<void> => {
  const { values } = parseArgs({
    args,
    options: {
      role: { type: 'string', multiple: true },
      sub: { type: 'string' },
      expires: { type: 'string', default: '8h' },
    },
    strict: true,
  });
  const roles = values.role ?? [];
  if (roles.length === 0) throw new UsageError('Give at least one --role.');
  const unknown = roles.filter((role) => !(ROLES as readonly string[]).includes(role));
  if (unknown.length > 0) throw new UsageError(`Unknown role ${unknown.join(', ')}: use one of ${ROLES.join(', ')}.`);
  if (!values.sub) throw new UsageError('Give the subject the token speaks for with --sub, e.g. --sub alice.');
  const expiresInSeconds = parseDuration(values.expires);
  if (expiresInSeconds > MAX_EXPIRY_SECONDS) throw new UsageError('A token may be valid for 30 days at most.');

  const env = readCliEnvironment(variables);
  const secret = await resolveJwtSecret({ configured: env.jwtSecret, dataDir: env.dataDir });
  const token = await signAccessToken(secret, { subject: values.sub, roles: roles as Role[] }, { expiresInSeconds });
  output.out(token);
};
