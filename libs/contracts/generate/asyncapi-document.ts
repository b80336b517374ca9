import { CUSTOMER_EVENT_TYPES } from '../src/customer.events.js';
import { CUSTOMER_STREAM_PREFIX } from '../src/streams.js';
import type { EventContract } from '../src/schemas/event-contract.js';
import { allEventContracts, currentEventContract } from '../src/schemas/event-contracts.js';
import { eventSchemaId } from '../src/schemas/json-schema.js';
import { EVENT_ENVELOPE_SCHEMA_ID, EVENT_METADATA_SCHEMA_ID } from '../src/schemas/published-schemas.js';
import {
  SSE_CHANNEL_DESCRIPTION,
  SSE_OPERATION_DESCRIPTION,
  STREAM_CLOSED_MESSAGE_KEY,
  streamClosedMessage,
} from './sse-channel.js';

/** Where the schemas are, seen from docs/asyncapi.yaml. */
const SCHEMAS = '../libs/contracts/schemas';

type Json = { [key: string]: unknown };

const schemaRef = (id: string): Json => ({ $ref: `${SCHEMAS}/${id}` });
const ref = (pointer: string): Json => ({ $ref: `#/${pointer}` });

const messageKey = (contract: EventContract, form: 'published' | 'stored'): string =>
  `${contract.type}.v${contract.version}.${form}`;

/** As sent over SSE: the envelope, its data with or without personal data depending on the caller's role. */
const publishedMessage = (contract: EventContract): Json => ({
  name: contract.type,
  title: `${contract.type} v${contract.version}`,
  summary: contract.summary,
  description: 'SSE: `event: ' + contract.type + '`, `id:` the position, `data:` this payload as JSON.',
  contentType: 'application/json',
  payload: {
    allOf: [
      schemaRef(EVENT_ENVELOPE_SCHEMA_ID),
      {
        type: 'object',
        properties: {
          type: { const: contract.type },
          metadata: { type: 'object', properties: { schemaVersion: { const: contract.version } } },
          data: { anyOf: [schemaRef(eventSchemaId(contract)), schemaRef(eventSchemaId(contract, 'redacted'))] },
        },
      },
    ],
  },
});

/** As stored in EventStoreDB: the event type, its data, and the metadata as the event's metadata. */
const storedMessage = (contract: EventContract): Json => ({
  name: contract.type,
  title: `${contract.type} v${contract.version} as stored`,
  summary: contract.summary,
  description: `EventStoreDB event type \`${contract.type}\`; its metadata names schema version ${contract.version}.`,
  contentType: 'application/json',
  headers: {
    allOf: [
      schemaRef(EVENT_METADATA_SCHEMA_ID),
      { type: 'object', properties: { schemaVersion: { const: contract.version } } },
    ],
  },
  payload: schemaRef(eventSchemaId(contract)),
});

const currentContracts = (): readonly EventContract[] => CUSTOMER_EVENT_TYPES.map(currentEventContract);

const channelMessages = (contracts: readonly EventContract[], form: 'published' | 'stored'): Json =>
  Object.fromEntries(
    contracts.map((contract) => [messageKey(contract, form), ref(`components/messages/${messageKey(contract, form)}`)]),
  );

const operationMessages = (channel: string, contracts: readonly EventContract[], form: 'published' | 'stored') =>
  contracts.map((contract) => ref(`channels/${channel}/messages/${messageKey(contract, form)}`));

