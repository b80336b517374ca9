#!/usr/bin/env node
// Assembles docs/benchmarks.md from the sections the benchmarks of this run left in .bench/,
// under a header naming the date and the machine, so every figure in the doc comes from one rerunnable run.
import { cpus, loadavg, totalmem } from 'node:os';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const sectionsDir = join(root, '.bench');
const sections = existsSync(sectionsDir)
  ? readdirSync(sectionsDir).filter((f) => f.endsWith('.md')).sort().map((f) => readFileSync(join(sectionsDir, f), 'utf8'))
  : [];
if (sections.length === 0) {
  console.error('No benchmark sections in .bench/: run `npm run bench`, which runs the benchmarks first.');
  process.exit(1);
}

const header = [
  '# Benchmarks',
  '',
  'Written by `npm run bench`; rerun it to refresh every figure on your machine. Each figure is the median of',
  'several rounds, with its ratio to a limit of the machine measured in the same run: absolute numbers drift on',
  'shared machines, ratios much less. Performance is measured here, never by timed assertions in tests.',
  '',
  `- Date: ${new Date().toISOString().slice(0, 10)}`,
  `- Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB`,
  `- Node.js ${process.version}`,
  // Other work on the machine skews absolute figures; the load average says how much there was.
  `- Load average when the run ended (1, 5, 15 min): ${loadavg().map((l) => l.toFixed(2)).join(', ')}`,
  '',
].join('\n');

writeFileSync(join(root, 'docs', 'benchmarks.md'), `${header}\n${sections.join('\n')}`);
console.log(`docs/benchmarks.md written from ${sections.length} section(s).`);
