/**
 * True when the Accept header asks for Server-Sent Events (`text/event-stream`, not refused with q=0); anything
 * else, no Accept header included, gets JSON.
 */
export const wantsEventStream = (accept: string | undefined): boolean =>
  accept !== undefined &&
  accept.split(',').some((range) => {
    const [type, ...parameters] = range.split(';').map((part) => part.trim().toLowerCase());
    return type === 'text/event-stream' && !parameters.some((parameter) => /^q=0(\.0*)?$/.test(parameter));
  });
