import type { ServerResponse } from 'node:http';

/** The parts of Fastify's reply the events route uses, typed here as ConcordRequest types the request. */
export type ConcordReply = {
  readonly raw: ServerResponse;
  hijack(): unknown;
  getHeaders(): Record<string, string | number | string[] | undefined>;
  send(payload: unknown): unknown;
};

/**
 * Takes the response over from Fastify and sends the headers of an SSE stream, keeping those already set (the
 * correlation id). `no-transform` and `X-Accel-Buffering: no` keep proxies from buffering or compressing it.
 */
export const beginEventStream = (reply: ConcordReply): ServerResponse => {
  const kept = Object.entries(reply.getHeaders()).filter(
    (entry): entry is [string, string | number | string[]] => entry[1] !== undefined,
  );
  reply.hijack();
  reply.raw.writeHead(200, {
    ...Object.fromEntries(kept),
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache, no-transform',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
  });
  reply.raw.flushHeaders();
  return reply.raw;
};
