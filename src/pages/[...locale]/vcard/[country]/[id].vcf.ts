import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { contactData } from '../../../../data/contacts.ts';
import { isPublished } from '../../../../lib/contacts/contacts.ts';
import { hasSavedPhones } from '../../../../lib/contacts/vcard.ts';
import { localeStaticPaths } from '../../../../lib/content/static-paths.ts';
import { contactVcard } from '../../../../lib/contacts/vcard.ts';
import { contactPathId } from '../../../../lib/contacts/vcard-paths.ts';

/** One vCard per published contact with a number, in each language: `/vcard/kr/embassy-seoul.vcf`. */
export async function getStaticPaths() {
  const { byId } = await contactData();
  return [...byId.values()]
    .filter((contact) => isPublished(contact) && hasSavedPhones(contact))
    .flatMap((contact) => {
      const [country = '', id = ''] = contactPathId(contact).split('/');
      return localeStaticPaths(() => ({ params: { country, id }, props: { contact } }));
    });
}

export const GET: APIRoute = ({ props }) => {
  const { contact, locale } = props as InferGetStaticPropsType<typeof getStaticPaths>;
  return new Response(contactVcard(contact, locale), { headers: { 'Content-Type': 'text/vcard; charset=utf-8' } });
};
