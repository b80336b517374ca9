module.exports = { ...require('../../jest.preset.cjs'), displayName: 'complaint-alerts' };
