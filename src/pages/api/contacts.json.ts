import type { APIRoute } from 'astro';
import { contactData } from '../../data/contacts.ts';
import { openData } from '../../lib/contacts/open-data.ts';

/** Every published contact, for NGOs to reuse; the README documents the shape. */
export const GET: APIRoute = async ({ site }) => {
  const { hotlines, destinations } = await contactData();
  return new Response(`${JSON.stringify(openData(hotlines, destinations, site!.origin), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
