/**
 * Which Mongolia-wide lines lead where space is short — the emergency strip,
 * the home page, the hotlines page's emergency group, the self-check — as an
 * editor chose them in `content/lead-lines.yaml`, resolved to the contacts.
 */
import type { Contact } from './contacts.ts';

export const LEAD_LINES_FILE = 'content/lead-lines.yaml';

export const LEAD_LISTS = [
  /** The emergency strip on pages about Mongolia. */
  'strip',
  /** The home page's first lines and the passport insert's Mongolia-wide lines. */
  'keyLines',
  /** The hotlines page's emergency group. */
  'emergency',
  /** Under the self-check's verdict. */
  'check',
  /** National emergency numbers, which print only from a government source. */
  'nationalEmergency',
] as const;
export type LeadList = (typeof LEAD_LISTS)[number];

/** The lists as written: hotline ids, most urgent first. */
export type LeadLineIds = Record<LeadList, string[]>;
/** The lists resolved to the hotlines they name, in the same order. */
export type LeadLines = Record<LeadList, Contact[]>;

/** Each list's hotlines; one `file: field: reason` problem for each id that names no hotline file, or repeats. */
export function resolveLeadLines(
  ids: LeadLineIds,
  hotlines: readonly Contact[],
): { lines: LeadLines; problems: string[] } {
  const byId = new Map(hotlines.map((hotline) => [hotline.id, hotline]));
  const problems: string[] = [];
  const resolve = (list: LeadList) =>
    ids[list].flatMap((id, index) => {
      const where = `${LEAD_LINES_FILE}: ${list}[${index}]`;
      if (ids[list].indexOf(id) !== index) {
        problems.push(`${where}: "${id}" is listed twice`);
        return [];
      }
      const hotline = byId.get(id);
      if (!hotline) {
        problems.push(
          `${where}: "${id}" is not a Mongolia-wide line: there is no content/hotlines/${id}.yaml; if the file was renamed, write its new name here`,
        );
        return [];
      }
      return [hotline];
    });
  const lines = Object.fromEntries(LEAD_LISTS.map((list) => [list, resolve(list)])) as LeadLines;
  return { lines, problems };
}
