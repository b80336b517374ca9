import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { publishedSchemas } from '../src/schemas/published-schemas.js';
import { asyncApiDocument } from './asyncapi-document.js';
import { eventsMarkdown } from './events-markdown.js';

/** A generated file: its path from the repository root, and its whole content. */
export type GeneratedFile = Readonly<{ path: string; content: string }>;

export const SCHEMAS_DIR = 'libs/contracts/schemas';

/**
 * Every file generated from the contracts. Pure but for reading the contracts' package version (the AsyncAPI
 * document's version), so the generator and the up-to-date test produce the same bytes.
 */
export const contractFiles = (root: string): readonly GeneratedFile[] => {
  const { version } = JSON.parse(readFileSync(join(root, 'libs/contracts/package.json'), 'utf8')) as { version: string };
  return [
    ...publishedSchemas().map((schema) => ({
      path: `${SCHEMAS_DIR}/${String(schema.$id)}`,
      content: `${JSON.stringify(schema, null, 2)}\n`,
    })),
    { path: 'docs/events.md', content: eventsMarkdown() },
    {
      path: 'docs/asyncapi.yaml',
      content:
        '# Generated from libs/contracts by `npm run contracts:generate`: edit the contracts, not this file.\n' +
        stringify(asyncApiDocument(version), { lineWidth: 0, aliasDuplicateObjects: false }),
    },
  ];
};
