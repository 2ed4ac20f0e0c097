import { describe, expect, it } from 'vitest';
import {
  calendarDate,
  campaignPhase,
  campaignProblems,
  campaignListOrder,
  campaignsByPhase,
  phaseGroups,
  currentCampaign,
  type CampaignFile,
} from './campaigns.ts';

const standing = { slug: 'keep-these-numbers', start: '2026-11-23' };
const worldDay = { slug: 'world-day-2027', start: '2027-07-01', end: '2027-07-31' };
const winter = { slug: 'winter', start: '2026-01-10', end: '2026-02-10' };
const spring = { slug: 'spring', start: '2026-03-01', end: '2026-03-31' };

describe('campaignPhase', () => {
  it('counts the first and the last day as running', () => {
    expect(campaignPhase(worldDay, '2027-06-30')).toBe('upcoming');
    expect(campaignPhase(worldDay, '2027-07-01')).toBe('current');
    expect(campaignPhase(worldDay, '2027-07-31')).toBe('current');
    expect(campaignPhase(worldDay, '2027-08-01')).toBe('past');
  });

  it('keeps a campaign without an end running for good', () => {
    expect(campaignPhase(standing, '2040-01-01')).toBe('current');
  });
});

describe('currentCampaign', () => {
  it('picks the running campaign', () => {
    expect(currentCampaign([worldDay, standing], '2026-11-23')).toBe(standing);
  });

  it('prefers, of those running, the one that started last', () => {
    expect(currentCampaign([standing, worldDay], '2027-07-15')).toBe(worldDay);
    expect(currentCampaign([worldDay, standing], '2027-07-15')).toBe(worldDay);
    expect(currentCampaign([standing, worldDay], '2027-08-01')).toBe(standing);
  });

  it('picks the next to start when none is running', () => {
    expect(currentCampaign([worldDay, standing], '2026-11-22')).toBe(standing);
    expect(currentCampaign([spring, worldDay], '2026-04-01')).toBe(worldDay);
    expect(currentCampaign([spring, winter], '2025-12-01')).toBe(winter);
  });

  it('picks the one that ended last when none is running or to come', () => {
    expect(currentCampaign([spring, winter], '2026-12-01')).toBe(spring);
    expect(currentCampaign([winter, spring], '2026-12-01')).toBe(spring);
  });

  it('gives the first of two that start on the same day, and nothing for no campaigns', () => {
    const twin = { ...worldDay, slug: 'other' };
    expect(currentCampaign([worldDay, twin], '2027-07-02')).toBe(worldDay);
    expect(currentCampaign([], '2027-07-02')).toBeUndefined();
  });
});

describe('campaignsByPhase', () => {
  it('lists running ones newest first, coming ones soonest first, past ones latest first', () => {
    const later = { slug: 'later', start: '2028-01-01' };
    const grouped = campaignsByPhase([winter, later, standing, spring, worldDay], '2026-12-01');
    expect(grouped.current).toEqual([standing]);
    expect(grouped.upcoming).toEqual([worldDay, later]);
    expect(grouped.past).toEqual([spring, winter]);
  });
});

describe('campaignListOrder and phaseGroups', () => {
  it('puts the groups one after another, and a page of them back in its groups', () => {
    const later = { slug: 'later', start: '2028-01-01' };
    const list = campaignListOrder([winter, later, standing, spring, worldDay], '2026-12-01');
    expect(list.map(({ phase, campaign }) => [phase, campaign])).toEqual([
      ['current', standing],
      ['upcoming', worldDay],
      ['upcoming', later],
      ['past', spring],
      ['past', winter],
    ]);
    expect(phaseGroups(list.slice(2, 4))).toEqual([
      { phase: 'upcoming', campaigns: [later] },
      { phase: 'past', campaigns: [spring] },
    ]);
    expect(phaseGroups([])).toEqual([]);
  });
});

describe('calendarDate', () => {
  it('gives the date in Ulaanbaatar, eight hours ahead of UTC', () => {
    expect(calendarDate(new Date('2027-07-29T15:59:59Z'))).toBe('2027-07-29');
    expect(calendarDate(new Date('2027-07-29T16:00:00Z'))).toBe('2027-07-30');
  });

  it('gives the date in another zone when asked', () => {
    expect(calendarDate(new Date('2027-07-29T16:00:00Z'), 'UTC')).toBe('2027-07-29');
  });
});

describe('campaignProblems', () => {
  const mn: CampaignFile = {
    file: 'content/campaigns/mn/x.mdx',
    start: '2027-07-01',
    end: '2027-07-31',
    call: 'police',
    read: 'signs',
  };
  const en: CampaignFile = { ...mn, file: 'content/campaigns/en/x.mdx' };
  const context = {
    callProblem: (id: string) =>
      id === 'police' ? undefined : id === 'anti-trafficking-1903' ? 'is unconfirmed' : 'is no contact',
    pages: new Set(['signs', 'abroad', 'signs/fake-job-offers']),
  };

  it('accepts twins on the same dates, calling a published contact and sending readers to a page', () => {
    expect(campaignProblems([mn, en], context)).toEqual([]);
  });

  it('reports twins that run on different dates', () => {
    expect(campaignProblems([mn, { ...en, start: '2027-07-02', end: undefined }], context)).toEqual([
      "content/campaigns/en/x.mdx: start: 2027-07-02 differs from its Mongolian twin's 2027-07-01; twins run on the same dates",
      "content/campaigns/en/x.mdx: end: none differs from its Mongolian twin's 2027-07-31; twins run on the same dates",
    ]);
  });

  it('accepts a campaign that names no contact to call', () => {
    expect(
      campaignProblems(
        [
          { ...mn, call: undefined },
          { ...en, call: undefined },
        ],
        context,
      ),
    ).toEqual([]);
  });

  it('reports a call to a contact that may not be called, in the twin that names it', () => {
    expect(campaignProblems([mn, { ...en, call: 'anti-trafficking-1903' }], context)).toEqual([
      'content/campaigns/en/x.mdx: call: "anti-trafficking-1903" is unconfirmed',
    ]);
    expect(campaignProblems([{ ...mn, call: 'kr/nobody' }, en], context)).toEqual([
      'content/campaigns/mn/x.mdx: call: "kr/nobody" is no contact',
    ]);
  });

  it('reports a page to read that does not exist', () => {
    expect(campaignProblems([mn, { ...en, read: 'signs/no-such-sign' }], context)).toEqual([
      'content/campaigns/en/x.mdx: read: no page "signs/no-such-sign" exists on the site',
    ]);
  });
});
