/**
 * The editing screen's words for editors, in Mongolian and English: labels
 * where a field's name says too little, hints under the fields where a
 * mistake is easy, which fields hold long text, and which must not change.
 * Field paths are the schemas' (`emergency.phones.number`).
 */
import type { FieldWords } from './cms-fields.ts';

const CONTACT_SECTIONS = ['', 'emergency.', 'help.', 'missions.'];

/** The same hint for a contact field wherever contacts are: a hotline file, or a destination's three lists. */
function everyContact(field: string, hint: string): Record<string, string> {
  return Object.fromEntries(CONTACT_SECTIONS.map((section) => [`${section}${field}`, hint]));
}

export const CMS_WORDS: FieldWords = {
  labels: {
    mn: 'Монгол (mn)',
    en: 'English (en)',
    open24h: 'Open 24 hours / 24 цаг',
    speaksMongolian: 'Answers in Mongolian / Монгол хэлээр ярьдаг',
    fromAbroad: 'From abroad / Гадаадаас',
  },
  hints: {
    ...everyContact(
      'phones.number',
      'Эх сурвалжид бичсэнээр нь бичнэ. Дугаар өөрчилбөл шинэ дугаарыг эх сурвалжийн «States» хэсэгт нэмнэ. / ' +
        'As the source writes it. A changed number also goes into the "States" of the source that gives it.',
    ),
    ...everyContact(
      'source',
      'Уншсан эх сурвалж бүр: хуудас, түүн дээрх огноо, өгсөн дугаарууд. / Every source read: its page, the date it gives, the numbers it gives.',
    ),
    ...everyContact(
      'source.date',
      'Эх сурвалж дээр бичсэн огноо: YYYY-MM-DD, YYYY-MM, YYYY эсвэл undated. / The date the source gives.',
    ),
    ...everyContact(
      'source.read',
      'Та уншсан өдөр, YYYY-MM-DD. Уншаагүй бол хоосон орхино. / The day you read it; leave empty if not recorded.',
    ),
    ...everyContact(
      'source.official',
      'Утасны газар, засгийн газар эсвэл элчин сайдын яамны өөрийн сайт. / The operator, a government, or the mission itself.',
    ),
    ...everyContact(
      'calls',
      'Туршиж залгасан дуудлага: огноо, дугаар, үр дүн. Яаралтай тусламжийн дугаарт (цагдаа, түргэн тусламж, гал) хэзээ ч туршиж залгахгүй. / ' +
        'Test calls you made: date, number, outcome. Never test-call an emergency number (police, ambulance, fire).',
    ),
    ...everyContact('calls.date', 'YYYY-MM-DD'),
    ...everyContact(
      'notes',
      'Утасны дугаар энд бичихгүй. / Never a phone number here: a wrong number in print gets dialled.',
    ),
    country: 'Өөрчлөхгүй. / Fixed: the file name and the address of the help card.',
    'emergency.id': 'Өөрчлөхгүй: өөр файлууд энэ нэрээр заадаг. / Fixed: other files refer to it.',
    'help.id': 'Өөрчлөхгүй: өөр файлууд энэ нэрээр заадаг. / Fixed: other files refer to it.',
    'missions.id': 'Өөрчлөхгүй: өөр файлууд энэ нэрээр заадаг. / Fixed: other files refer to it.',
    slug: 'Зөвхөн латин жижиг үсэг, тоо, зураас: fake-job-offers. Нийтэлсний дараа өөрчлөхгүй. / Latin lowercase letters, digits and hyphens; never changed once published.',
    body:
      'Markdown. <Call id="police" /> мэт тэмдэглэгээг хэвээр үлдээнэ: тэр нь залгах товч болдог. / ' +
      'Markdown. Leave tags such as <Call id="police" /> as they are: each becomes a call button.',
    start: 'YYYY-MM-DD',
    end: 'YYYY-MM-DD',
    call: 'Аяны залгах утас: police, kr/danuri. / The line the campaign asks people to call.',
    read: 'Дэлгэрэнгүй унших хуудас: abroad, signs/fake-job-offers. / The page to read next.',
  },
  longText: ['purpose', 'notes', 'withheld', 'otherMissions', 'description', 'intro', 'advice', 'text'],
  readOnly: ['country', 'emergency.id', 'help.id', 'missions.id', 'offers.id', 'offers.questions.id'],
};
