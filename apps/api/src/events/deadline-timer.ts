/** setTimeout's longest delay (2^31 − 1 ms, about 24.8 days): a longer one fires at once, with only a warning. */
const LONGEST_DELAY_MS = 2 ** 31 - 1;

/**
 * Calls `onDue` once, when the wall clock reaches `at`, never before and never synchronously. A token may live 30
 * days, longer than one timer can wait, so the timer is set again as often as needed. Returns the cancel function.
 */
export const setDeadline = (at: Date, onDue: () => void): (() => void) => {
  const wait = (): NodeJS.Timeout =>
    setTimeout(
      () => {
        if (Date.now() >= at.getTime()) onDue();
        else timer = wait();
      },
      Math.min(Math.max(at.getTime() - Date.now(), 0), LONGEST_DELAY_MS),
    );
  let timer = wait();
  return () => clearTimeout(timer);
};
