/**
 * Synthetic warning-sign articles for the benchmark: realistic MDX in both
 * languages — headings, paragraphs, lists, links to other articles and to
 * sources, and a phone number — written from a small vocabulary of real
 * Mongolian and English phrases. Each phrase exists in both languages, so an
 * article and its twin say the same thing. A seeded generator makes every run
 * write the same text; article `n` reads the same whatever the count, only
 * the other article it links to depends on it.
 *
 * The same articles are written twice: for this site (`<Call id="police" />`,
 * its frontmatter with `order`, paths without a trailing slash) and for the
 * Starlight reference site (a plain `tel:` link, `title` and `description`
 * only, Starlight's `/path/` URLs).
 */
import type { Locale } from '../../../src/lib/locales.ts';
import { MAX_DESCRIPTION_LENGTH, MAX_TITLE_LENGTH } from '../../../src/schemas/page.ts';

/** The same words in both languages. */
export interface Text {
  mn: string;
  en: string;
}

export type LinkTarget =
  | { kind: 'article'; slug: string }
  /** The list of every warning sign: `/signs`. */
  | { kind: 'section' }
  | { kind: 'external'; url: string };

export type Inline =
  | { kind: 'text'; text: Text }
  | { kind: 'link'; text: Text; to: LinkTarget }
  /** The police's number: `<Call id="police" />` on this site. */
  | { kind: 'call' };

export type Block =
  { kind: 'heading'; text: Text } | { kind: 'paragraph'; content: Inline[] } | { kind: 'list'; items: Inline[][] };

export interface SyntheticArticle {
  /** File name without extension, the same in both languages: `bench-0042`. */
  slug: string;
  /** Position in the list of signs; after the real articles. */
  order: number;
  title: Text;
  description: Text;
  body: Block[];
}

/** Which site an article is written for. */
export type Dialect = 'site' | 'starlight';

/** The collection the articles join, on both sites. */
export const SECTION = 'signs';
/** Real articles come first in the list of signs; synthetic ones follow. */
const FIRST_ORDER = 1000;

/** mulberry32: a small, fast, seeded generator of numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const between = (random: Random, low: number, high: number) => low + Math.floor(random() * (high - low + 1));

/** The first `n` of `items` in a random order (Fisher–Yates). */
function sample<T>(random: Random, items: readonly T[], n: number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy.slice(0, n);
}
const t = (mn: string, en: string): Text => ({ mn, en });

const TOPICS: readonly Text[] = [
  t('Гадаадад ажиллах хуурамч санал', 'Fake offers of work abroad'),
  t('Сургалтын нэрээр хуурах', 'Deception in the name of study'),
  t('Зуучлалаар гэрлэх', 'Brokered marriage'),
  t('Паспорт булаах, өрөнд оруулах', 'Passports taken, debts imposed'),
  t('Онлайн луйврын төв', 'Online scam centres'),
  t('Хил дамнасан ажилд авалт', 'Recruitment across the border'),
  t('Баар, караоке, массажны газар', 'Bars, karaoke and massage parlours'),
  t('Албадан хөдөлмөр', 'Forced labour'),
];

const PLACES: readonly Text[] = [
  t('Солонгос', 'Korea'),
  t('Хятад', 'China'),
  t('Япон', 'Japan'),
  t('Турк', 'Turkey'),
  t('Макао', 'Macau'),
  t('Дубай', 'Dubai'),
  t('Европ', 'Europe'),
  t('Тайланд', 'Thailand'),
  t('Малайз', 'Malaysia'),
  t('Казахстан', 'Kazakhstan'),
];

/** Who does it; singular, so every predicate agrees in English. */
const SUBJECTS: readonly Text[] = [
  t('Хүн худалдаалагч', 'A trafficker'),
  t('Зуучлагч', 'The recruiter'),
  t('Ажил олгогч', 'The employer'),
  t('Хуурамч агентлаг', 'A fake agency'),
  t('Онлайнаар танилцсан хүн', 'Someone you met online'),
  t('Гэрлэлтийн зуучлагч', 'The marriage broker'),
  t('Сайн танихгүй хүн', 'Someone you barely know'),
];

