import { customerScopedId } from './scoped-id.js';

describe('customerScopedId', () => {
  it('reads as customer:id for ordinary ids', () => {
    expect(customerScopedId('c-1', 'complaint-1')).toBe('c-1:complaint-1');
  });

  it('cannot make two different pairs collide', () => {
    expect(customerScopedId('a:b', 'c')).not.toBe(customerScopedId('a', 'b:c'));
  });
});
