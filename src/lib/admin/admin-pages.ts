/**
 * The editing screen's two pages: `/admin`, which loads Decap CMS, and
 * `/admin/guide`, the editors' instructions in Mongolian and English (the
 * audit, `/admin/audit`, is `audit-page.ts`). Plain HTML with no inline
 * code: the screen's policy allows none.
 */

/** The head every page of the editing screen starts with. */
export const ADMIN_HEAD = [
  '<meta charset="utf-8">',
  '<meta name="viewport" content="width=device-width, initial-scale=1">',
  // Not a public page: search engines are told by the header too (X-Robots-Tag).
  '<meta name="robots" content="noindex, nofollow">',
  '<link rel="stylesheet" href="/admin/admin.css">',
];

/** `/admin`: Decap CMS fills the page; a link to the guide stays in a corner. */
export function adminPage(): string {
  return [
    '<!doctype html>',
    '<html lang="mn">',
    '<head>',
    ...ADMIN_HEAD,
    '<title>Засварлах / Edit</title>',
    '<script src="/admin/cms.js"></script>',
    '</head>',
    '<body>',
    '<p class="guide-link"><a href="/admin/guide" target="_blank">Заавар / Guide</a> · <a href="/admin/audit" target="_blank">Шалгалт / Audit</a></p>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

interface GuideText {
  lang: string;
  title: string;
  sections: { heading: string; steps: string[] }[];
}

const GUIDE: GuideText[] = [
  {
    lang: 'mn',
    title: 'Сайтыг засварлах заавар',
    sections: [
      {
        heading: 'Эхний өдөр',
        steps: [
          'GitHub-д бүртгэл нээгээд, сайтыг хариуцдаг хүнээр өөрийгөө сайтын агуулах (repository)-д нэмүүлнэ.',
          'Хөтчөөр сайтын /admin хаягийг нээж, «Login with GitHub» товч дарж нэвтэрнэ.',
          'Зүүн талд засах зүйлээ сонгоно: Монгол дахь утас, Улс орон, Анхааруулах шинж, Эрх, Аян, Өөрийгөө шалгах.',
          'Засаад «Publish» (Нийтлэх) дарна. Сайт хэдэн минутын дотор шинэчлэгдэнэ.',
        ],
      },
      {
        heading: 'Утасны дугаар өөрчлөх',
        steps: [
          'Дугаарыг санаж байгаагаар нь биш, эх сурвалжид бичсэнээр нь бичнэ.',
          'Шинэ дугаарыг өгсөн эх сурвалжийг «Source» хэсэгт нэмнэ: хуудасны хаяг, түүн дээрх огноо, «States» хэсэгт шинэ дугаар.',
          'Та өөрөө залгаж шалгасан бол «Calls» хэсэгт огноо, дугаар, үр дүнг бичнэ.',
          'Эх сурвалжгүй дугаарыг сайт нийтлэхгүй: хадгалахад алдаа гарвал юу дутуу байгааг нэрлэнэ.',
        ],
      },
      {
        heading: 'Нийтлэл засах',
        steps: [
          'Нийтлэл бүр монгол, англи хоёр хэлээр байна. Дээд талын хэлний товчоор хоёр хэлийг зэрэг харж болно.',
          '<Call id="police" /> мэт тэмдэглэгээг устгаж, өөрчилж болохгүй: сайт дээр залгах товч болдог.',
          'Шинэ нийтлэлийн «Address» талбарт латин жижиг үсгээр хаяг бичнэ (fake-job-offers). Нийтэлсний дараа хаягийг өөрчлөхгүй.',
        ],
      },
      {
        heading: 'Юуг эхэлж шалгах',
        steps: [
          'Шалгалтын хуудсыг (/admin/audit) нээнэ: бүх байгууллага хамгийн сул, хуучин нь эхэндээ, дараагийн алхамтайгаа байна.',
          'Уншигчдын «Энэ дугаар ажиллаагүй» захидал «Тохиргоо» хэсэгт бичсэн цахим шуудангийн хаяг руу ирнэ. Тэр шууданг ажлын өдөр бүр шалгана.',
          'Туршиж залгасан бол «Calls» хэсэгт бүртгэнэ. «Ажиллахгүй», «өөр газар», «факс» гэсэн үр дүн тэр дугаарыг дараагийн шинэчлэлтээр сайтаас хасна.',
          'Яаралтай тусламжийн дугаарт (цагдаа, түргэн тусламж, гал) хэзээ ч туршиж залгахгүй: тэдгээр нь албан ёсны эх сурвалжид тулгуурладаг.',
        ],
      },
      {
        heading: 'Өөрчлөхгүй зүйлс',
        steps: [
          'Зөвхөн бичвэрээр харагдах талбаруудыг (id, улсын код) өөр файлууд заадаг тул энд өөрчлөх боломжгүй.',
          'Хэвлэсэн богино холбоос, QR код, хэвлэлтийн бүртгэлийг зөвхөн харах боломжтой.',
        ],
      },
    ],
  },
  {
    lang: 'en',
    title: 'How to edit the site',
    sections: [
      {
        heading: 'Your first day',
        steps: [
          'Make a GitHub account and ask the person who looks after the site to add you to its repository.',
          'Open /admin on the site in your browser and press “Login with GitHub”.',
          'Choose what to change on the left: help lines in Mongolia, destinations, warning signs, rights, campaigns, the self-check.',
          'Make your change and press “Publish”. The site is updated within a few minutes.',
        ],
      },
      {
        heading: 'Changing a phone number',
        steps: [
          'Write the number as the source writes it, never from memory.',
          'Add the source that gives the new number under “Source”: its page, the date it gives, and the new number under “States”.',
          'If you called the number yourself, record the call under “Calls”: the date, the number and what happened.',
          'The site never publishes a number without a source: if saving fails, the message says what is missing.',
        ],
      },
      {
        heading: 'Editing an article',
        steps: [
          'Every article is in Mongolian and English. The language buttons at the top show both side by side.',
          'Leave tags such as <Call id="police" /> as they are: each becomes a call button on the site.',
          'A new article needs an “Address” in Latin lowercase letters (fake-job-offers). Never change it once published.',
        ],
      },
      {
        heading: 'What to check first',
        steps: [
          'Open the audit page (/admin/audit): every contact, weakest and oldest first, with what to do next.',
          'Readers\' "this number didn\'t work" messages arrive at the mailbox set under Settings. Check it every working day.',
          'Record each test call under "Calls". Not in service, someone else or a fax takes the number off the site at the next update.',
          'Never make a test call to an emergency number (police, ambulance, fire): those rest on official sources.',
        ],
      },
      {
        heading: 'What you cannot change',
        steps: [
          'Fields shown as plain text (ids, country codes) are used by other files and cannot be changed here.',
          'Printed short links, QR codes and the print register can only be viewed.',
        ],
      },
    ],
  },
];

/** Text made safe for the editing screen's HTML, in content and in quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}

/** `/admin/guide`: the instructions, Mongolian first, then English. */
export function guidePage(): string {
  const body = GUIDE.flatMap(({ lang, title, sections }) => [
    `<section lang="${lang}">`,
    `<h1>${escapeHtml(title)}</h1>`,
    ...sections.flatMap(({ heading, steps }) => [
      `<h2>${escapeHtml(heading)}</h2>`,
      '<ol>',
      ...steps.map((step) => `<li>${escapeHtml(step)}</li>`),
      '</ol>',
    ]),
    '</section>',
  ]);
  return [
    '<!doctype html>',
    '<html lang="mn">',
    '<head>',
    ...ADMIN_HEAD,
    '<title>Заавар / Guide</title>',
    '</head>',
    '<body class="guide">',
    '<main>',
    '<p><a href="/admin">← Засварлах / Edit</a> · <a href="/admin/audit">Шалгалт / Audit</a></p>',
    ...body,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** The pages' few styles: the guide's reading width, and the guide link over the screen. */
export const ADMIN_CSS = `.guide-link { position: fixed; inset-block-end: 0.5rem; inset-inline-end: 0.5rem; z-index: 1000; margin: 0;
  background: #fff; padding: 0.25rem 0.5rem; border: 1px solid #ccc; border-radius: 4px; font: 14px/1.4 system-ui, sans-serif; }
.guide main { max-width: 40rem; margin: 0 auto; padding: 1rem; font: 16px/1.5 system-ui, sans-serif; }
.guide section + section { margin-block-start: 2rem; border-block-start: 1px solid #ccc; }
.audit main { max-width: 60rem; margin: 0 auto; padding: 1rem; font: 16px/1.45 system-ui, sans-serif; color: #111; }
.audit .other { display: block; color: #333; font-size: 0.9rem; }
.audit ol.contacts { list-style: none; padding: 0; }
.audit li.contact { border-inline-start: 4px solid #555; background: #f4f4f4; padding: 0.5rem 0.75rem; margin-block: 0.75rem; }
.audit li.contact[data-next='find-new-number'], .audit li.contact[data-next='call-at-another-time'] { border-color: #a40000; }
.audit li.contact[data-next='none'] { border-color: #1a6b1a; }
.audit h2 { font-size: 1.1rem; margin: 0; }
.audit dl { margin: 0.25rem 0 0; }
.audit dt { font-weight: bold; margin-block-start: 0.25rem; }
.audit dd { margin: 0; }
@media (min-width: 40rem) {
  .audit dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.15rem 0.75rem; }
  .audit dt { margin: 0; }
}
`;