/** What they do. */
const PREDICATES: readonly Text[] = [
  t('өндөр цалинтай, хөнгөн ажил амладаг', 'promises easy work with high pay'),
  t('виз, бичиг баримтын нэрээр урьдчилж мөнгө нэхдэг', 'asks for money in advance for a visa or documents'),
  t('очсоны дараа гадаад паспортыг тань «хадгалж өгье» гэдэг', 'offers to "keep your passport safe" after you arrive'),
  t('гэрээг таны ойлгохгүй хэлээр бичдэг', 'writes the contract in a language you do not understand'),
  t('жуулчны визээр явахыг шаарддаг', 'tells you to travel on a tourist visa'),
  t('яаралтай шийдэхийг шахдаг', 'pushes you to decide quickly'),
  t('гэр бүлдээ хэлэхгүй байхыг гуйдаг', 'asks you not to tell your family'),
  t('онгоцны тийзийг тань өр болгон тооцдог', 'counts your plane ticket as a debt'),
  t('үнэгүй байр, хоол амладаг', 'promises free housing and food'),
  t('утас, мессежийг тань шалгадаг', 'checks your phone and your messages'),
  t('бүх зүйлийг зөвхөн чатаар ярьдаг', 'discusses everything only in chat'),
  t('цалинг тань хэдэн сараар хойшлуулдаг', 'holds back your wages for months'),
];

const OPENINGS: readonly Text[] = [
  t('Ихэнх тохиолдолд', 'In most cases'),
  t('Жишээ нь', 'For example'),
  t('Гадаадад очсоны дараа', 'After you arrive abroad'),
  t('Эхэндээ', 'At first'),
  t('Заримдаа', 'Sometimes'),
  t('Ийм үед', 'In such cases'),
];

/** Whole sentences of advice. */
const ADVICE: readonly Text[] = [
  t('Явахаасаа өмнө саналаа сайтар шалгаарай.', 'Check the offer carefully before you go.'),
  t('Итгэдэг хүнтэйгээ зөвлөлдөөрэй.', 'Talk it over with someone you trust.'),
  t('Гэрээний хуулбарыг гэр бүлдээ үлдээгээрэй.', 'Leave a copy of the contract with your family.'),
  t('Паспортоо хэнд ч бүү өгөөрэй.', 'Do not hand your passport to anyone.'),
  t('Зар, мессеж, төлбөрийн баримтаа хадгалаарай.', 'Keep the advert, the messages and the payment receipts.'),
  t('Компанийн нэр, хаягийг өөрөө хайж шалгаарай.', "Look up the company's name and address yourself."),
  t(
    'Элчин сайдын яамны утасны дугаарыг урьдчилан тэмдэглэж аваарай.',
    "Write down the embassy's phone number before you leave.",
  ),
  t('Ганцаараа бүү шийдээрэй, эхлээд зөвлөгөө аваарай.', 'Do not decide alone: get advice first.'),
];

const SOURCES: readonly { text: Text; url: string }[] = [
  {
    text: t(
      'Гадаад харилцааны яам: хуурамч ажлын зарын тухай анхааруулга',
      'Ministry of Foreign Affairs: fake job adverts',
    ),
    url: 'https://consul.mn/index.php/news/c/183',
  },
  {
    text: t(
      'Тагнуулын ерөнхий газар: хүн худалдаалахаас сэргийлэх зөвлөмж',
      'General Intelligence Agency: prevention advice',
    ),
    url: 'https://gia.gov.mn/5/item/74',
  },
  {
    text: t('Хүн худалдаалах тухай тайлан 2014', 'Trafficking in Persons Report 2014'),
    url: 'https://refworld.org/category,COI,USDOS,,MNG,53aab9c88,0.html',
  },
  {
    text: t('Хүн худалдаалах тухай тайлан 2021', 'Trafficking in Persons Report 2021'),
    url: 'https://ecoi.net/en/document/2055240',
  },
];

const HEADINGS = {
  signs: t('Анхааруулах шинж тэмдэг', 'Warning signs'),
  story: t('Ихэвчлэн яаж болдог вэ', 'How it usually goes'),
  todo: t('Юу хийх вэ', 'What to do'),
  sources: t('Эх сурвалж', 'Sources'),
};

/** A sentence for each language, made of the same parts. */
function join(parts: readonly Text[], separator: string, end = ''): Text {
  return t(parts.map((p) => p.mn).join(separator) + end, parts.map((p) => p.en).join(separator) + end);
}

const lowerFirst = (text: Text): Text =>
  t(text.mn[0]!.toLowerCase() + text.mn.slice(1), text.en[0]!.toLowerCase() + text.en.slice(1));

function sentence(random: Random, opening: boolean): Text {
  const subject = pick(random, SUBJECTS);
  const clause = join([opening ? lowerFirst(subject) : subject, pick(random, PREDICATES)], ' ', '.');
  return opening ? join([pick(random, OPENINGS), clause], ', ') : clause;
}

