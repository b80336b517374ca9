import type { EventContract } from './event-contract.js';
import type { Field, Fields } from './field.js';

/** A JSON Schema (draft 2020-12) document or subschema, as plain JSON. */
export type JsonSchema = Readonly<{ [keyword: string]: unknown }>;

const JSON_SCHEMA_DIALECT = 'https://json-schema.org/draft/2020-12/schema';

/** Marks a personal-data property; validators that reject unknown keywords must be told about it. */
export const PERSONAL_DATA_KEYWORD = 'x-personal-data';

/**
 * Whether personal data is described (`full`, as stored and as sent to roles that may see it) or left out
 * (`redacted`, as sent to roles that may not: the closed schema then proves no personal field is present).
 */
export type SchemaVariant = 'full' | 'redacted';

const keep = (field: Field, variant: SchemaVariant): boolean => variant === 'full' || field.personal !== true;

/**
 * Closed objects (`additionalProperties: false`): an event carries exactly the fields its version documents, so a
 * typo, an undocumented field or a leaked personal field fails validation instead of passing silently. `tag` is the
 * required member that tells a variant apart.
 */
const objectSchema = (fields: Fields, variant: SchemaVariant, tag: Readonly<Record<string, JsonSchema>> = {}) => {
  const kept = Object.entries(fields).filter(([, field]) => keep(field, variant));
  return {
    type: 'object',
    properties: { ...tag, ...Object.fromEntries(kept.map(([name, field]) => [name, fieldSchema(field, variant)])) },
    required: [...Object.keys(tag), ...kept.filter(([, field]) => field.optional !== true).map(([name]) => name)],
    additionalProperties: false,
  };
};

const valueSchema = (field: Field, variant: SchemaVariant): JsonSchema => {
  switch (field.kind) {
    case 'string':
      return field.format === undefined ? { type: 'string', minLength: 1 } : { type: 'string', format: field.format };
    case 'enum':
      return { enum: field.values };
    case 'integer':
      return { type: 'integer', minimum: field.minimum, ...(field.maximum === undefined ? {} : { maximum: field.maximum }) };
    case 'boolean':
      return { type: 'boolean' };
    case 'list':
      return { type: 'array', items: fieldSchema(field.items, variant), uniqueItems: field.unique };
    case 'object':
      return objectSchema(field.fields, variant);
    case 'variants':
      return {
        oneOf: Object.entries(field.variants).map(([value, fields]) =>
          objectSchema(fields, variant, { [field.tag]: { description: field.tagDescription, const: value } }),
        ),
      };
    default: {
      const unknown: never = field;
      throw new Error(`No JSON Schema for ${JSON.stringify(unknown)}`);
    }
  }
};

const fieldSchema = (field: Field, variant: SchemaVariant): JsonSchema => {
  const value = valueSchema(field, variant);
  return {
    description: field.description,
    ...(field.personal === true ? { [PERSONAL_DATA_KEYWORD]: true } : {}),
    ...(field.nullable === true ? { anyOf: [value, { type: 'null' }] } : value),
  };
};

/** File name, and `$id`, of the schema of one version's data; the schemas refer to each other by these. */
export const eventSchemaId = (contract: Pick<EventContract, 'type' | 'version'>, variant: SchemaVariant = 'full') =>
  `${contract.type}.v${contract.version}${variant === 'redacted' ? '.redacted' : ''}.schema.json`;

/** The JSON Schema of the `data` of one version of one event type. */
export const eventDataSchema = (contract: EventContract, variant: SchemaVariant = 'full'): JsonSchema => ({
  $schema: JSON_SCHEMA_DIALECT,
  $id: eventSchemaId(contract, variant),
  title: `${contract.type} v${contract.version}${variant === 'redacted' ? ' without personal data' : ''}`,
  description: contract.summary,
  ...objectSchema(contract.fields, variant),
});

/** The JSON Schema of a document described by fields alone (the metadata). */
export const fieldsSchema = (id: string, title: string, description: string, fields: Fields): JsonSchema => ({
  $schema: JSON_SCHEMA_DIALECT,
  $id: id,
  title,
  description,
  ...objectSchema(fields, 'full'),
});
