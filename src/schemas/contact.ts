import { z } from 'astro/zod';
import { MISSION_KINDS, type Contact, type ContactPhone, type WithdrawnPhone } from '../lib/contacts/contacts.ts';
import { numberKey, numberMatcher } from '../lib/contacts/number-match.ts';
import { PHONE_LINES, PhoneError, resolvePhone, type CountryCode } from '../lib/contacts/phone.ts';
import {
  faxSources,
  verifyNumber,
  verifySources,
  weakerBasis,
  weakerStatus,
  type Verification,
} from '../lib/contacts/verification.ts';
import { LocalizedTextSchema } from './localized-text.ts';
import { expected } from './messages.ts';
import { CallSchema, SourceSchema } from './source.ts';

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
    /**
     * What the number is for: `voice` (the default; a call button), `sms`
     * (texts), `whatsapp` (its wa.me link) or `fax` (shown as text, never a
     * link). Say it wherever a source does; a fax must never be a call button.
     */
    line: z.enum(PHONE_LINES, { error: expected(`one of: ${PHONE_LINES.join(', ')}`) }).optional(),
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
    /** True when a source says it answers around the clock (24 hours, every day). */
    open24h: z.boolean({ error: expected('true or false') }).optional(),
    /**
     * Where the facts come from: the page, the date it states, when we read
     * it, whether it is official, and the numbers it gives (`states`). The
     * status shown to readers is derived from these and from `calls`.
     */
    source: SourcesSchema(),
    /** Test calls editors made: the date, the number, what answered. */
    calls: z.array(CallSchema(), { error: expected('a list of calls') }).default([]),
    /** Why the contact is kept off the site for now, though sources name it (a line that may have closed). */
    withheld: LocalizedTextSchema().optional(),
    /**
     * What a reader should know beyond the card (a caveat, a conflict between
     * sources): shown folded away with the sources. Never a number that is not
     * published, since a wrong number in print gets dialled.
     */
    notes: LocalizedTextSchema().optional(),
  };
}

/** A contact inside a destination file, with an id unique in that file. */
export function ContactSchema() {
  return z.strictObject({ id: contactId(), ...contactFields() });
}

/** Lowercase ASCII with hyphens, unique in the file: "embassy-seoul". */
function contactId() {
  return z
    .string({ error: expected('an id such as "embassy-seoul"') })
    .regex(ID_PATTERN, 'expected lowercase ASCII words joined by hyphens, such as "embassy-seoul"');
}

/** A Mongolian embassy, consulate or mission; its kind and city come right after its id, as files list them. */
export function MissionSchema() {
  return z.strictObject({
    id: contactId(),
    kind: z.enum(MISSION_KINDS, { error: expected(`one of: ${MISSION_KINDS.join(', ')}`) }),
    /** The city it is in. */
    city: LocalizedTextSchema(),
    ...contactFields(),
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
  const issue = (at: PropertyKey[], message: string) =>
    ctx.addIssue({ code: 'custom', path: [...path, ...at], message });
  const { source: sources, calls, phones: entries, kind, city, ...rest } = raw;
  sources.forEach((source, index) => {
    source.states.forEach((number, at) => checkNumber(number, country, ['source', index, 'states', at], issue));
    source.faxes?.forEach((number, at) => checkNumber(number, country, ['source', index, 'faxes', at], issue));
  });
  calls.forEach((call, index) => checkNumber(call.number, country, ['calls', index, 'number'], issue));
  sources.forEach((source, index) => {
    if (source.statesAddress && !raw.address) {
      issue(['source', index, 'statesAddress'], 'the contact has no address: give its address, or take this out');
    }
  });
  const address = raw.address && {
    ...raw.address,
    ...(sources.some((source) => source.official && source.statesAddress) && { official: true }),
  };

  const phones: ContactPhone[] = [];
  const withdrawn: WithdrawnPhone[] = [];
  const matchers: ((written: string) => boolean)[] = [];
  entries.forEach((entry, index) => {
    let phone;
    try {
      phone = resolvePhone(entry, country);
    } catch (error) {
      if (!(error instanceof PhoneError)) throw error;
      issue(['phones', index, 'number'], error.message);
      return;
    }
    const matches = numberMatcher(phone, country);
    matchers.push(matches);
    const verification = verifyNumber(matches, sources, calls);
    const faxedBy = faxSources(matches, sources)[0];
    if (faxedBy && phone.line !== 'fax') {
      const name = faxedBy.url ?? faxedBy.title?.en ?? faxedBy.list;
      issue(['phones', index, 'line'], `"${entry.number}" is a fax according to ${name}: mark it "line: fax"`);
    }
    if (verification.sources.length === 0 && verification.calls.length === 0) {
      issue(
        ['phones', index, 'number'],
        `no source states "${entry.number}": add it to the "states" of the source that gives it, or remove the number`,
      );
      return;
    }
    if (verification.calls[0]?.outcome === 'fax' && phone.line !== 'fax') {
      issue(['phones', index, 'line'], `a test call to "${entry.number}" reached a fax: mark it "line: fax"`);
    }
    // A number whose latest call failed stays out of pages until a newer call or source restores it.
    if (verification.status === 'unconfirmed') {
      withdrawn.push({ number: entry.number, call: verification.calls[0]! });
      return;
    }
    phones.push({ ...phone, ...(entry.label && { label: entry.label }), verification });
  });
  calls.forEach((call, index) => {
    if (numberKey(call.number, country) !== undefined && !matchers.some((matches) => matches(call.number))) {
      issue(
        ['calls', index, 'number'],
        `"${call.number}" is not one of this contact's numbers: record a call under the contact whose number was dialled`,
      );
    }
  });
  // Calls to a withdrawn number name it: they stay with the editors, off the pages and the open data.
  const published = (call: (typeof calls)[number]) => phones.some((phone) => phone.verification.calls.includes(call));

  const offered = phones.filter((phone) => phone.line !== 'fax');
  // Every number failed its latest call and nothing else reaches the line: the contact leaves the site with them.
  const nothingLeft = withdrawn.length > 0 && phones.length === 0 && !raw.address && !raw.email && !raw.website;
  const { status, basis } = nothingLeft
    ? { status: 'unconfirmed' as const, basis: 'none' as const }
    : offered.length > 0
      ? offered.reduce(
          (weakest: Pick<Verification, 'status' | 'basis'>, phone) => ({
            status: weakerStatus(weakest.status, phone.verification.status),
            basis: weakerBasis(weakest.basis, phone.verification.basis),
          }),
          { status: 'confirmed', basis: 'call' },
        )
      : verifySources(sources);
  return {
    ...rest,
    ...(address && { address }),
    id,
    country,
    phones,
    sources,
    calls: calls.filter(published).sort((a, b) => b.date.localeCompare(a.date)),
    ...(withdrawn.length > 0 && { withdrawn }),
    status,
    basis,
    ...(kind && city && { mission: { kind, city } }),
  };
}

/** A number a source or call gives must be one that can be dialled in the contact's country. */
function checkNumber(
  number: string,
  country: CountryCode,
  at: PropertyKey[],
  issue: (at: PropertyKey[], message: string) => void,
): void {
  if (numberKey(number, country) === undefined) {
    issue(at, `"${number}" is neither a ${country} phone number nor a ${country} short code`);
  }
}

/**
 * A Mongolia-wide line (`content/hotlines/<id>.yaml`). Its numbers are
 * Mongolian; the file name is its id, filled in when the collection is read.
 */
export function HotlineSchema() {
  return z.strictObject(contactFields()).transform((raw, ctx) => resolveContact(raw, '', 'MN', ctx, []));
}
