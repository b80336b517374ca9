/** One message as a test reads it back from a stream's text. */
export type SseBlock = Readonly<{ comments: string[]; id?: string; event?: string; data?: string }>;

/**
 * The complete messages of SSE text as this server writes it (`\n` line ends, `field: value`); a message still
 * arriving is left out.
 */
export const sseBlocks = (text: string): SseBlock[] =>
  text
    .split('\n\n')
    .slice(0, -1)
    .filter((block) => block !== '')
    .map((block) => {
      const comments: string[] = [];
      const fields: Record<string, string[]> = {};
      for (const line of block.split('\n')) {
        if (line.startsWith(':')) comments.push(line.slice(2));
        else {
          const [name = '', ...rest] = line.split(': ');
          (fields[name] ??= []).push(rest.join(': '));
        }
      }
      return {
        comments,
        ...(fields.id ? { id: fields.id.join('') } : {}),
        ...(fields.event ? { event: fields.event.join('') } : {}),
        ...(fields.data ? { data: fields.data.join('\n') } : {}),
      };
    });

/** Polls `condition` until it holds; the test's timeout bounds the wait. */
export const until = async (condition: () => boolean): Promise<void> => {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
};
