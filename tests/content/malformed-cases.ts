/**
 * Kinds of broken content an editor could commit, each with the words the
 * build must answer with: the file, the field (or line) and the reason.
 */
import { appendRun } from '../../src/lib/print/print-runs.ts';
import type { ProjectCopy } from './project-copy.ts';

export interface MalformedCase {
  kind: string;
  /** Breaks the content of a project copy. */
  apply: (project: ProjectCopy) => void;
  /** Text one line of the build's report must hold, in this order: the file, the field or line, the reason. */
  expected: readonly string[];
}

const KR = 'content/countries/kr.yaml';
const POLICE = 'content/hotlines/police.yaml';
const TH = 'content/countries/th.yaml';
const CN = 'content/countries/cn.yaml';
const SIGN_EN = 'content/signs/en/scam-compounds.mdx';
const SIGN_MN = 'content/signs/mn/scam-compounds.mdx';
const WORLD_DAY_EN = 'content/campaigns/en/world-day-2027.mdx';
const WORLD_DAY_MN = 'content/campaigns/mn/world-day-2027.mdx';
const GIA_INFO_LINE = 'content/hotlines/gia-info-line.yaml';
const AE = 'content/countries/ae.yaml';
/** A destination as an editor might add one, before its short numbers have a shape. */
const NEW_DESTINATION = `country: GB
name: { mn: Их Британи, en: United Kingdom }
emergency:
  - id: police
    name: { mn: Цагдаа, en: Police }
    phones:
      - number: '999'
    source:
      - url: https://www.police.uk/
        date: undated
        official: true
        states: ['999']
coveredBy: [de/embassy-berlin]
phraseLanguages: [en]
`;
const appendTo = (project: ProjectCopy, file: string, text: string) =>
  project.write(file, `${project.read(file)}${text}`);

