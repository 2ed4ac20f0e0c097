/**
 * The self-check as its page reads it: one language's questions, and a build
 * stopped, naming the file, when a language is missing or the two ask
 * different questions. The collection is given here instead of read from content/.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

interface Check {
  title: string;
  offers: { id: string; questions: { id: string }[] }[];
}
const entries = vi.hoisted(() => [] as { id: string; data: Check }[]);
vi.mock('astro:content', () => ({
  getCollection: async (name: string) => (name === 'check' ? entries : []),
}));

const { selfCheck } = await import('./self-check.ts');

const check = (title: string, questions: string[]): Check => ({
  title,
  offers: [{ id: 'job', questions: questions.map((id) => ({ id })) }],
});

beforeEach(() => entries.splice(0));

describe('selfCheck', () => {
  it('gives each language its own words for the same questions', async () => {
    entries.push({ id: 'mn', data: check('Шалгах', ['fee', 'passport']) });
    entries.push({ id: 'en', data: check('Check', ['fee', 'passport']) });
    expect((await selfCheck('mn')).title).toBe('Шалгах');
    expect((await selfCheck('en')).title).toBe('Check');
  });

  it('stops the build naming the file of a missing language', async () => {
    entries.push({ id: 'mn', data: check('Шалгах', ['fee']) });
    await expect(selfCheck('mn')).rejects.toThrow(
      'content/check/en.yaml: is missing; the self-check needs every language',
    );
  });

  it('stops the build when the languages ask different questions', async () => {
    entries.push({ id: 'mn', data: check('Шалгах', ['fee', 'passport']) });
    entries.push({ id: 'en', data: check('Check', ['passport', 'fee']) });
    await expect(selfCheck('en')).rejects.toThrow(
      'content/check/en.yaml: offers[0]: asks "job: passport, fee" where content/check/mn.yaml asks "job: fee, passport"',
    );
  });
});