function paragraph(random: Random): Block {
  const sentences = Array.from({ length: between(random, 3, 5) }, (_, i) => sentence(random, i > 0 && random() < 0.5));
  return { kind: 'paragraph', content: [{ kind: 'text', text: join(sentences, ' ') }] };
}

const text = (value: Text): Inline => ({ kind: 'text', text: value });

/** The zero-padded slug of article `n` among `count`: `bench-0042`. */
export function articleSlug(n: number, count: number): string {
  return `bench-${String(n).padStart(Math.max(4, String(count).length), '0')}`;
}

/** The title's topic and place, drawn from the article's own generator so a link to it can repeat them. */
function titleParts(n: number, seed: number): { topic: Text; place: Text } {
  const random = seededRandom(seed * 7919 + n);
  return { topic: pick(random, TOPICS), place: pick(random, PLACES) };
}

function articleTitle(n: number, seed: number): Text {
  const { topic, place } = titleParts(n, seed);
  return t(`${topic.mn}: ${place.mn}, №${n}`, `${topic.en}: ${place.en}, no. ${n}`);
}

/** Article `n` (from 1) of `count`; it links to another of the `count`. */
export function syntheticArticle(n: number, count: number, seed = 1): SyntheticArticle {
  const random = seededRandom(seed * 104729 + n);
  const { topic, place } = titleParts(n, seed);
  const description = t(
    `«${topic.mn}» — ${place.mn}. Анхааруулах шинж тэмдгийг хэрхэн таних, сэжигтэй санал ирвэл юу хийх талаар.`,
    `"${topic.en}" in ${place.en}: how to recognise the warning signs, and what to do if an offer looks suspicious.`,
  );
  const other = count > 1 ? ((n + between(random, 0, count - 2)) % count) + 1 : n;

  const body: Block[] = [
    paragraph(random),
    paragraph(random),
    { kind: 'heading', text: HEADINGS.signs },
    {
      kind: 'list',
      items: sample(random, PREDICATES, between(random, 5, 7)).map((predicate) => [
        text(join([pick(random, SUBJECTS), predicate], ' ', '.')),
      ]),
    },
    { kind: 'heading', text: HEADINGS.story },
    ...Array.from({ length: between(random, 2, 3) }, () => paragraph(random)),
    { kind: 'heading', text: HEADINGS.todo },
    {
      kind: 'list',
      items: [
        ...sample(random, ADVICE, between(random, 2, 4)).map((advice) => [text(advice)]),
        [
          text(t('Төстэй жишээ: ', 'A similar case: ')),
          { kind: 'link', text: articleTitle(other, seed), to: { kind: 'article', slug: articleSlug(other, count) } },
          text(t('.', '.')),
        ],
        [
          text(t('Хэн нэгэн таныг албадаж, айлгаж байвал: ', 'If someone is forcing or threatening you: ')),
          { kind: 'call' },
          text(t('.', '.')),
        ],
        [
          text(t('Бусад шинж тэмдгийг ', 'See the other signs on the ')),
          { kind: 'link', text: HEADINGS.signs, to: { kind: 'section' } },
          text(t(' хуудаснаас хараарай.', ' page.')),
        ],
      ],
    },
    { kind: 'heading', text: HEADINGS.sources },
    {
      kind: 'list',
      items: sample(random, SOURCES, between(random, 2, 3)).map((source) => [
        { kind: 'link', text: source.text, to: { kind: 'external', url: source.url } },
      ]),
    },
  ];
  return { slug: articleSlug(n, count), order: FIRST_ORDER + n, title: articleTitle(n, seed), description, body };
}

/** `count` articles, numbered from 1. */
export function syntheticArticles(count: number, seed = 1): SyntheticArticle[] {
  return Array.from({ length: count }, (_, i) => syntheticArticle(i + 1, count, seed));
}

/** The URL path of a page of the section in a language, as each site writes its links. */
export function sectionPath(locale: Locale, dialect: Dialect, slug?: string): string {
  const path = `${locale === 'mn' ? '' : `/${locale}`}/${SECTION}${slug ? `/${slug}` : ''}`;
  return dialect === 'starlight' ? `${path}/` : path;
}

function href(target: LinkTarget, locale: Locale, dialect: Dialect): string {
  if (target.kind === 'external') return target.url;
  return sectionPath(locale, dialect, target.kind === 'article' ? target.slug : undefined);
}

