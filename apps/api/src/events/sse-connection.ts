/** What an SSE connection writes to: a Node ServerResponse, or any Writable in tests. */
export interface SseSink {
  write(chunk: string): boolean;
  end(): unknown;
  destroy(): unknown;
  readonly writableNeedDrain: boolean;
  readonly writableEnded: boolean;
  readonly writableFinished: boolean;
  readonly destroyed: boolean;
  on(event: 'drain' | 'close' | 'finish', listener: () => void): unknown;
  once(event: 'drain' | 'close' | 'finish', listener: () => void): unknown;
  off(event: 'drain' | 'close' | 'finish', listener: () => void): unknown;
}

/** The consumer took nothing for the stall bound while a message waited: the stream is closed to free it. */
export class SlowConsumer extends Error {
  constructor(readonly stallTimeoutMs: number) {
    super(`The consumer read nothing for ${stallTimeoutMs} ms while events were waiting.`);
    this.name = 'SlowConsumer';
  }
}

/** The connection closed, or the stream is being stopped, before a message could be written. */
export class ConnectionClosed extends Error {
  constructor() {
    super('The event stream connection is closed.');
    this.name = 'ConnectionClosed';
  }
}

/**
 * Writes SSE messages with back-pressure. A subscription that awaits `drained` after a write the sink could not take
 * at once stops reading from the store while the consumer is slow: the server holds at most the socket's buffer
 * plus one message per consumer. A consumer that drains nothing for `stallTimeoutMs` is given up on.
 */
export class SseConnection {
  constructor(
    private readonly sink: SseSink,
    private readonly stallTimeoutMs: number,
  ) {}

  get writable(): boolean {
    return !this.sink.writableEnded && !this.sink.destroyed;
  }

  /**
   * Writes the message. True when the sink can take the next one at once; otherwise await `drained` first.
   * @throws ConnectionClosed when the sink is closed or `signal` has aborted: nothing is written then.
   */
  write(chunk: string, signal: AbortSignal): boolean {
    if (signal.aborted || !this.writable) throw new ConnectionClosed();
    return this.sink.write(chunk);
  }

  /**
   * Resolves once the sink has taken what it buffers.
   * @throws SlowConsumer when it does not drain within the stall bound.
   * @throws ConnectionClosed when the sink closes or `signal` aborts first.
   */
  drained(signal: AbortSignal): Promise<void> {
    if (!this.sink.writableNeedDrain) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      const settle = (error?: Error): void => {
        clearTimeout(timer);
        this.sink.off('drain', onDrain);
        this.sink.off('close', onClose);
        signal.removeEventListener('abort', onClose);
        if (error) reject(error);
        else resolve();
      };
      const onDrain = (): void => settle();
      const onClose = (): void => settle(new ConnectionClosed());
      const timer = setTimeout(() => settle(new SlowConsumer(this.stallTimeoutMs)), this.stallTimeoutMs);
      this.sink.on('drain', onDrain);
      this.sink.on('close', onClose);
      signal.addEventListener('abort', onClose);
      if (signal.aborted || !this.writable) onClose();
    });
  }

  /**
   * Writes only when nothing waits to drain (heartbeats, progress): a blocked consumer is the stall bound's to
   * judge, and skipping keeps the buffer from growing. True when written.
   */
  offer(chunk: string): boolean {
    if (!this.writable || this.sink.writableNeedDrain) return false;
    this.sink.write(chunk);
    return true;
  }

  /**
   * Writes the final message and ends the response. A consumer that does not take it within the stall bound is cut
   * off, so a stuck client cannot hold the socket (and the server's shutdown) for ever.
   */
  close(finalChunk?: string): void {
    if (!this.writable) return;
    if (finalChunk !== undefined) this.sink.write(finalChunk);
    this.sink.end();
    if (this.sink.writableFinished) return;
    const timer = setTimeout(() => this.sink.destroy(), this.stallTimeoutMs).unref();
    const clear = (): void => clearTimeout(timer);
    this.sink.once('finish', clear);
    this.sink.once('close', clear);
  }
}
