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
