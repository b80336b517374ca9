import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The URL of the projector worker's compiled JavaScript. Built code finds it beside itself in dist/. The TypeScript
 * sources (run by Jest through swc) cannot start a TypeScript worker, so they use the build in ../dist, which the
 * Nx `test` target builds first.
 * @throws Error naming the fix when the file is missing.
 */
export const projectorWorkerUrl = (moduleUrl: string = import.meta.url): URL => {
  const fromSources = moduleUrl.endsWith('.ts');
  const url = new URL(
    fromSources ? '../../../dist/runtime/projector-thread/projector.worker.js' : './projector.worker.js',
    moduleUrl,
  );
  if (!existsSync(fileURLToPath(url))) {
    throw new Error(
      `The projector worker is missing at ${fileURLToPath(url)}` +
        (fromSources ? ': run `npm run build` in libs/read-models first.' : ': the build of @concord/read-models is incomplete.'),
    );
  }
  return url;
};