export const MALFORMED_CASES: readonly MalformedCase[] = [
  {
    kind: 'a test call recorded on an emergency number',
    apply: (project) =>
      appendTo(project, POLICE, "calls:\n  - date: 2026-12-01\n    number: '102'\n    outcome: answered\n"),
    expected: [POLICE, 'calls', 'never test-call an emergency number'],
  },
  {
    kind: 'YAML that does not parse',
    apply: (project) => project.replace(KR, 'country: KR\n', 'country: KR\nname: [unclosed\n'),
    expected: [`${KR}:3`, 'could not be read', 'missed comma'],
  },
  {
    kind: 'a phone number written as a YAML number, not text',
    apply: (project) => project.replace(POLICE, "- number: '102'", '- number: 102'),
    expected: [POLICE, 'phones[0].number', 'expected the number as text, in quotes'],
  },
  {
    kind: 'a number invalid for its country',
    apply: (project) => project.replace(KR, "'1577-1366'", "'1577-13'"),
    expected: [KR, 'help[0].phones[0].number', '"1577-13" is neither a valid KR phone number nor a KR short code'],
  },
  {
    kind: 'a typed status, which is derived from sources and calls instead',
    apply: (project) => project.replace(POLICE, 'phones:\n', 'status: confirmed\nphones:\n'),
    expected: [POLICE, 'unknown key "status"'],
  },
  {
    kind: 'a number that no source states',
    apply: (project) => project.replace(POLICE, "- number: '102'", "- number: '103'"),
    expected: [POLICE, 'phones[0].number', 'no source states "103"'],
  },
  {
    kind: 'a number a source gives as a fax, offered as a call',
    apply: (project) => project.replace(TH, /(- number: '\+66 2-392-4199'\n\s+label: .*\n)\s+line: fax\n/, '$1'),
    expected: [TH, 'missions[0].phones[1].line', '"+66 2-392-4199" is a fax according to'],
  },
  {
    kind: "a mission's second number only from a list that mixes phone and fax, not marked",
    apply: (project) => {
      project.replace(
        CN,
        "- number: '+86-10-6532-6512'\n",
        "- number: '+86-10-6532-6512'\n      - number: '+86-10-6532-6216'\n",
      );
      project.replace(CN, "states: ['+86-10-6532-6512']", "states: ['+86-10-6532-6512', '+86-10-6532-6216']");
    },
    expected: [CN, 'missions[0].phones[1]', 'which gives faxes as second numbers'],
  },
  {
    kind: 'a source that names an unknown list',
    apply: (project) => project.replace(KR, 'list: embassy-list', 'list: embassy-lst'),
    expected: [KR, '.list', 'no list "embassy-lst"'],
  },
  {
    kind: 'a number in notes that the site does not publish',
    apply: (project) =>
      project.replace(POLICE, 'the date is not yet known.', 'the date is not yet known. An old list gives 7011 2345.'),
    expected: [POLICE, 'notes.en', '"7011 2345" is not a number this site publishes'],
  },
  {
    kind: 'a contact without a source',
    apply: (project) => project.replace(POLICE, /source:\n(?: {2}.*\n)+/, ''),
    expected: [POLICE, 'source', 'is missing'],
  },
  {
    kind: 'a malformed date',
    apply: (project) => project.replace(POLICE, "date: '2024-03-01'\n", "date: '2024-03-01'\n    read: 22/11/2026\n"),
    expected: [POLICE, 'source[1].read', '"22/11/2026" is not a date written YYYY-MM-DD'],
  },
  {
    kind: 'a name missing in one language',
    apply: (project) => project.replace(POLICE, ', en: Police }', ' }'),
    expected: [POLICE, 'name.en', 'is missing'],
  },
  {
    kind: 'an MDX page without its twin in the other language',
    apply: (project) => project.remove(SIGN_EN),
    expected: [SIGN_MN, 'has no twin in English', SIGN_EN],
  },
  {
    kind: 'an article named by a number, the address of a list page',
    apply: (project) => {
      project.write('content/signs/mn/2.mdx', project.read(SIGN_MN));
      project.write('content/signs/en/2.mdx', project.read(SIGN_EN));
    },
    expected: ['content/signs/mn/2.mdx', 'file name "2" is only digits', 'add a word'],
  },
  {
    kind: 'an unknown frontmatter key',
    apply: (project) => project.replace(SIGN_EN, 'order: 2\n', 'order: 2\nauthor: Someone\n'),
    expected: [SIGN_EN, 'author', 'is not a field this content takes'],
  },
  {
    kind: 'an overlong title',
    apply: (project) => project.replace(SIGN_EN, /^title: .*$/m, `title: ${'Scam compounds '.repeat(6).trim()}`),
    expected: [SIGN_EN, 'title', 'longer than 70 characters'],
  },
  {
    kind: 'a broken internal link in MDX',
    apply: (project) => appendTo(project, SIGN_EN, '\nRead [the other page](/en/signs/no-such-sign).\n'),
    expected: [SIGN_EN, '/en/signs/no-such-sign', 'no file in dist/ answers'],
  },
  {
    kind: 'a link to an #anchor that does not exist',
    apply: (project) => appendTo(project, SIGN_EN, '\nSee [how to clear it](/en/safety#no-such-part).\n'),
    expected: [SIGN_EN, '/en/safety#no-such-part', 'has no element with id "no-such-part"'],
  },
  {
    kind: 'a <script> tag in MDX',
    apply: (project) => appendTo(project, SIGN_EN, '\n<script src="/tracker.js"></script>\n'),
    expected: [`${SIGN_EN}:48:1`, '<script> is not allowed'],
  },
  {
    kind: 'an inline event handler in MDX',
    apply: (project) => appendTo(project, SIGN_EN, '\nCall <Call id="police" onClick="alert(1)" />.\n'),
    expected: [`${SIGN_EN}:48:6`, 'onClick', 'inline event handlers are not allowed'],
  },
  {
    kind: 'an image from another site',
    apply: (project) => appendTo(project, SIGN_EN, '\n![pixel](https://tracker.example/pixel.png)\n'),
    expected: [`${SIGN_EN}:48:1`, 'https://tracker.example/pixel.png', 'would load from elsewhere'],
  },
  {
    kind: 'a {…} expression in MDX',
    apply: (project) => appendTo(project, SIGN_EN, '\nToday is {new Date().getFullYear()}.\n'),
    expected: [`${SIGN_EN}:48:10`, 'expressions are not allowed'],
  },
  {
    kind: 'MDX that cannot be read (a <Call> never closed)',
    apply: (project) => appendTo(project, SIGN_EN, '\nCall <Call id="police">.\n'),
    expected: [`${SIGN_EN}:48:`, 'Expected a closing tag for `<Call>`'],
  },
  {
    kind: 'a javascript: link in MDX',
    apply: (project) => appendTo(project, SIGN_EN, '\n[Click](javascript:alert(1))\n'),
    expected: [`${SIGN_EN}:48:1`, 'javascript: links are not allowed'],
  },
  {
    kind: 'a link to a site not on the allow-list',
    apply: (project) => appendTo(project, SIGN_EN, '\nSee [this offer](https://jobs.tracker.example/apply).\n'),
    expected: [SIGN_EN, 'https://jobs.tracker.example/apply', 'not in content/link-domains.yaml'],
  },
  {
    kind: 'a URL instead of a domain in the allow-list',
    apply: (project) => appendTo(project, 'content/link-domains.yaml', '- https://example.org/page\n'),
    expected: ['content/link-domains.yaml', '"https://example.org/page"', 'not a bare lower-case domain name'],
  },
  {
    kind: 'a hotline file renamed while content/lead-lines.yaml still names it',
    apply: (project) => {
      project.write('content/hotlines/gia-hotline.yaml', project.read(GIA_INFO_LINE));
      project.remove(GIA_INFO_LINE);
    },
    expected: ['content/lead-lines.yaml', 'strip[1]', '"gia-info-line" is not a Mongolia-wide line'],
  },
  {
    kind: 'a destination file renamed, which would move its page',
    apply: (project) => {
      project.write('content/countries/uae.yaml', project.read(AE));
      project.remove(AE);
    },
    expected: ['content/countries/uae.yaml', 'country', 'name the file ae.yaml', '/abroad/ae', 'formerSlugs: [ae]'],
  },
  {
    kind: 'a renamed destination file whose formerSlugs miss the slug its short link leads to',
    apply: (project) => {
      project.write('content/countries/uae.yaml', `${project.read(AE)}formerSlugs: [emirates]\n`);
      project.remove(AE);
    },
    expected: ['content/links.yaml', 'ae.target', '"abroad/ae" leads to no destination', 'formerSlugs: [ae]'],
  },
  {
    kind: 'a former slug that is still a destination’s slug',
    apply: (project) => appendTo(project, TH, 'formerSlugs: [kr]\n'),
    expected: [TH, 'formerSlugs[0]', '"kr" is the slug of content/countries/kr.yaml'],
  },
  {
    kind: 'a former slug two destinations claim',
    apply: (project) => {
      project.write('content/countries/uae.yaml', `${project.read(AE)}formerSlugs: [ae]\n`);
      project.remove(AE);
      appendTo(project, TH, 'formerSlugs: [ae]\n');
    },
    // Whichever file comes second is named, with the first.
    expected: ['content/countries/', 'formerSlugs[0]', '"ae" is already a former slug of content/countries/'],
  },
  {
    kind: 'a destination added without the shape of its short numbers',
    apply: (project) => project.write('content/countries/gb.yaml', NEW_DESTINATION),
    expected: [
      'content/countries/gb.yaml',
      'emergency[0].phones[0].number',
      'src/lib/contacts/short-codes.ts has no short-number shape for GB',
    ],
  },
  {
    kind: 'a destination whose show-this-screen language has no phrases',
    apply: (project) => project.replace(KR, /^phraseLanguages: \[ko\]$/m, 'phraseLanguages: [ko, ko-KP]'),
    expected: [KR, 'phraseLanguages[1]', '"ko-KP" has no phrases', 'content/phrases/ko-KP.yaml'],
  },
  {
    kind: 'a phrase that types its number instead of leaving a place for it',
    apply: (project) =>
      project.replace(
        'content/phrases/ko.yaml',
        /text: '경찰에 전화해 주세요: \{number\}'/,
        "text: '경찰에 전화해 주세요: 112'",
      ),
    expected: ['content/phrases/ko.yaml', 'phrases.callPolice.text', 'must hold {number} once'],
  },
  {
    kind: 'a destination whose sources are on a site missing from the allow-list',
    apply: (project) => project.replace('content/link-domains.yaml', /^- korea\.net\n/m, ''),
    expected: [KR, 'source[1].url', 'www.korea.net is not a site this site may link to', 'content/link-domains.yaml'],
  },
  {
    kind: 'an unknown contact in <Call>',
    apply: (project) => appendTo(project, SIGN_EN, '\nCall <Call id="kr/no-such-line" />.\n'),
    expected: [SIGN_EN, 'kr/no-such-line', 'no contact has this id'],
  },
  {
    kind: 'a duplicate contact id',
    apply: (project) => project.replace(KR, '  - id: fire-ambulance', '  - id: police'),
    expected: [KR, 'emergency[1].id', '"police" is used twice'],
  },
  {
    kind: 'interface text missing a key in one language',
    apply: (project) => project.replace('src/i18n/en.json', '"skipLink": "Skip to main content",', ''),
    expected: ['src/i18n/en.json', 'skipLink', 'is missing'],
  },
  {
    kind: 'self-check questions that differ between the languages',
    apply: (project) => project.replace('content/check/en.yaml', '- id: pay-in-advance', '- id: pay-first'),
    expected: ['content/check/en.yaml', 'offers[0]', 'pay-first', 'content/check/mn.yaml', 'pay-in-advance'],
  },
  {
    kind: 'a self-check without its verdict for don’t-know answers',
    apply: (project) =>
      project.replace('content/check/mn.yaml', '  unsure:\n    title: Явахаасаа', '  dontKnow:\n    title: Явахаасаа'),
    expected: ['content/check/mn.yaml', 'outcomes.unsure', 'is missing'],
  },
  {
    kind: 'a printed short link removed from the registry',
    apply: (project) => {
      project.write(
        'content/printed-links.json',
        `${JSON.stringify([{ code: 'mn1', target: 'abroad', printed: { edition: '2026 passport insert', date: '2026-10-01' } }])}\n`,
      );
    },
    expected: ['content/links.yaml', 'mn1', 'must not be removed or renamed'],
  },
  {
    kind: 'a recorded print run edited after printing',
    apply: (project) => {
      const [run] = appendRun([], {
        version: 1,
        edition: '2026 passport insert',
        date: '2026-10-01',
        origin: 'https://help.example.org',
        cards: [
          {
            kind: 'insert',
            code: 'kr',
            qr: 'HTTPS://HELP.EXAMPLE.ORG/GO/KR',
            link: 'help.example.org/go/kr',
            lines: [
              {
                contact: 'kr/embassy-seoul',
                label: { mn: 'Элчин сайдын яам', en: 'Embassy' },
                number: '+82 2 798 3464',
              },
            ],
            texts: { mn: [], en: [] },
          },
        ],
      });
      run!.cards[0]!.lines[0]!.number = '+82 2 798 0000';
      project.write('content/print-runs.json', `${JSON.stringify([run], null, 2)}\n`);
    },
    expected: ['content/print-runs.json', 'runs[0]', 'print runs are never edited'],
  },
  {
    kind: 'a short link to a campaign that does not exist',
    apply: (project) => appendTo(project, 'content/links.yaml', 'gone:\n  target: campaigns/no-such-campaign\n'),
    expected: ['content/links.yaml', 'gone.target', 'no page "campaigns/no-such-campaign" exists'],
  },
  {
    kind: 'a short link to a page that does not exist',
    apply: (project) => project.replace('content/links.yaml', 'target: abroad/ae', 'target: abroad/zz'),
    expected: ['content/links.yaml', 'ae.target', '"abroad/zz" leads to no destination'],
  },
  {
    kind: 'a campaign calling a contact that does not exist',
    apply: (project) => project.replace(WORLD_DAY_EN, 'call: gia-info-line', 'call: kr/no-such-line'),
    expected: [WORLD_DAY_EN, 'call', '"kr/no-such-line" is not the id of any contact'],
  },
  {
    kind: 'a campaign offering an unconfirmed number',
    apply: (project) => project.replace(WORLD_DAY_EN, 'call: gia-info-line', 'call: anti-trafficking-1903'),
    expected: [WORLD_DAY_EN, 'call', '"anti-trafficking-1903" is an unconfirmed contact'],
  },
  {
    kind: 'a campaign that ends before it starts',
    apply: (project) => project.replace(WORLD_DAY_EN, "end: '2027-07-31'", "end: '2027-06-30'"),
    expected: [WORLD_DAY_EN, 'end', '2027-06-30 is before the start, 2027-07-01'],
  },
  {
    kind: 'a campaign sending readers to a page that does not exist',
    apply: (project) => project.replace(WORLD_DAY_EN, 'read: signs', 'read: signs/no-such-sign'),
    expected: [WORLD_DAY_EN, 'read', 'no page "signs/no-such-sign" exists'],
  },
  {
    kind: 'campaign twins on different dates',
    apply: (project) => project.replace(WORLD_DAY_EN, "start: '2027-07-01'", "start: '2027-07-02'"),
    expected: [WORLD_DAY_EN, 'start', "differs from its Mongolian twin's 2027-07-01"],
  },
  {
    kind: 'a campaign without its twin in the other language',
    apply: (project) => project.remove(WORLD_DAY_EN),
    expected: [WORLD_DAY_MN, 'has no twin in English', WORLD_DAY_EN],
  },
];
