export * from './access-token.js';
export * from './jwt-secret.js';
export * from './access-token.verifier.js';
