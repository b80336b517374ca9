import { Writable } from 'node:stream';

/**
 * A Writable standing for a client socket: it takes what fits its buffer, then holds further writes until
 * `release()` (a reader catching up) or `readEverything()` (a fast reader from then on).
 */
export class HeldSink extends Writable {
  readonly received: string[] = [];
  private held: (() => void)[] = [];
  private reading = false;

  constructor(highWaterMark: number) {
    super({ highWaterMark, decodeStrings: false });
  }

  get text(): string {
    return this.received.join('');
  }

  override _write(chunk: string | Buffer, _encoding: BufferEncoding, callback: () => void): void {
    this.received.push(chunk.toString());
    if (this.reading) callback();
    else this.held.push(callback);
  }

  release(): void {
    const held = this.held;
    this.held = [];
    for (const callback of held) callback();
  }

  readEverything(): void {
    this.reading = true;
    this.release();
  }
}

/** Lets pending promise callbacks and I/O callbacks run. */
export const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
