import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What one connection asked for. */
export type FeedRequest = Readonly<{ url: string; headers: IncomingHttpHeaders }>;

/** Serves connection number `index` (from 0): write SSE text, end, destroy, or answer an error. */
export type ConnectionScript = (response: ServerResponse, request: FeedRequest, index: number) => void;

export type FakeFeedServer = Readonly<{
  url: string;
  requests: FeedRequest[];
  close(): Promise<void>;
}>;

/** Starts the SSE headers of a stream, as Concord does. */
export const beginStream = (response: ServerResponse): void => {
  response.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache' });
  response.write('retry: 3000\n: events after 0\n\n');
};

/** An SSE message for an event at `position`, as Concord publishes it. */
export const eventMessage = (position: number, type = 'CustomerRegistered'): string =>
  `id: ${position}\nevent: ${type}\ndata: ${JSON.stringify(publishedEvent(position, type))}\n\n`;

export const publishedEvent = (position: number, type = 'CustomerRegistered') => ({
  eventId: `e-${position}`,
  stream: 'customer-c-1',
  revision: position - 1,
  position,
  type,
  data: { customerId: 'c-1' },
  metadata: {
    eventId: `e-${position}`,
    correlationId: 'corr',
    causationId: 'cmd',
    actor: { id: 'rm-7', role: 'relationship_manager' },
    occurredAt: '2026-01-05T09:00:00.000Z',
    recordedAt: '2026-01-05T09:00:00.000Z',
    schemaVersion: 1,
  },
});

/** An in-process HTTP server standing for Concord's /v1/events, scripted per connection. */
export const startFakeFeedServer = async (script: ConnectionScript): Promise<FakeFeedServer> => {
  const requests: FeedRequest[] = [];
  const open = new Set<ServerResponse>();
  const server = createServer((request, response) => {
    const recorded = { url: request.url ?? '', headers: request.headers };
    requests.push(recorded);
    open.add(response);
    response.on('close', () => open.delete(response));
    script(response, recorded, requests.length - 1);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: async () => {
      for (const response of open) response.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
};
