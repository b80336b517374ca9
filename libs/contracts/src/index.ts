export * from './vocabulary.js';
export * from './event-metadata.js';
export * from './customer.events.js';
export * from './personal-data.js';
export * from './streams.js';
export * from './business-time.js';
