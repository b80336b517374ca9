import { nestLogLevels } from './nest-config.js';

describe('nestLogLevels', () => {
  it('enables a level and all more severe ones', () => {
    expect(nestLogLevels('warn')).toEqual(['fatal', 'error', 'warn']);
    expect(nestLogLevels('info')).toEqual(['fatal', 'error', 'warn', 'log']);
    expect(nestLogLevels('log')).toEqual(nestLogLevels('info'));
    expect(nestLogLevels('silent')).toEqual([]);
  });
});
