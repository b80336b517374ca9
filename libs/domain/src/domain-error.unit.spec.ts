import { ComplaintAlreadyResolved, ComplaintExtensionTooLong } from './complaint.errors.js';
import { CustomerDeparted } from './customer.errors.js';
import { DOMAIN_ERROR_KINDS, DomainError, isDomainError } from './domain-error.js';

describe('DomainError', () => {
  it('carries a stable code, its kind for the API, and its class name', () => {
    const error = new ComplaintAlreadyResolved('complaint-1');
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({
      code: 'COMPLAINT.ALREADY_RESOLVED',
      kind: 'conflict',
      name: 'ComplaintAlreadyResolved',
    });
  });

  it('says what to do about it', () =>
    expect(new CustomerDeparted('c-1').message).toMatch(/resume it before recording anything else/));

  it('maps rule violations to unprocessable', () =>
    expect(new ComplaintExtensionTooLong('2026-02-10T00:00:00.000Z', '2026-02-09T08:00:00.000Z', 1).kind).toBe(
      'unprocessable',
    ));

  it('tells domain errors from others', () => {
    expect(isDomainError(new CustomerDeparted('c-1'))).toBe(true);
    expect(isDomainError(new Error('boom'))).toBe(false);
  });

  it('uses namespaced upper-case codes only', () =>
    expect(Object.keys(DOMAIN_ERROR_KINDS).filter((code) => !/^[A-Z]+\.[A-Z_]+$/.test(code))).toEqual([]));
});
