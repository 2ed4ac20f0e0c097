/**
 * Campaigns run for a stretch of dates: which one is on now, how a list
 * groups them, and the checks across files that no single file's schema can
 * make (twins agreeing on dates, a call to action that leads somewhere real).
 *
 * Dates are calendar days written `YYYY-MM-DD`, compared as text: that order
 * is the calendar's.
 */

import { DEFAULT_LOCALE, languageName } from '../locales.ts';

export type CampaignPhase = 'current' | 'upcoming' | 'past';

/** The dates of a campaign: the first day, and the last day if it has one (none: it goes on). */
export interface CampaignDates {
  start: string;
  end?: string;
}

/** Whether a campaign is running on `today` (`YYYY-MM-DD`), has yet to start, or is over. Both ends count as running. */
export function campaignPhase({ start, end }: CampaignDates, today: string): CampaignPhase {
  if (today < start) return 'upcoming';
  if (end !== undefined && today > end) return 'past';
  return 'current';
}

/**
 * The campaign the home page shows on `today`:
 * 1. of those running, the one that started last — a short campaign (a world
 *    day) takes the place of a standing one (keep these numbers) while it runs;
 * 2. if none is running, the next to start;
 * 3. if none is to come, the one that ended last.
 * Ties go to the first in the list. Undefined only for an empty list.
 */
export function currentCampaign<T extends CampaignDates>(campaigns: readonly T[], today: string): T | undefined {
  const inPhase = (phase: CampaignPhase) => campaigns.filter((campaign) => campaignPhase(campaign, today) === phase);
  const pick = (candidates: T[], better: (a: T, b: T) => boolean) =>
    candidates.reduce<T | undefined>(
      (best, campaign) => (best && !better(campaign, best) ? best : campaign),
      undefined,
    );
  return (
    pick(inPhase('current'), (a, b) => a.start > b.start) ??
    pick(inPhase('upcoming'), (a, b) => a.start < b.start) ??
    pick(inPhase('past'), (a, b) => a.end! > b.end!)
  );
}

/**
 * Campaigns grouped for a list: running ones newest first, those to come
 * soonest first, past ones most recently ended first.
 */
export function campaignsByPhase<T extends CampaignDates>(
  campaigns: readonly T[],
  today: string,
): Record<CampaignPhase, T[]> {
  const of = (phase: CampaignPhase) => campaigns.filter((campaign) => campaignPhase(campaign, today) === phase);
  return {
    current: of('current').sort((a, b) => b.start.localeCompare(a.start)),
    upcoming: of('upcoming').sort((a, b) => a.start.localeCompare(b.start)),
    past: of('past').sort((a, b) => b.end!.localeCompare(a.end!)),
  };
}

/** The list's groups, in the order it shows them. */
export const CAMPAIGN_PHASES = ['current', 'upcoming', 'past'] as const satisfies readonly CampaignPhase[];

/**
 * Every campaign in the list's order, with its phase: the groups of
 * `campaignsByPhase` one after another, so that a long list can be cut into
 * pages (`src/lib/pages/list-pages.ts`) and each page grouped again.
 */
export function campaignListOrder<T extends CampaignDates>(
  campaigns: readonly T[],
  today: string,
): { phase: CampaignPhase; campaign: T }[] {
  const grouped = campaignsByPhase(campaigns, today);
  return CAMPAIGN_PHASES.flatMap((phase) => grouped[phase].map((campaign) => ({ phase, campaign })));
}

/** A run of that list (one page of it) in its groups, in order; a group with nothing on the page is left out. */
export function phaseGroups<T>(
  items: readonly { phase: CampaignPhase; campaign: T }[],
): { phase: CampaignPhase; campaigns: T[] }[] {
  return CAMPAIGN_PHASES.map((phase) => ({
    phase,
    campaigns: items.filter((item) => item.phase === phase).map((item) => item.campaign),
  })).filter((group) => group.campaigns.length > 0);
}

/** Where the campaigns run: their days begin and end in Ulaanbaatar. */
export const CAMPAIGN_TIME_ZONE = 'Asia/Ulaanbaatar';

/**
 * The date at `now` in `timeZone`, `YYYY-MM-DD`: a campaign starting on
 * 30 July starts on that day in Ulaanbaatar, whatever the build machine's
 * clock zone.
 */
export function calendarDate(now: Date, timeZone: string = CAMPAIGN_TIME_ZONE): string {
  // The Canadian English format is YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** What the cross-file checks need of one campaign file. */
export interface CampaignFile {
  /** The file's path from the project root, for messages. */
  file: string;
  start: string;
  end?: string;
  /** The id of the contact to call (`police`, `kr/danuri`), if the campaign names one. */
  call?: string;
  /** The page to read, without language: `abroad`, `signs/fake-job-offers`. */
  read: string;
}

export interface CampaignContext {
  /** Whether a contact exists, may be published and has a number to call; `undefined` when it may be called. */
  callProblem: (id: string) => string | undefined;
  /** Every page of the site without language (`abroad`, `signs/fake-job-offers`). */
  pages: ReadonlySet<string>;
}

/**
 * One `file: field: reason` line per problem across a campaign's twins, the
 * first language's first: every other twin must keep its dates, and each
 * must call a contact that may be called and send readers to a page that
 * exists.
 */
export function campaignProblems(twins: readonly CampaignFile[], context: CampaignContext): string[] {
  const problems: string[] = [];
  const [first, ...others] = twins;
  const shown = (value: string | undefined) => (value === undefined ? 'none' : value);
  for (const twin of others) {
    for (const field of ['start', 'end'] as const) {
      if (first![field] !== twin[field]) {
        problems.push(
          `${twin.file}: ${field}: ${shown(twin[field])} differs from its ${languageName(DEFAULT_LOCALE)} twin's ${shown(first![field])}; twins run on the same dates`,
        );
      }
    }
  }
  for (const twin of twins) {
    const callProblem = twin.call === undefined ? undefined : context.callProblem(twin.call);
    if (callProblem) problems.push(`${twin.file}: call: "${twin.call}" ${callProblem}`);
    if (!context.pages.has(twin.read)) problems.push(`${twin.file}: read: no page "${twin.read}" exists on the site`);
  }
  return problems;
}
