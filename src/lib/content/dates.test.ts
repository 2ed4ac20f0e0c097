import { describe, expect, it } from 'vitest';
import { dateText, isCalendarDate, isPartialDate } from './dates.ts';

describe('isCalendarDate', () => {
  it('accepts real dates', () => {
    expect(isCalendarDate('2024-03-01')).toBe(true);
    expect(isCalendarDate('2024-02-29')).toBe(true);
  });

  it('rejects impossible or malformed dates', () => {
    for (const bad of ['2023-02-29', '2024-13-01', '2024-00-10', '2024-3-1', '01.03.2024', '2024-03-01T00:00', '']) {
      expect(isCalendarDate(bad), bad).toBe(false);
    }
  });
});

describe('isPartialDate', () => {
  it('accepts a year, a month or a day', () => {
    expect(isPartialDate('2012')).toBe(true);
    expect(isPartialDate('2022-05')).toBe(true);
    expect(isPartialDate('2022-05-14')).toBe(true);
  });

  it('rejects out-of-range parts and other forms', () => {
    for (const bad of ['2022-13', '2022-05-32', 'c. 2012', '12', '2022/05']) {
      expect(isPartialDate(bad), bad).toBe(false);
    }
  });
});

describe('dateText', () => {
  it('reads the Date js-yaml makes of an unquoted date', () => {
    expect(dateText(new Date(Date.UTC(2024, 2, 1)))).toBe('2024-03-01');
  });

  it('reads a quoted date, a bare year and nothing else', () => {
    expect(dateText(' 2024-03-01 ')).toBe('2024-03-01');
    expect(dateText(2012)).toBe('2012');
    expect(dateText(null)).toBeUndefined();
    expect(dateText(new Date('nonsense'))).toBeUndefined();
  });
});
