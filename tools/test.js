#!/usr/bin/env node
// `npm test`: type-checks, checks module boundaries and runs every project's tests through Nx,
// then prints one closing line with the totals of all Jest runs.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const resultsDir = join(root, '.test-results');
rmSync(resultsDir, { recursive: true, force: true });

const nx = spawnSync(
  'npx',
  ['nx', 'run-many', '-t', 'typecheck', 'boundaries', 'test', '--parallel=1', '--outputStyle=stream', ...process.argv.slice(2)],
  { cwd: root, stdio: 'inherit' },
);

const totals = { passed: 0, failed: 0, skipped: 0 };
if (existsSync(resultsDir)) {
  for (const file of readdirSync(resultsDir)) {
    const run = JSON.parse(readFileSync(join(resultsDir, file), 'utf8'));
    for (const key of Object.keys(totals)) totals[key] += run[key];
  }
}
const status = nx.status ?? 1;
console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
if (status !== 0 && totals.failed === 0) console.log('(a type-check, boundary check or test run failed: see above)');
process.exit(status);
