import { percentage, roundToOneDecimal } from './rounding.js';

describe('roundToOneDecimal', () => {
  it.each([
    [66.666, 66.7],
    [12.25, 12.3],
    [(100 * 49) / 400, 12.3], // 12.249999… in binary
    [1.15, 1.2], // 11.4999… × 10 in binary
    [-6.25, -6.3], // halves away from zero, symmetric with +6.3
    [-12.24, -12.2],
    [40, 40],
  ])('rounds %p to %p', (value, expected) => {
    expect(roundToOneDecimal(value)).toBe(expected);
  });

  it('never yields negative zero', () => {
    expect(Object.is(roundToOneDecimal(-0.04), 0)).toBe(true);
  });
});

describe('percentage', () => {
  it('is a share 0–100 with one decimal place', () => {
    expect(percentage(1, 3)).toBe(33.3);
    expect(percentage(2, 3)).toBe(66.7);
    expect(percentage(3, 3)).toBe(100);
    expect(percentage(0, 7)).toBe(0);
  });

  it('is null when there is nothing to take a share of', () => {
    expect(percentage(0, 0)).toBeNull();
  });
});
