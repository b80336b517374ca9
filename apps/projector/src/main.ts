#!/usr/bin/env node
import { ConfigError } from '@concord/config';
import { runProjector } from './run-projector.js';

try {
  const running = await runProjector(process.env);
  let signals = 0;
  const shutdown = (signal: NodeJS.Signals): void => {
    signals += 1;
    if (signals > 1) {
      // A second signal means "now": what was not committed is redone from the checkpoint at the next start.
      console.error(`${signal} again: exiting without waiting.`);
      process.exit(1);
    }
    console.log(`${signal}: stopping after the batch in hand.`);
    running.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('The projector did not stop cleanly:', error);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exitCode = 1;
}