function inline(part: Inline, locale: Locale, dialect: Dialect): string {
  switch (part.kind) {
    case 'text':
      return part.text[locale];
    case 'link':
      return `[${part.text[locale]}](${href(part.to, locale, dialect)})`;
    case 'call':
      // Starlight has no contact data: the number itself, as a call link.
      return dialect === 'site' ? '<Call id="police" />' : '[102](tel:102)';
  }
}

function block(part: Block, locale: Locale, dialect: Dialect): string {
  switch (part.kind) {
    case 'heading':
      return `## ${part.text[locale]}`;
    case 'paragraph':
      return part.content.map((p) => inline(p, locale, dialect)).join('');
    case 'list':
      return part.items.map((item) => `- ${item.map((p) => inline(p, locale, dialect)).join('')}`).join('\n');
  }
}

/** YAML frontmatter; JSON strings are valid YAML and need no escaping rules of their own. */
function frontmatter(fields: Record<string, string | number>): string {
  const lines = Object.entries(fields).map(([key, value]) => `${key}: ${JSON.stringify(value)}`);
  return `---\n${lines.join('\n')}\n---\n`;
}

/** One article as an MDX file for one site and language. */
export function articleMdx(article: SyntheticArticle, locale: Locale, dialect: Dialect): string {
  const fields: Record<string, string | number> = {
    title: article.title[locale],
    description: article.description[locale],
  };
  if (dialect === 'site') fields.order = article.order;
  return `${frontmatter(fields)}\n${article.body.map((b) => block(b, locale, dialect)).join('\n\n')}\n`;
}

/** Problems with an article's frontmatter against this site's limits; empty when it is valid. */
export function frontmatterProblems(article: SyntheticArticle): string[] {
  const problems: string[] = [];
  for (const locale of ['mn', 'en'] as const) {
    if (article.title[locale].length > MAX_TITLE_LENGTH) problems.push(`${article.slug} ${locale}: title too long`);
    if (article.description[locale].length > MAX_DESCRIPTION_LENGTH) {
      problems.push(`${article.slug} ${locale}: description too long`);
    }
  }
  return problems;
}

/** Files to add to a copy of this site, by path relative to its root: the twins under `content/signs/{mn,en}/`. */
export function siteFiles(articles: readonly SyntheticArticle[]): Map<string, string> {
  const files = new Map<string, string>();
  for (const article of articles) {
    for (const locale of ['mn', 'en'] as const) {
      files.set(`content/${SECTION}/${locale}/${article.slug}.mdx`, articleMdx(article, locale, 'site'));
    }
  }
  return files;
}

const STARLIGHT_PAGES = {
  home: {
    title: t('Хүн худалдаалахын эсрэг', 'Against human trafficking'),
    description: t('Хүн худалдаалахын анхааруулах шинж тэмдэг.', 'Warning signs of human trafficking.'),
  },
  section: {
    title: HEADINGS.signs,
    description: t('Хүн худалдаалахын бүх шинж тэмдэг.', 'Every warning sign of human trafficking.'),
  },
};

/**
 * The content of the Starlight reference site, by path relative to its root:
 * a home page and a list of every sign in each language — as this site has —
 * and the articles. Mongolian is Starlight's root locale, English is under `en/`.
 */
export function starlightFiles(articles: readonly SyntheticArticle[]): Map<string, string> {
  const files = new Map<string, string>();
  const docs = 'src/content/docs';
  for (const locale of ['mn', 'en'] as const) {
    const folder = locale === 'mn' ? docs : `${docs}/${locale}`;
    const { home, section } = STARLIGHT_PAGES;
    files.set(
      `${folder}/index.mdx`,
      `${frontmatter({ title: home.title[locale], description: home.description[locale] })}\n` +
        `[${section.title[locale]}](${sectionPath(locale, 'starlight')})\n`,
    );
    const list = articles.map(
      (a) => `- [${a.title[locale]}](${sectionPath(locale, 'starlight', a.slug)})\n\n  ${a.description[locale]}`,
    );
    files.set(
      `${folder}/${SECTION}/index.mdx`,
      `${frontmatter({ title: section.title[locale], description: section.description[locale] })}\n${list.join('\n')}\n`,
    );
    for (const article of articles) {
      files.set(`${folder}/${SECTION}/${article.slug}.mdx`, articleMdx(article, locale, 'starlight'));
    }
  }
  return files;
}

/** The URL paths of the articles' pages in both languages, as this site writes them. */
export function articlePaths(articles: readonly SyntheticArticle[]): string[] {
  return articles.flatMap((a) => [sectionPath('mn', 'site', a.slug), sectionPath('en', 'site', a.slug)]);
}
