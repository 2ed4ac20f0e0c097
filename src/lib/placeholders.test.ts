import { describe, expect, it } from 'vitest';
import { fillPlaceholders } from './placeholders.ts';

describe('fillPlaceholders', () => {
  it('fills every placeholder, as often as it appears', () => {
    expect(fillPlaceholders('{a} and {b}, {a}', { a: 'x', b: 'y' })).toBe('x and y, x');
  });

  it('refuses to leave a placeholder unfilled, naming the text and the placeholder', () => {
    expect(() => fillPlaceholders('Help: {country}', {}, 'UI string')).toThrow(
      'UI string "Help: {country}" needs a value for {country}',
    );
  });
});
