import { ConnectionClosed, SlowConsumer, SseConnection } from './sse-connection.js';
import { HeldSink, settle } from './testing/held-sink.js';

const LONG = 60_000;

/** Writes, then waits for the sink as the event stream does. */
const send = async (connection: SseConnection, chunk: string, signal: AbortSignal): Promise<void> => {
  if (!connection.write(chunk, signal)) await connection.drained(signal);
};

describe('SseConnection', () => {
  const live = new AbortController().signal;

  it('given a sink with room, when a message is sent, then it is written at once', async () => {
    const sink = new HeldSink(1024);
    await send(new SseConnection(sink, LONG), 'data: 1\n\n', live);
    expect(sink.text).toBe('data: 1\n\n');
  });

  it('given a full sink, when a message is sent, then it resolves only once the sink drains', async () => {
    const sink = new HeldSink(4);
    let sent = false;
    const sending = send(new SseConnection(sink, LONG), 'data: 1\n\n', live).then(() => (sent = true));
    await settle();
    expect([sent, sink.listenerCount('drain')]).toEqual([false, 1]);
    sink.release();
    await sending;
    expect(sink.listenerCount('drain')).toBe(0);
  });

  it('given a sink that never drains, then sending fails with SlowConsumer after the stall bound', async () => {
    const sink = new HeldSink(4);
    await expect(send(new SseConnection(sink, 20), 'data: 1\n\n', live)).rejects.toBeInstanceOf(SlowConsumer);
  });

  it('given a blocked send, when the stream is stopped or the client leaves, then it fails with ConnectionClosed', async () => {
    const stop = new AbortController();
    const stopped = send(new SseConnection(new HeldSink(4), LONG), 'data: 1\n\n', stop.signal);
    stop.abort();
    await expect(stopped).rejects.toBeInstanceOf(ConnectionClosed);

    const sink = new HeldSink(4);
    const left = send(new SseConnection(sink, LONG), 'data: 1\n\n', live);
    sink.destroy();
    await expect(left).rejects.toBeInstanceOf(ConnectionClosed);
  });

  it('given a closed connection or a stopped stream, then nothing more is written', () => {
    const sink = new HeldSink(1024);
    const connection = new SseConnection(sink, LONG);
    const stop = new AbortController();
    stop.abort();
    expect(() => connection.write('data: 1\n\n', stop.signal)).toThrow(ConnectionClosed);
    sink.destroy();
    expect(() => connection.write('data: 1\n\n', live)).toThrow(ConnectionClosed);
    expect(sink.received).toEqual([]);
  });

  it('given a blocked consumer, when a heartbeat is offered, then it is skipped rather than buffered', async () => {
    const sink = new HeldSink(4);
    const connection = new SseConnection(sink, LONG);
    void send(connection, 'data: 1\n\n', live);
    expect(connection.offer(': heartbeat\n\n')).toBe(false);
    sink.readEverything();
    await settle();
    expect(connection.offer(': heartbeat\n\n')).toBe(true);
    expect(sink.received).toEqual(['data: 1\n\n', ': heartbeat\n\n']);
  });

  it('given a consumer that takes nothing, when the connection closes, then the socket is destroyed after the bound', async () => {
    const sink = new HeldSink(4);
    const connection = new SseConnection(sink, 20);
    sink.write('data: 1\n\n');
    const closed = new Promise((resolve) => sink.once('close', resolve));
    connection.close('event: stream-closed\ndata: {}\n\n');
    await closed;
    expect(sink.destroyed).toBe(true);
    expect(sink.writableFinished).toBe(false);
  });

  it('given a reading consumer, when the connection closes, then the final message is written and the sink ends', async () => {
    const sink = new HeldSink(1024);
    sink.readEverything();
    new SseConnection(sink, LONG).close('event: stream-closed\ndata: {}\n\n');
    await new Promise((resolve) => sink.once('finish', resolve));
    expect(sink.text).toBe('event: stream-closed\ndata: {}\n\n');
  });
});
