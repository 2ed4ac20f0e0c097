import type { APIRoute, InferGetStaticPropsType } from 'astro';
import QRCode from 'qrcode';
import { contactData } from '../../../data/contacts.ts';
import { fill, uiStrings } from '../../../i18n/index.ts';
import {
  contactQrText,
  DOWNLOAD_QR_LEVEL,
  downloadQrContacts,
  labelledQrSvg,
  voiceLines,
} from '../../../lib/contacts/contact-qr.ts';
import { helpCard } from '../../../lib/contacts/destinations.ts';
import { localeStaticPaths } from '../../../lib/content/static-paths.ts';

/** A destination's voice numbers in a QR code that saves them with no data: `/abroad/kr-qr.svg`. */
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
  const t = uiStrings(locale);
  const lines = voiceLines(
    downloadQrContacts(destination, card, byId),
    destination.code,
    locale,
    t.contact.missionKind,
  );
  const name = fill(t.card.vcardName, { country: destination.name[locale] });
  const options = { errorCorrectionLevel: DOWNLOAD_QR_LEVEL, margin: 4 } as const;
  const text = contactQrText(name, lines);
  const modules = QRCode.create(text, options).modules.size + 2 * options.margin;
  const svg = await QRCode.toString(text, { ...options, type: 'svg' });
  return new Response(labelledQrSvg(svg, modules, name, lines), {
    headers: { 'Content-Type': 'image/svg+xml' },
  });
};
