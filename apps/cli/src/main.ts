#!/usr/bin/env node
import { readCliEnvironment } from './cli-environment.js';
import { runCli } from './run-cli.js';

process.exitCode = await runCli(process.argv.slice(2), readCliEnvironment(process.env), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
});
