import { z } from 'astro/zod';
import { CalendarDateSchema } from './dates.ts';
import { expected } from './messages.ts';
import { PageSchema } from './page.ts';

/** A contact's id as pages name it: `police` for a Mongolia-wide line, `kr/danuri` for a destination's. */
const CONTACT_ID = /^(?:[a-z]{2}\/)?[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A page's path without language: lowercase ASCII words joined by hyphens, in one or more `/` parts. */
const PAGE_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*$/;

/**
 * Frontmatter of a campaign (`content/campaigns/{mn,en}/<slug>.mdx`). The
 * twins run on the same dates; the build checks that, and that the call to
 * action leads to a real contact and page (src/data/campaigns.ts).
 */
export function CampaignSchema() {
  return PageSchema()
    .extend({
      /** The first day of the campaign, `YYYY-MM-DD`; from then on it is current. */
      start: CalendarDateSchema(),
      /** The last day, `YYYY-MM-DD`, not before `start`. Leave it out for a campaign that goes on. */
      end: CalendarDateSchema().optional(),
      /**
       * The contact to call, by id: a file name in `content/hotlines/`
       * (`gia-info-line`) or `<iso2>/<id>` from `content/countries/`
       * (`kr/danuri`). It must be published, never an unconfirmed one: the
       * page shows its number as a call link. Leave it out when no one number
       * fits every reader: a campaign for people going abroad has none, since
       * no Mongolian line is known to answer from abroad around the clock.
       */
      call: z
        .string({ error: expected('a contact id such as "police" or "kr/danuri"') })
        .regex(CONTACT_ID, 'expected a contact id such as "police" or "kr/danuri"')
        .optional(),
      /**
       * The page to read next, as its path without language: `abroad`,
       * `hotlines`, `signs/fake-job-offers`. It must exist.
       */
      read: z
        .string({ error: expected('a page of the site such as "abroad" or "signs/fake-job-offers"') })
        .regex(PAGE_SLUG, 'expected a page of the site without language, such as "abroad" or "signs/fake-job-offers"'),
    })
    .superRefine((campaign, context) => {
      if (campaign.end !== undefined && campaign.end < campaign.start) {
        context.addIssue({
          code: 'custom',
          path: ['end'],
          message: `${campaign.end} is before the start, ${campaign.start}`,
        });
      }
    });
}

export type CampaignFrontmatter = z.infer<ReturnType<typeof CampaignSchema>>;
