import { AlertsConfigError, loadAlertsConfig } from './alerts.config.js';

const required = { CONCORD_API_URL: 'http://localhost:3000', CONCORD_TOKEN: 'secret-token-value' };

describe('loadAlertsConfig', () => {
  it('given the two required variables, then the defaults fill the rest', () => {
    expect(loadAlertsConfig(required)).toEqual({
      apiUrl: 'http://localhost:3000',
      token: { kind: 'value', value: 'secret-token-value' },
      dataDir: './.data/complaint-alerts',
      deadlineHours: 48,
      checkIntervalMs: 60_000,
    });
  });

  it('given every variable, then it reads them', () => {
    const config = loadAlertsConfig({
      ...required,
      ALERTS_DATA_DIR: '/var/lib/alerts',
      ALERTS_DEADLINE_HOURS: '24',
      ALERTS_CHECK_INTERVAL_SECONDS: '15',
      ALERTS_WEBHOOK_URL: 'https://hooks.example.internal/complaints',
    });
    expect(config).toMatchObject({
      dataDir: '/var/lib/alerts',
      deadlineHours: 24,
      checkIntervalMs: 15_000,
      webhookUrl: 'https://hooks.example.internal/complaints',
    });
  });

  it('given a token file instead of a token, then the file is the source', () => {
    const { CONCORD_API_URL } = required;
    expect(loadAlertsConfig({ CONCORD_API_URL, CONCORD_TOKEN_FILE: '/run/secrets/concord-token' }).token).toEqual({
      kind: 'file',
      path: '/run/secrets/concord-token',
    });
  });

  it('given both a token and a token file, then it asks for one of them', () => {
    expect(() => loadAlertsConfig({ ...required, CONCORD_TOKEN_FILE: '/run/secrets/concord-token' })).toThrow(
      /CONCORD_TOKEN must hold a bearer token .* set one of them/,
    );
  });

  it('given everything wrong, then one error lists every variable to fix, without echoing a token', () => {
    const failure = (() => {
      try {
        return loadAlertsConfig({
          CONCORD_API_URL: 'localhost:3000',
          CONCORD_TOKEN: ' ',
          ALERTS_WEBHOOK_URL: 'ftp://x',
          ALERTS_DEADLINE_HOURS: '0',
          ALERTS_CHECK_INTERVAL_SECONDS: 'often',
        });
      } catch (error) {
        return error;
      }
    })();
    expect(failure).toBeInstanceOf(AlertsConfigError);
    const problems = (failure as AlertsConfigError).problems;
    expect(problems.map((problem) => problem.split(' ')[0])).toEqual([
      'CONCORD_API_URL',
      'CONCORD_TOKEN',
      'ALERTS_WEBHOOK_URL',
      'ALERTS_DEADLINE_HOURS',
      'ALERTS_CHECK_INTERVAL_SECONDS',
    ]);
  });

  it('given a token, then no problem message contains it', () => {
    try {
      loadAlertsConfig({ CONCORD_TOKEN: 'secret-token-value' });
    } catch (error) {
      expect((error as Error).message).not.toContain('secret-token-value');
    }
    expect.assertions(1);
  });
});
