export * from './decider-spec.js';
export * from './projection-spec.js';
export * from './projected-events.js';
export * from './customer-event.builders.js';
