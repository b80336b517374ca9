/** One dispatched message; a field the server did not send is absent. */
export type SseMessage = Readonly<{ id?: string; event?: string; data?: string }>;

const LINE_END = /\r\n|\r|\n/g;

/**
 * An incremental parser for `text/event-stream` (the WHATWG HTML "event stream interpretation"): feed it text as it
 * arrives, in chunks split anywhere, and it returns the messages completed so far. Comment lines (heartbeats) and
 * unknown fields are skipped; `data` lines join with "\n"; a message ends at a blank line. Unlike a browser's
 * EventSource it also returns messages with an id but no data (a position the server has scanned past), and it
 * reports each message's own id rather than carrying the last one forward.
 */
export class SseParser {
  private pending = '';
  private started = false;
  private id: string | undefined;
  private event: string | undefined;
  private data: string[] | undefined;

  push(chunk: string): SseMessage[] {
    let text = this.pending + chunk;
    if (!this.started && text.length > 0) {
      this.started = true;
      if (text.startsWith('\uFEFF')) text = text.slice(1);
    }
    const messages: SseMessage[] = [];
    let start = 0;
    LINE_END.lastIndex = 0;
    for (let match = LINE_END.exec(text); match !== null; match = LINE_END.exec(text)) {
      // A CR that ends the chunk may be the first half of a CRLF: wait for the next chunk to tell.
      if (match[0] === '\r' && match.index === text.length - 1) break;
      const message = this.line(text.slice(start, match.index));
      if (message) messages.push(message);
      start = match.index + match[0].length;
    }
    this.pending = text.slice(start);
    return messages;
  }

  private line(line: string): SseMessage | undefined {
    if (line === '') return this.dispatch();
    if (line.startsWith(':')) return undefined;
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    const raw = colon === -1 ? '' : line.slice(colon + 1);
    const value = raw.startsWith(' ') ? raw.slice(1) : raw;
    switch (field) {
      case 'data':
        (this.data ??= []).push(value);
        break;
      case 'event':
        this.event = value;
        break;
      case 'id':
        if (!value.includes('\0')) this.id = value;
        break;
    }
    return undefined;
  }

  private dispatch(): SseMessage | undefined {
    const { id, event, data } = this;
    this.id = undefined;
    this.event = undefined;
    this.data = undefined;
    if (id === undefined && data === undefined) return undefined;
    return {
      ...(id === undefined ? {} : { id }),
      ...(event === undefined ? {} : { event }),
      ...(data === undefined ? {} : { data: data.join('\n') }),
    };
  }
}
