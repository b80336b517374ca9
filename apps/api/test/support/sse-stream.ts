import { sseBlocks, until, type SseBlock } from '../../src/events/testing/sse-blocks.js';

export type OpenStream = Readonly<{
  response: Response;
  /** Everything received so far. */
  text(): string;
  blocks(): SseBlock[];
  /** The messages that carry an event. */
  events(): SseBlock[];
  /** Resolves once a received message satisfies `predicate`. */
  waitFor(predicate: (block: SseBlock) => boolean): Promise<SseBlock>;
  /** Resolves once the server has ended the response. */
  ended: Promise<void>;
  /** Disconnects, as a client going away. */
  close(): void;
}>;

/** Opens `GET <url><path>` as an SSE client would and keeps reading in the background. */
export const openStream = async (
  url: string,
  path: string,
  token: string,
  headers: Record<string, string> = {},
): Promise<OpenStream> => {
  const abort = new AbortController();
  const response = await fetch(`${url}${path}`, {
    headers: { accept: 'text/event-stream', authorization: `Bearer ${token}`, ...headers },
    signal: abort.signal,
  });
  let text = '';
  const reader = response.body?.getReader();
  const decoder = new TextDecoder();
  const ended = (async () => {
    try {
      for (;;) {
        const chunk = await reader?.read();
        if (!chunk || chunk.done) return;
        text += decoder.decode(chunk.value, { stream: true });
      }
    } catch {
      // Aborted by close(): the test went away on purpose.
    }
  })();
  const blocks = () => sseBlocks(text);
  return {
    response,
    text: () => text,
    blocks,
    events: () => blocks().filter((block) => block.data !== undefined && block.event !== 'stream-closed'),
    waitFor: async (predicate) => {
      await until(() => blocks().some(predicate));
      return blocks().find(predicate) as SseBlock;
    },
    ended,
    close: () => abort.abort(),
  };
};
