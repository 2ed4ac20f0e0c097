/**
 * The Mongolia-wide lines offered first wherever space is short — the home
 * page, the hotlines insert — most urgent first. The hotlines page lists all.
 */
export const MONGOLIA_KEY_LINES = [
  'police',
  'ambulance',
  'gia-info-line',
  'domestic-violence',
  'child-helpline',
] as const;

/** The Mongolia-wide lines that are national emergency numbers: print needs a government source for them. */
export const MONGOLIA_EMERGENCY_LINES: ReadonlySet<string> = new Set(['police', 'ambulance', 'fire']);
