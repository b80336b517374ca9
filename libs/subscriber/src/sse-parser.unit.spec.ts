import { SseParser } from './sse-parser.js';

const parseAll = (...chunks: string[]) => {
  const parser = new SseParser();
  return chunks.flatMap((chunk) => parser.push(chunk));
};

describe('SseParser', () => {
  it('given an event, then it returns its id, type and data', () => {
    expect(parseAll('id: 1\nevent: CustomerRegistered\ndata: {"a":1}\n\n')).toEqual([
      { id: '1', event: 'CustomerRegistered', data: '{"a":1}' },
    ]);
  });

  it('given data over several lines, then the lines are joined with newlines', () => {
    expect(parseAll('data: {"a":\ndata: 1}\n\n')).toEqual([{ data: '{"a":\n1}' }]);
  });

  it('given a message split anywhere across chunks, then it is returned once complete', () => {
    const parser = new SseParser();
    expect(parser.push('id: 4\nda')).toEqual([]);
    expect(parser.push('ta: hel')).toEqual([]);
    expect(parser.push('lo\n')).toEqual([]);
    expect(parser.push('\n')).toEqual([{ id: '4', data: 'hello' }]);
  });

  it('given CRLF or CR line ends, even with CRLF split between chunks, then lines end where they should', () => {
    expect(parseAll('data: a\r', '\ndata: b\r\r\n')).toEqual([{ data: 'a\nb' }]);
    expect(parseAll('data: x\r\r', 'id: 2')).toEqual([{ data: 'x' }]);
  });

  it('given heartbeats and unknown fields, then they are skipped', () => {
    expect(parseAll(': heartbeat\n\nretry: 3000\n\nfoo: bar\ndata: 1\n\n: heartbeat\n\n')).toEqual([{ data: '1' }]);
  });

  it('given an id without data, then it is returned as a position scanned past', () => {
    expect(parseAll('id: 9\n: heartbeat\n\n')).toEqual([{ id: '9' }]);
  });

  it('given the edge cases of the format, then it follows it', () => {
    expect(parseAll('\uFEFFdata:no space\n\n')).toEqual([{ data: 'no space' }]);
    expect(parseAll('data\n\n')).toEqual([{ data: '' }]);
    expect(parseAll('id: a\0b\ndata: x\n\n')).toEqual([{ data: 'x' }]);
    expect(parseAll('data:  two spaces\n\n')).toEqual([{ data: ' two spaces' }]);
  });

  it('given a message not ended by a blank line, then it is not returned', () => {
    expect(parseAll('id: 1\ndata: half\n')).toEqual([]);
  });
});
