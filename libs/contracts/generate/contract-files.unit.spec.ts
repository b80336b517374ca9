import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contractFiles, SCHEMAS_DIR } from './contract-files.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const files = contractFiles(root);

describe('the files generated from the contracts', () => {
  it.each(files.map((file) => [file.path, file] as const))('%s is up to date (npm run contracts:generate)', (_, file) => {
    expect(readFileSync(join(root, file.path), 'utf8')).toBe(file.content);
  });

  it('the schema folder holds nothing else', () => {
    const generated = files.filter((file) => file.path.startsWith(`${SCHEMAS_DIR}/`)).map((file) => file.path);
    expect(readdirSync(join(root, SCHEMAS_DIR)).map((name) => `${SCHEMAS_DIR}/${name}`).sort()).toEqual(generated.sort());
  });
});
