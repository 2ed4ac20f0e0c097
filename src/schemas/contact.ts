import { z } from 'astro/zod';
import { CONTACT_STATUSES, MISSION_KINDS, type Contact, type ContactPhone } from '../lib/contacts.ts';
import { PhoneError, resolvePhone, type CountryCode } from '../lib/phone.ts';
import { CalendarDateSchema } from './dates.ts';
import { LocalizedTextSchema } from './localized-text.ts';
import { expected } from './messages.ts';
import { SourceSchema } from './source.ts';

/** Lowercase ASCII words joined by hyphens: ids appear in URLs and vCard file names. */
const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** One number of a contact, as the source writes it. */
export function PhoneEntrySchema() {
  return z.strictObject({
    /**
     * The number as written locally, in quotes: "02-798-3464", "102". Validated
     * for the contact's country with libphonenumber-js; 3–6 digit numbers are
     * short codes, checked against the country's short-code shape.
     */
    number: z
      .string({ error: expected('the number as text, in quotes') })
      .trim()
      .min(1, 'the number is empty'),
    /** What this number is for, when the contact has several ("Consular emergencies"). */
    label: LocalizedTextSchema().optional(),
    /**
     * What the source says about calling from abroad: `false` if it says the
     * line cannot be reached from abroad; for a short code, the international
     * form it gives ("+82-1345").
     */
    fromAbroad: z.union([z.boolean(), z.string()], { error: expected('false, or the international form') }).optional(),
    /** A number for text messages (SMS), not calls. */
    sms: z.boolean({ error: expected('true or false') }).optional(),
  });
}

/** One source or a list of them; always a list once parsed. */
export function SourcesSchema() {
  return z
    .union([SourceSchema(), z.array(SourceSchema()).min(1, 'list at least one source')], {
      error: expected('a source with url and date, or a list of them'),
    })
    .transform((source) => (Array.isArray(source) ? source : [source]));
}

/** The fields every contact shares: lines, services and missions. */
function contactFields() {
  return {
    /** What the line or office is, in both languages. */
    name: LocalizedTextSchema(),
    /** A name of a few words for tight places such as the emergency strip; defaults to `name`. */
    shortName: LocalizedTextSchema().optional(),
    /** What to contact it for, in a sentence. */
    purpose: LocalizedTextSchema().optional(),
    /** Its numbers, most useful first. */
    phones: z.array(PhoneEntrySchema(), { error: expected('a list of numbers') }).default([]),
    email: z.email({ error: expected('an e-mail address') }).optional(),
    /** Its own web site, https. */
    website: z.url({ protocol: /^https$/, error: expected('an https URL') }).optional(),
    address: z
      .strictObject({
        /** As written in the country (Hangul, Chinese, Cyrillic …), for a taxi driver. */
        local: z
          .string({ error: expected('the address as written locally') })
          .trim()
          .min(1),
        /** In Latin letters, where the source gives it. */
        latin: z.string().trim().min(1).optional(),
      })
      .optional(),
    /** When it answers: "24 hours", "Mon–Fri 10:00–16:00". Leave out when the source does not say. */
    hours: LocalizedTextSchema().optional(),
    /** Languages it answers in, as the source puts it. */
    languages: LocalizedTextSchema().optional(),
    /** `true` when a source says the line answers in Mongolian: the card then lists it right after the emergency number. */
    speaksMongolian: z.literal(true, { error: expected('true, or leave it out') }).optional(),
    /** Whether calls are free. Leave out when the source does not say. */
    free: z.boolean({ error: expected('true or false') }).optional(),
    /** Where the facts come from: the page, and the date it states. */
    source: SourcesSchema(),
    /** When someone last checked the contact against its sources, YYYY-MM-DD. */
    checked: CalendarDateSchema(),
    /** How sure we are: confirmed, single-source or unconfirmed. */
    status: z.enum(CONTACT_STATUSES, { error: expected(`one of: ${CONTACT_STATUSES.join(', ')}`) }),
    /** What a reader should know: conflicts between sources, caveats. */
    notes: LocalizedTextSchema().optional(),
  };
}

/** A contact inside a destination file, with an id unique in that file. */
export function ContactSchema() {
  return z.strictObject({
    /** Lowercase ASCII with hyphens, unique in the file: "embassy-seoul". */
    id: z
      .string({ error: expected('an id such as "embassy-seoul"') })
      .regex(ID_PATTERN, 'expected lowercase ASCII words joined by hyphens, such as "embassy-seoul"'),
    ...contactFields(),
  });
}

/** A Mongolian embassy, consulate or mission. */
export function MissionSchema() {
  return ContactSchema().extend({
    kind: z.enum(MISSION_KINDS, { error: expected(`one of: ${MISSION_KINDS.join(', ')}`) }),
    /** The city it is in. */
    city: LocalizedTextSchema(),
  });
}

type RawContact = z.infer<ReturnType<typeof ContactSchema>>;
type RawMission = z.infer<ReturnType<typeof MissionSchema>>;

/**
 * Validates a contact's numbers for `country` and returns the contact as pages
 * use it. Problems are added to `ctx` at the number's path.
 */
export function resolveContact(
  raw: Omit<RawContact, 'id'> & Partial<Pick<RawMission, 'kind' | 'city'>>,
  id: string,
  country: CountryCode,
  ctx: z.RefinementCtx,
  path: PropertyKey[],
): Contact {
  const phones: ContactPhone[] = [];
  raw.phones.forEach((entry, index) => {
    try {
      phones.push({ ...resolvePhone(entry, country), ...(entry.label && { label: entry.label }) });
    } catch (error) {
      if (!(error instanceof PhoneError)) throw error;
      ctx.addIssue({ code: 'custom', path: [...path, 'phones', index, 'number'], message: error.message });
    }
  });
  const { source, phones: _phones, kind, city, ...rest } = raw;
  return {
    ...rest,
    id,
    country,
    phones,
    sources: source,
    ...(kind && city && { mission: { kind, city } }),
  };
}

/**
 * A Mongolia-wide line (`content/hotlines/<id>.yaml`). Its numbers are
 * Mongolian; the file name is its id, filled in when the collection is read.
 */
export function HotlineSchema() {
  return z.strictObject(contactFields()).transform((raw, ctx) => resolveContact(raw, '', 'MN', ctx, []));
}
