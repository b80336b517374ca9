const preset = require('../../jest.preset.cjs');

// generate/ holds the generator of the published files and the tests that they are up to date.
module.exports = { ...preset, displayName: 'contracts', testMatch: [...preset.testMatch, '<rootDir>/generate/**/*.spec.ts'] };
