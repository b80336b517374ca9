import type { Probe } from './health-report.js';

/**
 * Runs one health check with a deadline: a store that hangs (a MongoDB server that is unreachable waits for server
 * selection, 30 s by default) must not hang the probe that load balancers call every few seconds.
 */
export const probe = async <T>(check: () => Promise<T>, deadlineMs: number): Promise<Probe<T>> => {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<Probe<T>>((resolve) => {
    timer = setTimeout(() => resolve({ ok: false, reason: `no answer within ${deadlineMs} ms` }), deadlineMs);
  });
  const checked = check().then(
    (value): Probe<T> => ({ ok: true, value }),
    (error: unknown): Probe<T> => ({ ok: false, reason: error instanceof Error ? error.message : String(error) }),
  );
  try {
    return await Promise.race([checked, deadline]);
  } finally {
    clearTimeout(timer);
  }
};
