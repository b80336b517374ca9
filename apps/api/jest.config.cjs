const preset = require('../../jest.preset.cjs');

// @fastify/static (which serves Swagger UI's assets) is CommonJS and require()s content-disposition, which is
// ESM-only. Node >= 20.19 does that natively, Jest on Node < 24.9 cannot, so Jest compiles that one package to
// CommonJS. Nothing else in node_modules is transformed.
const requiredEsm = ['content-disposition'];

module.exports = {
  ...preset,
  displayName: 'api',
  transform: {
    ...preset.transform,
    [`node_modules/(${requiredEsm.join('|')})/.+\\.js$`]: ['@swc/jest', { module: { type: 'commonjs' } }],
  },
  transformIgnorePatterns: [`/node_modules/(?!(${requiredEsm.join('|')})/)`],
};
