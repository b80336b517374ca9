import { join, resolve } from 'node:path';
import { DEFAULT_RULES } from '@concord/domain';
import { ConfigError, eventStoreLocation, loadConfig } from './concord.config.js';

describe('loadConfig', () => {
  it('has defaults for everything', () => {
    expect(loadConfig({}, '/srv/concord', 4)).toEqual({
      port: 3000,
      host: '127.0.0.1',
      dataDir: '/srv/concord/.data',
      jwtSecret: undefined,
      eventStore: 'sqlite',
      eventStoreUrl: undefined,
      readStore: 'sqlite',
      mongodbUrl: undefined,
      mongodbDatabase: 'concord',
      projector: 'embedded',
      projectorThreads: 2,
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
        CONCORD_EVENT_STORE: 'cassandra',
        CONCORD_COMPLAINT_DECISION_DAYS: 'fifteen',
        CONCORD_LOG_LEVEL: 'loud',
      });
    expect(attempt).toThrow(ConfigError);
    try {
      attempt();
    } catch (error) {
      const problems = (error as ConfigError).problems;
      expect(problems).toHaveLength(4);
      expect(problems.join('\n')).toContain('CONCORD_EVENT_STORE is "cassandra"; set one of: sqlite, eventstoredb.');
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

  it.each([
    [1, 1],
    [2, 2],
    [8, 2],
  ])('given %i cores, spreads the projections over %i threads by default', (cores, threads) => {
    expect(loadConfig({}, '/srv', cores).projectorThreads).toBe(threads);
  });

  it('reads CONCORD_PROJECTOR_THREADS, and refuses a count out of range with the range', () => {
    expect(loadConfig({ CONCORD_PROJECTOR_THREADS: '3' }, '/srv', 2).projectorThreads).toBe(3);
    expect(() => loadConfig({ CONCORD_PROJECTOR_THREADS: '0' }, '/srv', 2)).toThrow(
      'CONCORD_PROJECTOR_THREADS must be a whole number from 1 to 16 (default 2 here',
    );
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

  describe('the EventStoreDB event store', () => {
    it('reads CONCORD_EVENT_STORE=eventstoredb with its EVENTSTORE_URL', () => {
      const config = loadConfig({ CONCORD_EVENT_STORE: 'eventstoredb', EVENTSTORE_URL: 'esdb://db.internal:2113?tls=true' });
      expect(config).toMatchObject({ eventStore: 'eventstoredb', eventStoreUrl: 'esdb://db.internal:2113?tls=true' });
      expect(eventStoreLocation(config)).toEqual({ kind: 'eventstoredb', url: 'esdb://db.internal:2113?tls=true' });
    });

    it('locates the SQLite store in the data folder by default', () => {
      expect(eventStoreLocation(loadConfig({}, '/srv'))).toEqual({ kind: 'sqlite', file: join('/srv/.data', 'events.sqlite') });
    });

    it.each([
      'esdb://localhost:2113?tls=false',
      'esdb://admin:changeit@node1:2113,node2:2113,node3:2113?tls=true&nodePreference=leader',
      'esdb+discover://cluster.internal:2113?tlsCAFile=/etc/ca.pem&keepAliveInterval=10000',
      'esdb://localhost:2113/?TLS=false&default_deadline=5000',
      'esdb://localhost',
    ])('takes %s', (url) => {
      expect(loadConfig({ CONCORD_EVENT_STORE: 'eventstoredb', EVENTSTORE_URL: url }).eventStoreUrl).toBe(url);
    });

    it.each([
      [
        { CONCORD_EVENT_STORE: 'eventstoredb' },
        'CONCORD_EVENT_STORE is eventstoredb: set EVENTSTORE_URL, e.g. esdb://localhost:2113?tls=false.',
      ],
      [
        { EVENTSTORE_URL: 'http://localhost:2113' },
        'EVENTSTORE_URL must start with esdb:// (one node, or a list of seeds) or esdb+discover://',
      ],
      [
        { EVENTSTORE_URL: 'kurrentdb://localhost:2113' },
        'EVENTSTORE_URL starts with kurrentdb://, which the EventStoreDB client Concord uses does not read',
      ],
      [{ EVENTSTORE_URL: 'esdb://?tls=false' }, 'EVENTSTORE_URL must name the node as host:port'],
      [{ EVENTSTORE_URL: 'esdb://localhost:port' }, 'EVENTSTORE_URL must name the node as host:port'],
      [
        { EVENTSTORE_URL: 'esdb://localhost:2113?tsl=false' },
        'EVENTSTORE_URL has the option "tsl", which the EventStoreDB client does not know',
      ],
      [
        { EVENTSTORE_URL: 'esdb://localhost:2113?tlsVerifyCert=false' },
        "trust the node's certificate authority with tlsCAFile",
      ],
      [
        { EVENTSTORE_URL: 'esdb://localhost:2113?throwOnAppendFailure=false' },
        'remove it, Concord handles failed appends itself',
      ],
    ])('refuses %j, saying what to do', (env, problem) => {
      expect(() => loadConfig(env)).toThrow(problem);
    });

    it('never repeats EVENTSTORE_URL, which may hold a password', () => {
      for (const url of ['http://admin:hunter2@db:2113', 'esdb://admin:hunter2@db:2113?tlsVerifyCert=false&x=1']) {
        expect(() => loadConfig({ CONCORD_EVENT_STORE: 'eventstoredb', EVENTSTORE_URL: url })).toThrow(ConfigError);
        expect(() => loadConfig({ CONCORD_EVENT_STORE: 'eventstoredb', EVENTSTORE_URL: url })).not.toThrow(/hunter2/);
      }
    });
  });
});
