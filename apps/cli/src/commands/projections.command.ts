import { parseArgs } from 'node:util';
import { ALL_PROJECTIONS, projectionStatuses } from '@concord/read-models';
import type { CliVariables } from '../cli-environment.js';
import type { CliOutput } from '../cli-output.js';
import { openStores } from './open-stores.js';
import { formatStatusTable } from './status-table.js';

export const PROJECTIONS_USAGE = `concord projections
  Prints each projection version: status, checkpoint position, lag in events and seconds, and any failure
  (the same figures as GET /v1/projections).`;

export const projectionsCommand = async (args: string[], variables: CliVariables, output: CliOutput): Promise<void> => {
  parseArgs({ args, options: {}, strict: true });
  const stores = await openStores(variables);
  try {
    const now = new Date().toISOString();
    for (const line of formatStatusTable(await projectionStatuses(stores.store, stores.events, ALL_PROJECTIONS, now))) {
      output.out(line);
    }
  } finally {
    await stores.close();
  }
};
