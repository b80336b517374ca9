import { resolve } from 'node:path';
import { DEFAULT_RULES } from '@concord/domain';
import { ConfigError, loadConfig } from './concord.config.js';

describe('loadConfig', () => {
  it('has defaults for everything', () => {
    expect(loadConfig({}, '/srv/concord')).toEqual({
      port: 3000,
      host: '127.0.0.1',
      dataDir: '/srv/concord/.data',
      jwtSecret: undefined,
      eventStore: 'sqlite',
      readStore: 'sqlite',
      mongodbUrl: undefined,
      mongodbDatabase: 'concord',
      projector: 'embedded',
      rules: DEFAULT_RULES,
      logLevel: 'log',
    });
  });

  it('reads every variable', () => {
    const config = loadConfig(
      {
        PORT: '8080',
        HOST: '0.0.0.0',
        CONCORD_DATA_DIR: 'var/data',
        CONCORD_JWT_SECRET: 's'.repeat(40),
        CONCORD_EVENT_STORE: 'sqlite',
        CONCORD_COMPLAINT_DECISION_DAYS: '10',
        CONCORD_LOG_LEVEL: 'DEBUG',
      },
      '/srv',
    );
    expect(config).toMatchObject({
      port: 8080,
      host: '0.0.0.0',
      dataDir: resolve('/srv/var/data'),
      jwtSecret: 's'.repeat(40),
      logLevel: 'debug',
      rules: { ...DEFAULT_RULES, complaintDecisionDays: 10 },
    });
  });

  it('treats empty values as unset', () => {
    expect(loadConfig({ PORT: '', CONCORD_JWT_SECRET: '  ' }).port).toBe(3000);
    expect(loadConfig({ CONCORD_JWT_SECRET: '' }).jwtSecret).toBeUndefined();
  });

  it('names every problem at once, with what to set', () => {
    const attempt = () =>
      loadConfig({
        PORT: '70000',
        CONCORD_EVENT_STORE: 'eventstoredb',
        CONCORD_COMPLAINT_DECISION_DAYS: 'fifteen',
        CONCORD_LOG_LEVEL: 'loud',
      });
    expect(attempt).toThrow(ConfigError);
    try {
      attempt();
    } catch (error) {
      const problems = (error as ConfigError).problems;
      expect(problems).toHaveLength(4);
      expect(problems.join('\n')).toContain('CONCORD_EVENT_STORE is "eventstoredb"; set one of: sqlite.');
      expect((error as ConfigError).message).toMatch(/^Concord cannot start; fix its configuration:/);
    }
  });

  it('refuses a JWT secret too short for HS256, without echoing it', () => {
    expect(() => loadConfig({ CONCORD_JWT_SECRET: 'hunter2' })).toThrow(/CONCORD_JWT_SECRET must be at least 32 bytes/);
    expect(() => loadConfig({ CONCORD_JWT_SECRET: 'hunter2' })).not.toThrow(/hunter2/);
  });

  it.each(['0', '31', '-1', '1.5'])('refuses CONCORD_COMPLAINT_DECISION_DAYS=%s', (days) => {
    expect(() => loadConfig({ CONCORD_COMPLAINT_DECISION_DAYS: days })).toThrow(/CONCORD_COMPLAINT_DECISION_DAYS/);
  });

  it('reads the MongoDB read store settings', () => {
    const config = loadConfig({
      CONCORD_READ_STORE: 'mongodb',
      MONGODB_URL: 'mongodb://db.internal:27017/',
      MONGODB_DATABASE: 'concord_prod',
    });
    expect(config).toMatchObject({
      readStore: 'mongodb',
      mongodbUrl: 'mongodb://db.internal:27017/',
      mongodbDatabase: 'concord_prod',
    });
  });

  it.each([
    ['external', 'external'],
    ['EMBEDDED', 'embedded'],
    [' embedded ', 'embedded'],
  ])('reads CONCORD_PROJECTOR=%j as %s', (setting, mode) => {
    expect(loadConfig({ CONCORD_PROJECTOR: setting }).projector).toBe(mode);
  });

  it('refuses an unknown CONCORD_PROJECTOR, saying what each mode means', () => {
    expect(() => loadConfig({ CONCORD_PROJECTOR: 'both' })).toThrow(
      'CONCORD_PROJECTOR is "both"; set embedded (the API runs the projections) or external ' +
        '(apps/projector runs them).',
    );
  });

  it.each([
    [{ CONCORD_READ_STORE: 'mongodb' }, 'set MONGODB_URL'],
    [{ CONCORD_READ_STORE: 'postgres' }, 'CONCORD_READ_STORE is "postgres"; set one of: sqlite, mongodb.'],
    [{ MONGODB_URL: 'http://db:27017' }, 'MONGODB_URL must start with mongodb://'],
    [{ MONGODB_DATABASE: 'bad.name' }, 'MONGODB_DATABASE must be'],
  ])('refuses %j', (env, problem) => {
    expect(() => loadConfig(env)).toThrow(problem);
  });
});
