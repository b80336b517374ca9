/**
 * Where the bearer token (service role) comes from: CONCORD_TOKEN holds it, or CONCORD_TOKEN_FILE names a file read
 * again at every connection, so a secret manager can renew the token without restarting the service.
 */
export type TokenSource = Readonly<{ kind: 'value'; value: string }> | Readonly<{ kind: 'file'; path: string }>;

/** The service's settings, from the environment. */
export type AlertsConfig = Readonly<{
  /** Concord API base URL (CONCORD_API_URL). */
  apiUrl: string;
  token: TokenSource;
  /** Where the state file (checkpoint, open complaints, alerts sent) lives (ALERTS_DATA_DIR). */
  dataDir: string;
  /** Alert on open complaints due within this many hours (ALERTS_DEADLINE_HOURS). */
  deadlineHours: number;
  /** How often deadlines are checked and queued alerts sent (ALERTS_CHECK_INTERVAL_SECONDS). */
  checkIntervalMs: number;
  /** Where alerts are POSTed; unset: they are logged (ALERTS_WEBHOOK_URL). */
  webhookUrl?: string;
}>;

/** What to fix in the environment, every problem at once. */
export class AlertsConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`complaint-alerts cannot start; set these environment variables:\n  ${problems.join('\n  ')}`);
    this.name = 'AlertsConfigError';
  }
}

const isHttpUrl = (value: string): boolean => {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
};

const wholeNumber = (
  env: NodeJS.ProcessEnv,
  name: string,
  fallback: number,
  [min, max]: readonly [number, number],
  problems: string[],
): number => {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
  if (value >= min && value <= max) return value;
  problems.push(`${name} must be a whole number from ${min} to ${max} (default ${fallback}); it is "${raw}".`);
  return fallback;
};

/** @throws AlertsConfigError listing every missing or malformed variable (never echoing the token). */
export const loadAlertsConfig = (env: NodeJS.ProcessEnv): AlertsConfig => {
  const problems: string[] = [];
  const apiUrl = env['CONCORD_API_URL'] ?? '';
  if (!isHttpUrl(apiUrl)) {
    problems.push(`CONCORD_API_URL must be the Concord API's http(s) base URL, e.g. http://localhost:3000.`);
  }
  const token = (env['CONCORD_TOKEN'] ?? '').trim();
  const tokenFile = (env['CONCORD_TOKEN_FILE'] ?? '').trim();
  if ((token === '') === (tokenFile === '')) {
    problems.push(
      'CONCORD_TOKEN must hold a bearer token with the service role (concord token --role service …), or ' +
        'CONCORD_TOKEN_FILE name a file holding one (read at every connection, so it can be renewed); set one of them.',
    );
  }
  const webhookUrl = env['ALERTS_WEBHOOK_URL'];
  if (webhookUrl !== undefined && webhookUrl !== '' && !isHttpUrl(webhookUrl)) {
    problems.push('ALERTS_WEBHOOK_URL must be an http(s) URL, or unset to log alerts instead.');
  }
  const deadlineHours = wholeNumber(env, 'ALERTS_DEADLINE_HOURS', 48, [1, 720], problems);
  const checkSeconds = wholeNumber(env, 'ALERTS_CHECK_INTERVAL_SECONDS', 60, [1, 3600], problems);
  if (problems.length > 0) throw new AlertsConfigError(problems);
  return {
    apiUrl,
    token: token === '' ? { kind: 'file', path: tokenFile } : { kind: 'value', value: token },
    dataDir: env['ALERTS_DATA_DIR'] || './.data/complaint-alerts',
    deadlineHours,
    checkIntervalMs: checkSeconds * 1000,
    ...(webhookUrl ? { webhookUrl } : {}),
  };
};
