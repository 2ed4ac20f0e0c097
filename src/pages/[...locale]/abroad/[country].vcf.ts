import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { contactData } from '../../../data/contacts.ts';
import { fill, uiStrings } from '../../../i18n/index.ts';
import { cardContacts, helpCard } from '../../../lib/contacts/destinations.ts';
import { localeStaticPaths } from '../../../lib/content/static-paths.ts';
import { combinedVcard } from '../../../lib/contacts/vcard.ts';

/** Every number a reader may need in a destination, in one vCard: `/abroad/kr.vcf`. */
export async function getStaticPaths() {
  const { destinations } = await contactData();
  return destinations.flatMap((destination) =>
    localeStaticPaths(() => ({ params: { country: destination.slug }, props: { destination } })),
  );
}

export const GET: APIRoute = async ({ props }) => {
  const { destination, locale } = props as InferGetStaticPropsType<typeof getStaticPaths>;
  const { hotlines, byId } = await contactData();
  const card = helpCard(destination, hotlines, byId);
  const contacts = cardContacts(card);
  const name = fill(uiStrings(locale).card.vcardName, { country: destination.name[locale] });
  return new Response(combinedVcard(name, contacts, locale), {
    headers: { 'Content-Type': 'text/vcard; charset=utf-8' },
  });
};
