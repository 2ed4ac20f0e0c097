import { describe, expect, it } from 'vitest';
import { createShiftSequence, type KeyPress } from './shift-sequence.ts';

const shift = (time: number, repeat = false): KeyPress => ({ key: 'Shift', repeat, time });
const key = (k: string, time: number): KeyPress => ({ key: k, repeat: false, time });

function feed(presses: KeyPress[]): boolean[] {
  const onKeyPress = createShiftSequence();
  return presses.map(onKeyPress);
}

describe('createShiftSequence', () => {
  it('fires on the third Shift press, not before', () => {
    expect(feed([shift(0), shift(200), shift(400)])).toEqual([false, false, true]);
  });

  it('starts counting again after firing', () => {
    expect(feed([shift(0), shift(100), shift(200), shift(300), shift(400)])).toEqual([
      false,
      false,
      true,
      false,
      false,
    ]);
  });

  it('does not fire while someone types capital letters', () => {
    expect(feed([shift(0), key('A', 50), shift(100), key('B', 150), shift(200), key('C', 250)])).not.toContain(true);
  });

  it('counts a held Shift once', () => {
    expect(feed([shift(0), shift(30, true), shift(60, true), shift(90, true)])).not.toContain(true);
  });

  it('ignores presses spread over more than the time window', () => {
    expect(feed([shift(0), shift(3000), shift(6000)])).toEqual([false, false, false]);
    expect(feed([shift(0), shift(3000), shift(6000), shift(7000)])).toEqual([false, false, false, true]);
  });

  it('honours custom options', () => {
    const onKeyPress = createShiftSequence({ presses: 2, windowMs: 100 });
    expect(onKeyPress(shift(0))).toBe(false);
    expect(onKeyPress(shift(150))).toBe(false);
    expect(onKeyPress(shift(200))).toBe(true);
  });
});
