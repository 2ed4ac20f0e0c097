/**
 * Detects the quick-exit keyboard gesture: Shift pressed three times in a row.
 *
 * As in GOV.UK's "Exit this page" component, any other key in between starts
 * the count again, so typing capital letters never triggers an exit, and a held
 * Shift (auto-repeat) counts once. Presses more than `windowMs` apart do not
 * add up either.
 */

export interface KeyPress {
  /** `KeyboardEvent.key` */
  key: string;
  /** `KeyboardEvent.repeat`: true while a key is held down */
  repeat: boolean;
  /** A timestamp in milliseconds, such as `KeyboardEvent.timeStamp` */
  time: number;
}

export interface ShiftSequenceOptions {
  /** How many presses trigger the exit. */
  presses?: number;
  /** The longest time in milliseconds the presses may take together. */
  windowMs?: number;
}

/** Returns a function fed every key press; it returns true on the press that completes the gesture. */
export function createShiftSequence({ presses = 3, windowMs = 5000 }: ShiftSequenceOptions = {}) {
  let times: number[] = [];
  return function onKeyPress(press: KeyPress): boolean {
    if (press.key !== 'Shift') {
      times = [];
      return false;
    }
    if (press.repeat) return false;
    times = [...times.filter((time) => press.time - time <= windowMs), press.time];
    if (times.length < presses) return false;
    times = [];
    return true;
  };
}
