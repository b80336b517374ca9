// Writes each Jest run's totals to .test-results/<project>.json so `npm test` can print one
// closing line for the whole workspace ("N passed, N failed, N skipped").
const { mkdirSync, writeFileSync } = require('node:fs');
const { basename, join } = require('node:path');

class JestTotalsReporter {
  constructor(globalConfig) {
    this.rootDir = globalConfig.rootDir;
  }

  onRunComplete(_contexts, results) {
    const dir = join(__dirname, '..', '.test-results');
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, `${basename(this.rootDir)}.json`),
      JSON.stringify({
        passed: results.numPassedTests,
        failed: results.numFailedTests + results.numRuntimeErrorTestSuites,
        skipped: results.numPendingTests + results.numTodoTests,
      }),
    );
  }
}

module.exports = JestTotalsReporter;
