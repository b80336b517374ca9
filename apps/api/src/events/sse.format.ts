/** One Server-Sent Events message; every part is optional. */
export type SseMessage = Readonly<{
  /** Comment lines: ignored by clients, they keep proxies from closing an idle connection. */
  comment?: string;
  /** How long an EventSource waits before reconnecting. */
  retryMs?: number;
  id?: string;
  event?: string;
  data?: string;
}>;

const lines = (field: string, value: string): string =>
  value
    .split(/\r\n|\r|\n/)
    .map((line) => `${field}: ${line}\n`)
    .join('');

/**
 * The wire form of a message, ended by the blank line that dispatches it. Multi-line comments and data become one
 * line each, as the format requires. A message with an `id` and no `data` dispatches no event but still sets the
 * client's Last-Event-ID.
 */
export const formatSse = ({ comment, retryMs, id, event, data }: SseMessage): string =>
  [
    comment === undefined ? '' : lines('', comment),
    retryMs === undefined ? '' : `retry: ${retryMs}\n`,
    id === undefined ? '' : `id: ${id}\n`,
    event === undefined ? '' : `event: ${event}\n`,
    data === undefined ? '' : lines('data', data),
    '\n',
  ].join('');
