import { describe, expect, it } from 'vitest';
import { numberMentions, unpublishedMentions } from './number-mentions.ts';

describe('numberMentions', () => {
  it('finds numbers written with separators', () => {
    expect(numberMentions('One transcript gives "1577-1336"; call +82 2 798 3464 or (853) 2888 9911.')).toEqual([
      '1577-1336',
      '+82 2 798 3464',
      '(853) 2888 9911',
    ]);
  });

  it('leaves out dates, year ranges, hours and short codes', () => {
    expect(numberMentions('Moved on 2017-01-18; sources from 2009–2012; open 09:00–18:00; call 112 or 1345.')).toEqual(
      [],
    );
    expect(numberMentions('Monday–Friday 9:00–11:30, 14:00–16:30 (2020 оны мэдээллээр)')).toEqual([]);
  });
});

describe('unpublishedMentions', () => {
  const published = new Set(['15771366', '8227983464', '027983464']);

  it('accepts a published number however it is written', () => {
    expect(unpublishedMentions('Call 1577-1366 or +82 2-798-3464 or 02 798 3464.', published)).toEqual([]);
  });

  it('names a number the site does not publish', () => {
    expect(unpublishedMentions('One 2019 transcript gives "1577-1336".', published)).toEqual(['1577-1336']);
    expect(unpublishedMentions('An older list gives 02-794-1350.', published)).toEqual(['02-794-1350']);
  });
});
