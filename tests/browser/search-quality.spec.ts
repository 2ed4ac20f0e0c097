import { expect, test } from '../support/fixtures.ts';

/**
 * Realistic queries typed into the search page, and the page that must be
 * among the first three results — or, for a country, an emergency service or
 * a number (`first`), the first result. Mongolian is typed in Cyrillic, in
 * Latin letters (x/h/kh, ö/o/u, ts/c), on Russian keyboards (у for ү) and
 * with typos; numbers with and without separators. Misses are listed in the
 * output with what came instead. Every result's title and excerpt is read
 * too: it may hold only words its page shows.
 */
type Expectation = [query: string, page: string, rank?: 'first'];

/** Each destination by its name in Cyrillic, in Latin letters and in English, with common short forms. */
const COUNTRIES: [code: string, mn: string[], en: string[]][] = [
  [
    'ae',
    ['арабын нэгдсэн эмират', 'эмират', 'АНЭУ', 'arabiin negdsen emirat', 'emirat'],
    ['united arab emirates', 'emirates', 'uae'],
  ],
  ['ch', ['швейцарь', 'shveicari', 'shveitsari'], ['switzerland']],
  ['cn', ['хятад', 'khyatad', 'hyatad', 'xyatad', 'БНХАУ'], ['china']],
  ['cz', ['чех', 'chekh', 'cheh'], ['czech', 'czech republic', 'czechia']],
  ['de', ['герман', 'german'], ['germany']],
  ['hk', ['хонконг', 'khonkong', 'honkong'], ['hong kong']],
  ['jp', ['япон', 'yapon'], ['japan']],
  [
    'kr',
    ['солонгос', 'өмнөд солонгос', 'solongos', 'umnud solongos', 'omnod solongos', 'БНСУ'],
    ['korea', 'south korea'],
  ],
  ['kz', ['казахстан', 'kazakhstan', 'kazahstan'], ['kazakhstan']],
  ['mo', ['макао', 'makao'], ['macau', 'macao']],
  ['my', ['малайз', 'malaiz'], ['malaysia']],
  ['ru', ['ОХУ', 'ohu', 'орос', 'oros'], ['russia']],
  ['th', ['тайланд', 'tailand'], ['thailand']],
  ['tr', ['турк', 'turk'], ['turkey', 'türkiye', 'turkiye']],
  ['us', ['АНУ', 'anu', 'америк', 'amerik'], ['united states', 'usa', 'america']],
];

