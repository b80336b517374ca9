import { jest } from '@jest/globals';
import { setDeadline } from './deadline-timer.js';

const DAY_MS = 86_400_000;

describe('setDeadline', () => {
  beforeEach(() => jest.useFakeTimers({ now: new Date('2026-03-01T10:00:00.000Z') }));
  afterEach(() => jest.useRealTimers());

  const inMs = (ms: number): Date => new Date(Date.now() + ms);

  it('calls back when the deadline comes, not a millisecond before, and once', () => {
    const onDue = jest.fn();
    setDeadline(inMs(60_000), onDue);
    jest.advanceTimersByTime(59_999);
    expect(onDue).not.toHaveBeenCalled();
    jest.advanceTimersByTime(1);
    expect(onDue).toHaveBeenCalledTimes(1);
    jest.advanceTimersByTime(DAY_MS);
    expect(onDue).toHaveBeenCalledTimes(1);
  });

  it('waits out a 30-day deadline, longer than one timer can wait', () => {
    const onDue = jest.fn();
    setDeadline(inMs(30 * DAY_MS), onDue);
    jest.advanceTimersByTime(30 * DAY_MS - 1);
    expect(onDue).not.toHaveBeenCalled();
    jest.advanceTimersByTime(1);
    expect(onDue).toHaveBeenCalledTimes(1);
  });

  it('calls back on a later turn, not at once, for a deadline already past', () => {
    const onDue = jest.fn();
    setDeadline(inMs(-1_000), onDue);
    expect(onDue).not.toHaveBeenCalled();
    jest.advanceTimersByTime(0);
    expect(onDue).toHaveBeenCalledTimes(1);
  });

  it('never calls back once cancelled, also after the timer was set again', () => {
    const onDue = jest.fn();
    const cancel = setDeadline(inMs(30 * DAY_MS), onDue);
    jest.advanceTimersByTime(26 * DAY_MS);
    cancel();
    jest.advanceTimersByTime(5 * DAY_MS);
    expect(onDue).not.toHaveBeenCalled();
    expect(jest.getTimerCount()).toBe(0);
  });
});
