import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { CUSTOMER_EVENT_TYPES, SCHEMA_VERSIONS } from '../src/customer.events.js';
import { allEventContracts } from '../src/schemas/event-contracts.js';
import { eventSchemaId } from '../src/schemas/json-schema.js';
import { STREAM_CLOSED_EVENT, STREAM_CLOSED_REASONS } from '../src/stream-closed.js';

const docs = resolve(dirname(fileURLToPath(import.meta.url)), '../../../docs');

type Node = { readonly [key: string]: unknown };
type Message = Readonly<{ name: string; payload: Node; headers?: Node }>;
type AsyncApi = Readonly<{
  asyncapi: string;
  channels: Readonly<
    Record<string, Readonly<{ address: string; description?: string; messages: Readonly<Record<string, Node>> }>>
  >;
  operations: Readonly<Record<string, Readonly<{ channel: Node; messages: readonly Node[] }>>>;
  components: Readonly<{ messages: Readonly<Record<string, Message>> }>;
}>;

const document = parse(readFileSync(join(docs, 'asyncapi.yaml'), 'utf8')) as AsyncApi;

/** Every `$ref` in a subtree, depth first. */
const refsIn = (node: unknown): string[] => {
  if (Array.isArray(node)) return node.flatMap(refsIn);
  if (typeof node !== 'object' || node === null) return [];
  return Object.entries(node).flatMap(([key, value]) => (key === '$ref' ? [value as string] : refsIn(value)));
};

/** What a local reference (`#/a/b`) points at, or undefined. */
const resolvePointer = (pointer: string): unknown =>
  pointer
    .slice(2)
    .split('/')
    .reduce<unknown>((node, key) => (node as Node | undefined)?.[key.replaceAll('~1', '/').replaceAll('~0', '~')], document);

/** The schema file a reference names, parsed. */
const schemaAt = (ref: string): Node => JSON.parse(readFileSync(join(docs, ref), 'utf8')) as Node;

const schemaRefs = (node: unknown): string[] => refsIn(node).filter((ref) => !ref.startsWith('#'));

describe('docs/asyncapi.yaml', () => {
  it('is an AsyncAPI 3.0 document whose references all resolve', () => {
    expect(document.asyncapi).toBe('3.0.0');
    for (const ref of refsIn(document)) {
      const resolved = ref.startsWith('#') ? resolvePointer(ref) !== undefined : existsSync(join(docs, ref));
      expect([ref, resolved]).toEqual([ref, true]);
    }
  });

  it.each(allEventContracts().map((contract) => [`${contract.type} v${contract.version}`, contract] as const))(
    'describes %s as stored in EventStoreDB, with its data schema by reference',
    (_, contract) => {
      const message = document.components.messages[`${contract.type}.v${contract.version}.stored`];
      expect(message?.name).toBe(contract.type);
      expect(schemaRefs(message?.payload).map((ref) => schemaAt(ref)['$id'])).toEqual([eventSchemaId(contract)]);
      for (const channel of ['customerStream', 'customerCategory']) {
        expect(Object.keys(document.channels[channel]?.messages ?? {})).toContain(`${contract.type}.v${contract.version}.stored`);
      }
    },
  );

  it.each(CUSTOMER_EVENT_TYPES)('publishes %s over SSE in its current version, with and without personal data', (type) => {
    const version = SCHEMA_VERSIONS[type];
    const key = `${type}.v${version}.published`;
    expect(Object.keys(document.channels['customerEvents']?.messages ?? {})).toContain(key);
    const ids = schemaRefs(document.components.messages[key]?.payload).map((ref) => schemaAt(ref)['$id']);
    expect(ids).toEqual([
      'event-envelope.schema.json',
      eventSchemaId({ type, version }),
      eventSchemaId({ type, version }, 'redacted'),
    ]);
  });

  it('describes the stream-closed message of the SSE feed, with every reason the server gives', () => {
    const message = document.components.messages['streamClosed'];
    expect(message?.name).toBe(STREAM_CLOSED_EVENT);
    const [schema, ...others] = schemaRefs(message?.payload).map(schemaAt);
    expect(others).toEqual([]);
    expect(schema?.['required']).toEqual(['reason', 'message', 'lastEventId', 'correlationId']);
    expect((schema?.['properties'] as Node)['reason']).toMatchObject({ enum: [...STREAM_CLOSED_REASONS] });
    expect(document.channels['customerEvents']?.messages['streamClosed']).toEqual({
      $ref: '#/components/messages/streamClosed',
    });
    expect(document.operations['sendCustomerEvents']?.messages).toContainEqual({
      $ref: '#/channels/customerEvents/messages/streamClosed',
    });
  });

  it('describes both kinds of heartbeat in the SSE channel, since they carry no payload', () => {
    const description = document.channels['customerEvents']?.description ?? '';
    expect(description).toContain('`: heartbeat`');
    expect(description).toContain('`id:` the last position scanned, with no `event:` and no `data:`');
  });

  it('names the channels as the API and EventStoreDB do', () => {
    expect(Object.values(document.channels).map((channel) => channel.address)).toEqual([
      '/v1/events',
      'customer-{customerId}',
      '$ce-customer',
    ]);
  });
});