const QUERIES: Record<'mn' | 'en', Expectation[]> = {
  mn: [
    ...COUNTRIES.flatMap(([code, names]) => names.map((name): Expectation => [name, `/abroad/${code}`, 'first'])),
    ['элчин сайд солонгос', '/abroad/kr'],
    ['elchin said yapon', '/abroad/jp'],
    ['elchin said', '/rights/help-abroad'],
    ['элчин сайд', '/rights/help-abroad'],
    ['эрээн', '/signs/border-recruitment'],
    ['ereen', '/signs/border-recruitment'],
    ['1345', '/abroad/kr', 'first'],
    ['02-798-3464', '/abroad/kr', 'first'],
    ['027983464', '/abroad/kr', 'first'],
    ['+82 2 798 3464', '/abroad/kr', 'first'],
    ['8227983464', '/abroad/kr', 'first'],
    ['1800-1280', '/hotlines', 'first'],
    ['18001280', '/hotlines', 'first'],
    ['паспорт хураах', '/signs/passport-and-debt'],
    ['pasport huraah', '/signs/passport-and-debt'],
    ['pasport khuraah', '/signs/passport-and-debt'],
    ['паспорт', '/signs/passport-and-debt'],
    ['pasport', '/signs/passport-and-debt'],
    ['паспорт өр', '/signs/passport-and-debt'],
    ['хуурамч ажлын санал', '/signs/fake-job-offers'],
    ['huuramch ajil', '/signs/fake-job-offers'],
    ['khuuramch ajliin sanal', '/signs/fake-job-offers'],
    ['xuuramch ajil', '/signs/fake-job-offers'],
    ['хуурамч ажил', '/signs/fake-job-offers'],
    ['гэрлэлт зуучлал', '/signs/brokered-marriage'],
    ['gerlelt zuuchlal', '/signs/brokered-marriage'],
    ['tetgeleg', '/signs/study-abroad-offers'],
    ['тэтгэлэг', '/signs/study-abroad-offers'],
    ['хууль зүйн туслалцаа', '/rights/legal-aid'],
    ['хууль зуйн туслалцаа', '/rights/legal-aid'],
    ['huuli zuin tuslaltsaa', '/rights/legal-aid'],
    ['хүн худалдаалахтай тэмцэх тухай хууль', '/rights/anti-trafficking-law'],
    ['хун худалдаалах хууль', '/rights/anti-trafficking-law'],
    ['hun hudaldaalah huuli', '/rights/anti-trafficking-law'],
    ['гэр бүлийн хүчирхийлэл', '/rights/domestic-violence'],
    ['ger buliin huchirhiilel', '/rights/domestic-violence'],
    ['гэрч хохирогч хамгаалах', '/rights/witness-victim-protection'],
    ['эрүүгийн хууль', '/rights/criminal-code'],
    ['камбож', '/signs/scam-compounds'],
    ['kambodj', '/signs/scam-compounds'],
    ['караоке', '/signs/bars-karaoke-massage'],
    ['karaoke', '/signs/bars-karaoke-massage'],
    ['тусламжийн утас', '/hotlines'],
    ['tuslamjiin utas', '/hotlines'],
    ['цагдаа', '/hotlines', 'first'],
    ['tsagdaa', '/hotlines', 'first'],
    ['cagdaa', '/hotlines', 'first'],
    ['түргэн тусламж', '/hotlines', 'first'],
    ['шуурхай гарах', '/safety'],
    ['shuurhai garah', '/safety'],
    ['tuuh ustgah', '/safety'],
    ['түүх устгах', '/safety'],
    ['аян', '/campaigns'],
  ],
  en: [
    ...COUNTRIES.flatMap(([code, , names]) => names.map((name): Expectation => [name, `/en/abroad/${code}`, 'first'])),
    ['embassy seoul', '/en/abroad/kr'],
    ['korea embass', '/en/abroad/kr'],
    ['korea embasy', '/en/abroad/kr'],
    ['japan embassy', '/en/abroad/jp'],
    ['japan embasy', '/en/abroad/jp'],
    ['malaysia embassy', '/en/abroad/my'],
    ['malaysa', '/en/abroad/my'],
    ['thailnd', '/en/abroad/th'],
    ['erlian', '/en/signs/border-recruitment'],
    ['1345', '/en/abroad/kr', 'first'],
    ['02-798-3464', '/en/abroad/kr', 'first'],
    ['027983464', '/en/abroad/kr', 'first'],
    ['+82 2 798 3464', '/en/abroad/kr', 'first'],
    ['1577-1366', '/en/abroad/kr'],
    ['1-888-373-7888', '/en/abroad/us', 'first'],
    ['18883737888', '/en/abroad/us', 'first'],
    ['1800-1280', '/en/hotlines', 'first'],
    ['passport taken', '/en/signs/passport-and-debt'],
    ['pasport taken', '/en/signs/passport-and-debt'],
    ['passport', '/en/signs/passport-and-debt'],
    ['pasport', '/en/signs/passport-and-debt'],
    ['debt bondage', '/en/signs/passport-and-debt'],
    ['fake job', '/en/signs/fake-job-offers'],
    ['fake job offer', '/en/signs/fake-job-offers'],
    ['job ofer', '/en/signs/fake-job-offers'],
    ['scholarship', '/en/signs/study-abroad-offers'],
    ['scholarhsip', '/en/signs/study-abroad-offers'],
    ['marriage broker', '/en/signs/brokered-marriage'],
    ['mariage broker', '/en/signs/brokered-marriage'],
    ['cambodia', '/en/signs/scam-compounds'],
    ['scam compound', '/en/signs/scam-compounds'],
    ['karaoke', '/en/signs/bars-karaoke-massage'],
    ['massage', '/en/signs/bars-karaoke-massage'],
    ['legal aid', '/en/rights/legal-aid'],
    ['domestic violence', '/en/rights/domestic-violence'],
    ['criminal code', '/en/rights/criminal-code'],
    ['witness protection', '/en/rights/witness-victim-protection'],
    ['trafficking law', '/en/rights/anti-trafficking-law'],
    ['police', '/en/hotlines', 'first'],
    ['police number', '/en/hotlines'],
    ['ambulance', '/en/hotlines', 'first'],
    ['help lines mongolia', '/en/hotlines'],
    ['quick exit', '/en/safety'],
    ['clear history', '/en/safety'],
    ['campaign', '/en/campaigns'],
  ],
};

