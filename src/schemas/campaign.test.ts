import { describe, expect, it } from 'vitest';
import { formatSchemaIssues } from '../lib/content/schema-errors.ts';
import { CampaignSchema } from './campaign.ts';

const FILE = 'content/campaigns/en/world-day-2027.mdx';
const valid = {
  title: 'World Day against Trafficking in Persons',
  description: 'Every 30 July the world speaks up against trafficking.',
  start: '2027-07-01',
  end: '2027-07-31',
  call: 'gia-info-line',
  read: 'signs/fake-job-offers',
};
function errors(data: unknown): string {
  const result = CampaignSchema().safeParse(data);
  return result.success ? '' : formatSchemaIssues(FILE, result.error.issues);
}

describe('CampaignSchema', () => {
  it('accepts a campaign with dates and a call to action', () => {
    expect(CampaignSchema().parse(valid)).toEqual(valid);
  });

  it('accepts a campaign that goes on, one that lasts a day, and YAML dates', () => {
    const { end: _end, ...standing } = valid;
    expect(errors(standing)).toBe('');
    expect(errors({ ...valid, end: '2027-07-01' })).toBe('');
    const parsed = CampaignSchema().parse({ ...valid, start: new Date(Date.UTC(2027, 6, 1)), end: undefined });
    expect(parsed.start).toBe('2027-07-01');
  });

  it('accepts contact ids of either kind and pages at any depth', () => {
    expect(errors({ ...valid, call: 'kr/danuri', read: 'abroad' })).toBe('');
    expect(errors({ ...valid, call: 'police', read: 'abroad/kr' })).toBe('');
    // No one number fits a campaign for people going abroad.
    expect(errors({ ...valid, call: undefined })).toBe('');
  });

  it.each([
    [{ start: undefined }, 'start: is missing'],
    [{ start: '1 July 2027' }, 'start: "1 July 2027" is not a date written YYYY-MM-DD'],
    [{ end: '2027-06-31' }, 'end: "2027-06-31" is not a date written YYYY-MM-DD'],
    [{ end: '2027-06-30' }, 'end: 2027-06-30 is before the start, 2027-07-01'],
    [{ call: '+976 1800 1280' }, 'call: expected a contact id such as "police" or "kr/danuri"'],
    [{ call: 'KR/Danuri' }, 'call: expected a contact id'],
    [{ read: undefined }, 'read: is missing'],
    [{ read: '/en/abroad' }, 'read: expected a page of the site without language'],
    [{ read: 'https://example.org/' }, 'read: expected a page of the site without language'],
    [{ read: 'signs/' }, 'read: expected a page of the site without language'],
    [{ title: '' }, 'title: the title is empty'],
    [{ description: undefined }, 'description: is missing'],
    [{ draft: true }, 'unknown key "draft"'],
  ])('rejects %o', (change, message) => {
    expect(errors({ ...valid, ...change })).toContain(`${FILE}: ${message}`);
  });
});
