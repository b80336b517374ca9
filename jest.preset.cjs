// Shared Jest setup. NestJS 12 is ESM-only, so Jest runs in native ESM mode
// (NODE_OPTIONS=--experimental-vm-modules) and swc transpiles with decorator metadata,
// which NestJS dependency injection and class-validator need.
const path = require('node:path');

const libs = ['auth', 'config', 'contracts', 'domain', 'event-store', 'read-models', 'subscriber', 'testing'];

module.exports = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: {
    ...Object.fromEntries(
      libs.map((lib) => [`^@concord/${lib}$`, path.join(__dirname, 'libs', lib, 'src', 'index.ts')]),
    ),
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: {
          target: 'es2022',
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
        },
        module: { type: 'es6' },
      },
    ],
  },
  reporters: ['default', path.join(__dirname, 'tools', 'jest-totals-reporter.cjs')],
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
};
