import { STREAM_CLOSED_SCHEMA_ID } from '../src/schemas/published-schemas.js';
import { STREAM_CLOSED_EVENT } from '../src/stream-closed.js';

// What the AsyncAPI document says about the SSE feed itself, besides the events: how a stream is framed, its
// heartbeats (no payload, so no message of their own) and the stream-closed message that ends it.

type Json = { [key: string]: unknown };

/** The key of the stream-closed message in the channel, the operation and the components. */
export const STREAM_CLOSED_MESSAGE_KEY = 'streamClosed';

export const SSE_CHANNEL_DESCRIPTION = `Every customer event in global order, as Server-Sent Events. Each event is one SSE message with \`id:\` its
global position, \`event:\` its type and \`data:\` the event as JSON: \`eventId\`, \`stream\`, \`revision\`, \`position\`,
\`type\`, \`data\` and \`metadata\` (without \`commandId\`), in the current version of its type: events stored in older
versions are upcast before they are sent. Resume after a position with the \`Last-Event-ID\` header or \`?after=\`;
filter with \`types=\` (comma-separated event types) and \`customerId=\`. Delivery is at-least-once in global order:
deduplicate by \`eventId\`. With \`Accept: application/json\` the same route answers one page,
\`{ events: [...], nextAfter }\`.

A stream opens with \`retry: 3000\` (the reconnection delay suggested to an \`EventSource\`) and a comment naming the
position it starts after. Besides the events it carries:

- **Heartbeats**, which have no payload: a comment line \`: heartbeat\` every 15 s keeps proxies and load
  balancers from closing a quiet connection; clients ignore comments. When a filter has skipped events since the
  last message, the heartbeat also carries \`id:\` the last position scanned, with no \`event:\` and no \`data:\`: an
  \`EventSource\` dispatches nothing but sets its Last-Event-ID, so a reconnection resumes after the skipped events;
  a client that parses the stream itself saves that position as its checkpoint.
- **\`${STREAM_CLOSED_EVENT}\`** (the \`${STREAM_CLOSED_MESSAGE_KEY}\` message), the last message of a stream the server ends: the client read
  nothing for 30 s while events were waiting, the API is shutting down, the server cannot go on, or the caller's
  token expired. The server then ends the response; the client reconnects with \`Last-Event-ID\` (and a fresh token
  after \`token-expired\`).

Callers need a bearer token with the role \`service\` or \`admin\`. Fields marked \`x-personal-data\` are sent only to
roles allowed to see personal data; others receive each event's data without them, as the \`.redacted\` schemas
describe.`;

export const SSE_OPERATION_DESCRIPTION = `\`GET /v1/events\` with \`Accept: text/event-stream\`: the events after the position asked for (catch-up),
then each new one as it is stored (live), until the client disconnects or the server ends the stream with
\`${STREAM_CLOSED_EVENT}\`. The bearer token is checked when the stream opens, and the stream ends with reason
\`token-expired\` when the token expires: a long-running consumer renews its token on every reconnection.`;

/** The last message of a stream the server ends; its payload is the published stream-closed schema. */
export const streamClosedMessage = (schemaRef: (id: string) => Json): Json => ({
  name: STREAM_CLOSED_EVENT,
  title: 'Stream closed by the server',
  summary: 'Why the server ended the stream, and where to resume.',
  description:
    'SSE: a comment line with the `message`, then `event: ' +
    STREAM_CLOSED_EVENT +
    '` and `data:` this payload as JSON, without `id:`, so the client\'s Last-Event-ID stays the last id it ' +
    'received. The response ends after it.',
  contentType: 'application/json',
  payload: schemaRef(STREAM_CLOSED_SCHEMA_ID),
});
