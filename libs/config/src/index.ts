export * from './concord.config.js';
