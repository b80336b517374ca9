export { subscribe, type SubscribeOptions, type SubscriberNotice } from './subscribe.js';
export { memoryCheckpoint, type Checkpoint } from './checkpoint.js';
export { fileCheckpoint, CorruptCheckpoint } from './file-checkpoint.js';
export {
  PERSONAL_DATA_FIELDS,
  type ConcordEvent,
  type Position,
  type PublishedData,
  type PublishedEvent,
  type PublishedMetadata,
} from './published-event.js';
export {
  ConnectionLost,
  EventHandlerFailed,
  SubscriberAuthError,
  SubscriberProtocolError,
  SubscriberRequestError,
  type FieldError,
} from './subscriber.errors.js';
export type { BackoffOptions } from './backoff.js';
