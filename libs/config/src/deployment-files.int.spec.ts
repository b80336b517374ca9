import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { loadConfig } from './concord.config.js';

/*
 * There is no Docker engine to start docker/docker-compose.yml or the integration workflow with, so these checks
 * hold them to the code instead: the services the code expects exist, and the environment each Concord process
 * gets passes the same configuration validation the processes run at start-up.
 */

const ROOT = join(import.meta.dirname, '..', '..', '..');
const readYaml = (path: string): Record<string, any> => parse(readFileSync(join(ROOT, path), 'utf8'), { merge: true });

type Service = Readonly<{
  command?: string[];
  environment?: Record<string, string>;
  ports?: string[];
  depends_on?: Record<string, { condition: string }>;
  build?: { context: string; dockerfile: string };
  profiles?: string[];
}>;

/** Compose substitutes `${NAME:?message}` from the shell; a test secret stands in for the operator's. */
const substitute = (environment: Record<string, string>, shell: Record<string, string>): Record<string, string> =>
  Object.fromEntries(
    Object.entries(environment).map(([name, value]) => [
      name,
      String(value).replace(/\$\{(\w+)(?::?[?-][^}]*)?\}/g, (_, variable: string) => shell[variable] ?? ''),
    ]),
  );

/** The projects the image's build stage compiles (its `nx run-many -t build --projects=` list). */
const builtProjects = (): string[] => {
  const dockerfile = readFileSync(join(ROOT, 'docker/Dockerfile'), 'utf8');
  return /nx run-many -t build --projects=(\S+)/.exec(dockerfile)?.[1]?.split(',') ?? [];
};

const hostAndPort = (url: string): string => {
  const { hostname, port } = new URL(url);
  return `${hostname}:${port}`;
};

describe('docker/docker-compose.yml', () => {
  const compose = readYaml('docker/docker-compose.yml');
  const services = compose['services'] as Record<string, Service>;
  const shell = { CONCORD_JWT_SECRET: 'a-test-secret-of-at-least-thirty-two-bytes' };
  const environmentOf = (name: string): Record<string, string> => substitute(services[name]?.environment ?? {}, shell);

  it('has the stores, the API and the projector, and the downstream example behind a profile', () => {
    expect(Object.keys(services).sort()).toEqual(['api', 'complaint-alerts', 'eventstoredb', 'mongodb', 'projector']);
    expect(services['complaint-alerts']?.profiles).toEqual(['examples']);
    expect(environmentOf('complaint-alerts')['CONCORD_API_URL']).toBe(`http://api:${loadConfig(environmentOf('api')).port}`);
  });

  it.each(['api', 'projector'])('gives the %s an environment Concord accepts, on EventStoreDB and MongoDB', (name) => {
    const config = loadConfig(environmentOf(name), '/app');
    expect(config).toMatchObject({ eventStore: 'eventstoredb', readStore: 'mongodb', jwtSecret: shell.CONCORD_JWT_SECRET });
  });

  it('refuses to start without a JWT secret from the operator', () => {
    expect(services['api']?.environment?.['CONCORD_JWT_SECRET']).toMatch(/^\$\{CONCORD_JWT_SECRET:\?.+\}$/);
  });

  it('points the Concord services at the store services, on the ports those publish', () => {
    for (const name of ['api', 'projector']) {
      const environment = environmentOf(name);
      expect(hostAndPort(environment['EVENTSTORE_URL'] ?? '')).toBe('eventstoredb:2113');
      expect(hostAndPort(environment['MONGODB_URL'] ?? '')).toBe('mongodb:27017');
      expect(Object.keys(services[name]?.depends_on ?? {})).toEqual(expect.arrayContaining(['eventstoredb', 'mongodb']));
    }
    expect(services['eventstoredb']?.ports).toContain('2113:2113');
    expect(services['mongodb']?.ports).toContain('27017:27017');
  });

  it('serves the API on all interfaces at the published port, with the projections left to the projector', () => {
    const config = loadConfig(environmentOf('api'), '/app');
    expect(config.host).toBe('0.0.0.0');
    expect(services['api']?.ports).toContain(`${config.port}:${config.port}`);
    expect(config.projector).toBe('external');
  });

  it('starts entry points the build produces', () => {
    for (const [name, source] of [
      ['api', 'apps/api/src/main.ts'],
      ['projector', 'apps/projector/src/main.ts'],
      ['complaint-alerts', 'apps/complaint-alerts/src/main.ts'],
    ] as const) {
      const command = services[name]?.command ?? [];
      expect(command[1]).toBe(source.replace('/src/', '/dist/').replace(/\.ts$/, '.js'));
      expect(() => readFileSync(join(ROOT, source))).not.toThrow();
      expect(services[name]?.build).toEqual({ context: '..', dockerfile: 'docker/Dockerfile' });
      const app = source.split('/').slice(0, 2).join('/');
      const { name: project } = JSON.parse(readFileSync(join(ROOT, app, 'package.json'), 'utf8')) as { name: string };
      expect(builtProjects()).toContain(project);
    }
  });
});

describe('docker/Dockerfile', () => {
  const dockerfile = readFileSync(join(ROOT, 'docker/Dockerfile'), 'utf8');

  it('runs as a non-root user in its final stage', () => {
    const finalStage = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));
    expect(finalStage).toMatch(/^USER node$/m);
  });

  it('uses the Node.js major version the project declares', () => {
    const engines = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).engines.node as string;
    const major = /\d+/.exec(engines)?.[0];
    for (const [, version] of dockerfile.matchAll(/^FROM node:(\d+)/gm)) expect(version).toBe(major);
  });
});

describe('.github/workflows/integration.yml', () => {
  const workflow = readYaml('.github/workflows/integration.yml');
  const job = workflow['jobs']['integration'];

  it('runs the README test command with both servers set for the suites that need them', () => {
    const runs = (job.steps as { run?: string }[]).map((step) => step.run).filter(Boolean);
    expect(runs).toContain('npm test');
    expect(Object.keys(job.services).sort()).toEqual(['eventstoredb', 'mongodb']);
    expect(hostAndPort(job.env.EVENTSTORE_URL)).toBe('localhost:2113');
    expect(hostAndPort(job.env.MONGODB_URL)).toBe('localhost:27017');
  });

  it('uses the same EventStoreDB image as the compose file', () => {
    const compose = readYaml('docker/docker-compose.yml');
    expect(job.services.eventstoredb.image).toBe(compose['services'].eventstoredb.image);
  });
});