/**
 * Known misses, with why; counted against the hit rate, and each must still
 * miss, so a fix is noticed and the entry removed.
 */
const KNOWN_MISSES = new Map<string, string>([]);

/** The share of queries that must find their page in the top 3; every `first` query must rank it first. */
const HIT_RATE = 0.95;

/** Each page's text as a reader sees it, lowercase, fetched once. */
const pageTexts = new Map<string, string>();

for (const [locale, queries] of Object.entries(QUERIES)) {
  test(`search in ${locale}: ${queries.length} queries find their pages, with excerpts of page words only`, async ({
    page,
  }) => {
    test.setTimeout(600_000);
    await page.goto(locale === 'mn' ? '/search' : '/en/search');
    const box = page.getByRole('searchbox');
    const status = page.locator('[data-status]');
    const misses: string[] = [];
    const foreignWords: string[] = [];
    const fixed: string[] = [];
    const notFirst: string[] = [];
    let top3 = 0;
    for (const [query, expected, rank] of queries) {
      await box.fill('');
      await expect(status).toHaveText('');
      await box.fill(query);
      await expect(status).toHaveText(/[^…]$/);
      const results = await page.locator('[data-results] li').evaluateAll((items) =>
        items.map((item) => ({
          url: item.querySelector('a')!.getAttribute('href')!,
          title: item.querySelector('a')!.textContent!,
          excerpt: item.querySelector('p')!.textContent!,
        })),
      );
      for (const result of results) {
        if (!pageTexts.has(result.url)) {
          const html = await (await page.request.get(result.url)).text();
          pageTexts.set(
            result.url,
            html
              .replace(/<[^>]+>/g, ' ')
              .replace(/&[a-z#0-9]+;/g, ' ')
              .toLowerCase(),
          );
        }
        const text = pageTexts.get(result.url)!;
        const foreign = `${result.title} ${result.excerpt}`
          .toLowerCase()
          .split(/[^\p{L}\p{N}]+/u)
          .filter((word) => word && !text.includes(word));
        if (foreign.length > 0) foreignWords.push(`"${query}" → ${result.url}: ${foreign.join(' ')}`);
      }
      const urls = results.map((result) => result.url);
      const inTop3 = urls.slice(0, 3).includes(expected);
      if (inTop3) top3 += 1;
      const found = rank === 'first' ? urls[0] === expected : inTop3;
      const got = `got ${urls.slice(0, 4).join(' ') || 'nothing'}`;
      if (KNOWN_MISSES.has(query)) {
        if (found) fixed.push(query);
        misses.push(
          `"${query}" wants ${expected} ${rank ?? 'in the top 3'}, ${got} (known: ${KNOWN_MISSES.get(query)})`,
        );
      } else if (!found) {
        misses.push(`"${query}" wants ${expected} ${rank ?? 'in the top 3'}, ${got}`);
        if (rank === 'first') notFirst.push(query);
      }
    }
    console.log(`search in ${locale}: ${top3}/${queries.length} in the top 3; misses:\n${misses.join('\n')}`);
    expect(fixed, 'known misses that now find their page: remove them from KNOWN_MISSES').toEqual([]);
    expect(foreignWords, 'words in titles or excerpts that their page does not show').toEqual([]);
    expect(notFirst, 'countries, services and numbers whose page is not first').toEqual([]);
    expect(top3 / queries.length, misses.join('\n')).toBeGreaterThanOrEqual(HIT_RATE);
  });
}