/** The AsyncAPI 3.0 document of the channels Concord's events travel on; its schemas are the published files. */
export const asyncApiDocument = (version: string): Json => ({
  asyncapi: '3.0.0',
  info: {
    title: 'Concord customer events',
    version,
    description:
      'The events of every customer of the bank, as other services receive them (Server-Sent Events from the API) ' +
      'and as EventStoreDB stores them. The event catalogue, with every field explained, is docs/events.md; ' +
      'this document and the schemas are generated from libs/contracts by `npm run contracts:generate`.',
  },
  defaultContentType: 'application/json',
  servers: {
    api: {
      host: 'localhost:3000',
      protocol: 'http',
      description: 'The Concord API (PORT, HOST); put it behind TLS outside a laptop.',
      security: [ref('components/securitySchemes/bearer')],
    },
    eventStore: {
      host: 'localhost:2113',
      protocol: 'esdb',
      description:
        'EventStoreDB or KurrentDB over gRPC, as `EVENTSTORE_URL` names it (e.g. `esdb://localhost:2113?tls=false`), ' +
        'when `CONCORD_EVENT_STORE=eventstoredb`.',
    },
  },
  channels: {
    customerEvents: {
      address: '/v1/events',
      title: 'Customer events for other services',
      description: SSE_CHANNEL_DESCRIPTION,
      servers: [ref('servers/api')],
      messages: {
        ...channelMessages(currentContracts(), 'published'),
        [STREAM_CLOSED_MESSAGE_KEY]: ref(`components/messages/${STREAM_CLOSED_MESSAGE_KEY}`),
      },
    },
    customerStream: {
      address: `${CUSTOMER_STREAM_PREFIX}{customerId}`,
      title: "One customer's stream",
      description:
        "Every event of one customer, in the order it was appended (revision 0, 1, 2…), each in the schema version " +
        'it was written in (its metadata names it). Only Concord appends to these streams.',
      parameters: { customerId: { description: "The customer's id." } },
      servers: [ref('servers/eventStore')],
      messages: channelMessages(allEventContracts(), 'stored'),
    },
    customerCategory: {
      address: `$ce-${CUSTOMER_STREAM_PREFIX.slice(0, -1)}`,
      title: 'Every customer stream',
      description:
        "EventStoreDB's category stream of the `customer-` streams (the `$by_category` system projection must run): " +
        'links to every customer event, in the order EventStoreDB processed them. Read it with links resolved.',
      servers: [ref('servers/eventStore')],
      messages: channelMessages(allEventContracts(), 'stored'),
    },
  },
  operations: {
    sendCustomerEvents: {
      action: 'send',
      channel: ref('channels/customerEvents'),
      title: 'Stream customer events to a subscriber',
      description: SSE_OPERATION_DESCRIPTION,
      security: [ref('components/securitySchemes/bearer')],
      bindings: {
        http: {
          method: 'GET',
          query: {
            type: 'object',
            properties: {
              after: { type: 'integer', minimum: 0, description: 'Send the events after this position.' },
              types: { type: 'string', description: 'Only these event types, comma-separated.' },
              customerId: { type: 'string', description: "Only this customer's events." },
              limit: { type: 'integer', minimum: 1, description: 'JSON pages only: the most events in one page.' },
            },
            additionalProperties: false,
          },
          bindingVersion: '0.3.0',
        },
      },
      messages: [
        ...operationMessages('customerEvents', currentContracts(), 'published'),
        ref(`channels/customerEvents/messages/${STREAM_CLOSED_MESSAGE_KEY}`),
      ],
    },
    appendCustomerEvents: {
      action: 'send',
      channel: ref('channels/customerStream'),
      title: "Append a command's events to the customer's stream",
      description: 'Atomically, at the revision the command was decided on, in the current schema version.',
      messages: operationMessages('customerStream', currentContracts(), 'stored'),
    },
  },
  components: {
    securitySchemes: {
      bearer: {
        type: 'http',
        scheme: 'bearer',
        bearerFormat: 'JWT',
        description: 'An HS256 token with the role `service` or `admin` (`npm run concord -- token`).',
      },
    },
    messages: Object.fromEntries([
      ...currentContracts().map((contract) => [messageKey(contract, 'published'), publishedMessage(contract)]),
      [STREAM_CLOSED_MESSAGE_KEY, streamClosedMessage(schemaRef)],
      ...allEventContracts().map((contract) => [messageKey(contract, 'stored'), storedMessage(contract)]),
    ]),
  },
});
