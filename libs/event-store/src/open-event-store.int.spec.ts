import { existsSync } from 'node:fs';
import { openEventStore } from './open-event-store.js';
import { tempFiles } from './testing/temp-files.js';
import { testEvent, uniqueStream } from './testing/test-events.js';

const files = tempFiles();
afterAll(() => files.removeAll());

describe('openEventStore on SQLite', () => {
  it('opens (and creates) the file the location names', async () => {
    const file = files.newFile();
    const store = openEventStore({ kind: 'sqlite', file });
    try {
      const stream = uniqueStream();
      await store.append(stream, [testEvent()], 'no_stream');
      expect(await store.readStream(stream)).toHaveLength(1);
      expect(existsSync(file)).toBe(true);
    } finally {
      await store.close();
    }
  });
});
