export * from './access-token.js';
export * from './jwt-secret.js';
