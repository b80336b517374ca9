// Runs in its own process so the load generator does not share the server's event loop.
// Input (a JSON file named by argv[2]): { url, token, paths, body, connections, seconds }. Output (stdout, JSON): the figures.
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';

const { url, token, paths, body, connections, seconds } = JSON.parse(readFileSync(process.argv[2], 'utf8'));
let next = 0;

const result = await autocannon({
  url,
  connections,
  duration: seconds,
  headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
  requests: [
    {
      method: 'POST',
      body: JSON.stringify(body),
      // Spread the load over many customers, as real traffic is: one stream per customer.
      setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length] }),
    },
  ],
});

process.stdout.write(
  JSON.stringify({
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    total: result.requests.total,
  }),
);
