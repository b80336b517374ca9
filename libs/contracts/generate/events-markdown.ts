import { CUSTOMER_EVENT_TYPES } from '../src/customer.events.js';
import type { EventContract } from '../src/schemas/event-contract.js';
import { EVENT_CONTRACTS } from '../src/schemas/event-contracts.js';
import { EVENT_METADATA_FIELDS } from '../src/schemas/event-metadata.contract.js';
import type { Field, Fields } from '../src/schemas/field.js';
import { eventSchemaId } from '../src/schemas/json-schema.js';

/** Where the schemas are, seen from docs/. */
const SCHEMAS = '../libs/contracts/schemas';

const code = (value: string | number): string => `\`${value}\``;

const meaning = (field: Field, condition = ''): string => {
  const marks = [field.personal === true ? '**PD** ' : '', condition, field.optional === true ? 'optional: ' : ''];
  const values =
    field.kind === 'enum'
      ? `: ${field.values.map(code).join(', ')}`
      : field.kind === 'integer'
        ? ` (${field.minimum}${field.maximum === undefined ? ' or more' : `–${field.maximum}`})`
        : '';
  return `${marks.join('')}${field.description}${values}`;
};

/** One row per field, and one per member of an object or variant, named by its dotted path. */
const rows = (fields: Fields, prefix = '', condition = ''): string[] =>
  Object.entries(fields).flatMap(([name, field]) => {
    const path = `${prefix}${name}`;
    const own = `| ${code(path)} | ${meaning(field, condition)} |`;
    switch (field.kind) {
      case 'object':
        return [own, ...rows(field.fields, `${path}.`)];
      case 'variants': {
        const tag = `| ${code(`${path}.${field.tag}`)} | ${field.tagDescription}: ${Object.keys(field.variants).map(code).join(', ')} |`;
        const members = Object.entries(field.variants).flatMap(([value, variantFields]) =>
          rows(variantFields, `${path}.`, `with ${code(`${field.tag}: ${value}`)}, `),
        );
        return [own, tag, ...members];
      }
      default:
        return [own];
    }
  });

const table = (fields: Fields): string => ['| field | meaning |', '| --- | --- |', ...rows(fields)].join('\n');

const schemaLinks = (contract: EventContract): string =>
  `[${eventSchemaId(contract)}](${SCHEMAS}/${eventSchemaId(contract)}) ` +
  `([without personal data](${SCHEMAS}/${eventSchemaId(contract, 'redacted')}))`;

const eventSection = (contracts: readonly EventContract[]): string => {
  const current = contracts.at(-1) as EventContract;
  const older = contracts.slice(0, -1).reverse();
  return [
    `## ${current.type}`,
    current.summary,
    `Version ${current.version}; schema ${schemaLinks(current)}.` +
      (current.changes === undefined ? '' : ` Changed from version ${current.version - 1}: ${current.changes}`),
    table(current.fields),
    ...older.flatMap((contract) => [
      `### ${current.type} version ${contract.version}`,
      `Stored before version ${contract.version + 1}; read as version ${current.version}. Schema ${schemaLinks(contract)}.`,
      table(contract.fields),
    ]),
  ].join('\n\n');
};

const INTRO = `# Event catalogue

<!-- Generated from the contracts in libs/contracts/src/schemas by \`npm run contracts:generate\`: edit those, not this page. -->

Every fact Concord knows about a customer is one of these events, appended to the customer's stream
\`customer-<customerId>\`. Events are immutable, and so is each published version of an event's shape: any change,
even a new optional field, is a new schema version, and events stored in an older version are read through an
upcaster (\`libs/contracts/src/upcasting/\`) as the current one everywhere they are used — commands, audit history and
state, read models and the events sent to other services. The stored bytes never change, so the hash chain keeps
verifying them. New events are always written in the current version.

Each version of each event has a JSON Schema (draft 2020-12) in [libs/contracts/schemas](${SCHEMAS}), with a
variant without personal data for what roles without access to it receive; [asyncapi.yaml](asyncapi.yaml) describes
the channels the events travel on. The schemas are closed (\`additionalProperties: false\`): an event carries exactly
the fields its version lists. Personal-data fields carry \`"x-personal-data": true\` (tell a strict validator about
that keyword), and times \`"format": "date-time"\`.

Times are ISO-8601 strings in UTC. Fields marked **PD** are personal data (\`PERSONAL_DATA_FIELDS\` in
\`libs/contracts/src/personal-data.ts\`): roles without access to personal data never receive them, and they are
the fields that per-customer encryption covers.`;

const STORED_BESIDE = `Stored beside them: \`stream\`, \`revision\` (0, 1, 2… within the stream), \`position\` (global order),
\`previousHash\` (the hash of the previous event in the stream, null for the first) and \`hash\` = SHA-256 over
the canonical JSON (keys sorted, no whitespace) of \`stream\`, \`revision\`, \`type\`, \`data\`, \`metadata\` and
\`previousHash\`. Changing any stored event, or removing one, breaks the chain from there on.

Events sent to other services (\`GET /v1/events\`) carry \`eventId\`, \`stream\`, \`revision\`, \`position\`, \`type\`, \`data\` (in
the current version; without personal data for roles that may not see it) and \`metadata\` without \`commandId\`, which
stays inside Concord: [event-envelope.schema.json](${SCHEMAS}/event-envelope.schema.json),
[published-metadata.schema.json](${SCHEMAS}/published-metadata.schema.json).`;

/** docs/events.md: every event type and version, every field, its meaning and whether it is personal data. */
export const eventsMarkdown = (): string =>
  [
    INTRO,
    ['| event | current version |', '| --- | --- |']
      .concat(CUSTOMER_EVENT_TYPES.map((type) => `| [${type}](#${type.toLowerCase()}) | ${EVENT_CONTRACTS[type].length} |`))
      .join('\n'),
    '## Metadata of every stored event',
    `Schema [event-metadata.schema.json](${SCHEMAS}/event-metadata.schema.json).`,
    table(EVENT_METADATA_FIELDS),
    STORED_BESIDE,
    ...CUSTOMER_EVENT_TYPES.map((type) => eventSection(EVENT_CONTRACTS[type])),
  ].join('\n\n') + '\n';
