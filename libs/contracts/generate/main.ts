import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contractFiles, SCHEMAS_DIR } from './contract-files.js';

// `npm run contracts:generate`: writes the JSON Schemas, docs/events.md and docs/asyncapi.yaml from the contracts.
// Compiled to libs/contracts/dist-generate/generate/main.js, four levels below the repository root.
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
const files = contractFiles(root);

// A schema no contract produces any more (a renamed type) must not linger as if still published.
const generated = new Set(files.map((file) => file.path));
mkdirSync(join(root, SCHEMAS_DIR), { recursive: true });
for (const name of readdirSync(join(root, SCHEMAS_DIR))) {
  if (!generated.has(`${SCHEMAS_DIR}/${name}`)) rmSync(join(root, SCHEMAS_DIR, name));
}
for (const file of files) writeFileSync(join(root, file.path), file.content);
console.log(`contracts: wrote ${files.length} files (${SCHEMAS_DIR}/, docs/events.md, docs/asyncapi.yaml)`);
