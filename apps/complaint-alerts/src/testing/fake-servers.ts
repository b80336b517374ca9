import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ConcordEvent } from '@concord/subscriber';

const listen = async (server: Server): Promise<string> => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
};

const closeAll = async (server: Server, open: Set<ServerResponse>): Promise<void> => {
  for (const response of open) response.destroy();
  await new Promise((resolve) => server.close(resolve));
};

const message = (event: ConcordEvent): string =>
  `id: ${event.position}\nevent: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`;

/**
 * Stands for Concord's /v1/events: each connection gets the events after its Last-Event-ID, then stays open and
 * receives what `publish` adds.
 */
export const startFakeConcord = async (initial: readonly ConcordEvent[]) => {
  const events = [...initial];
  const requests: { url: string; headers: IncomingHttpHeaders }[] = [];
  const open = new Set<ServerResponse>();
  const server = createServer((request, response) => {
    requests.push({ url: request.url ?? '', headers: request.headers });
    const after = Number(request.headers['last-event-id'] ?? 0);
    response.writeHead(200, { 'content-type': 'text/event-stream' });
    response.write(': connected\n\n');
    for (const event of events) if (event.position > after) response.write(message(event));
    open.add(response);
    response.on('close', () => open.delete(response));
  });
  const url = await listen(server);
  return {
    url,
    requests,
    publish: (event: ConcordEvent) => {
      events.push(event);
      for (const response of open) response.write(message(event));
    },
    close: () => closeAll(server, open),
  };
};

/** A webhook receiver that records what it accepted; the first `failures` calls answer 500. */
export const startFakeWebhook = async (failures = 0) => {
  const received: { body: Record<string, unknown>; idempotencyKey: string | undefined }[] = [];
  let refused = 0;
  const server = createServer((request, response) => {
    let text = '';
    request.on('data', (chunk: Buffer) => (text += chunk.toString()));
    request.on('end', () => {
      if (refused < failures) {
        refused += 1;
        response.writeHead(500).end();
        return;
      }
      const key = request.headers['idempotency-key'];
      received.push({ body: JSON.parse(text) as Record<string, unknown>, idempotencyKey: key as string | undefined });
      response.writeHead(204).end();
    });
  });
  const url = await listen(server);
  return { url, received, close: () => closeAll(server, new Set()) };
};
