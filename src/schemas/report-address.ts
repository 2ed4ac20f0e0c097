import { z } from 'astro/zod';
import { PhoneError, resolvePhone } from '../lib/contacts/phone.ts';
import type { ReportAddress } from '../lib/contacts/number-report.ts';
import { expected } from './messages.ts';

/**
 * Where readers' "this number didn't work" messages go (`content/reports.yaml`):
 * the editors' mailbox, and a mobile number for texts if they have one. Each
 * published contact links to them; the reader's own mail or SMS app sends the
 * message, never the site.
 */
export function ReportAddressSchema() {
  return z
    .strictObject({
      /** The editors' e-mail address, which someone reads every working day. */
      email: z.email({ error: expected('an e-mail address such as numbers@example.org') }),
      /**
       * A Mongolian mobile number the editors read texts on, as written
       * ("9911-2233" or "+976 9911 2233"); leave out when there is none.
       */
      sms: z
        .string({ error: expected('a phone number, in quotes') })
        .trim()
        .min(1, 'the number is empty')
        .optional(),
    })
    .transform(({ email, sms }, ctx): ReportAddress => {
      if (sms === undefined) return { email };
      try {
        const phone = resolvePhone({ number: sms, line: 'sms' }, 'MN');
        if (phone.kind === 'phone' && phone.e164) return { email, sms: phone.e164 };
        ctx.addIssue({ code: 'custom', path: ['sms'], message: `"${sms}" is a short code; give a mobile number` });
      } catch (error) {
        if (!(error instanceof PhoneError)) throw error;
        ctx.addIssue({ code: 'custom', path: ['sms'], message: error.message });
      }
      return z.NEVER;
    });
}
