import { describe, expect, it, vi } from 'vitest';
import { clearRenderRecords, recordShownNumber, renderRecords, shownNumbers } from './render-records.ts';

describe('renderRecords', () => {
  it('keeps one record per key, the last one given', () => {
    const records = renderRecords<number>('test-last');
    records.record('/a.html', 1);
    records.record('/b.html', 2);
    records.record('/a.html', 3);
    expect([...records.all()]).toEqual([
      ['/a.html', 3],
      ['/b.html', 2],
    ]);
  });

  it('shares records between copies of the module, by kind, and clears them', async () => {
    vi.resetModules();
    const other = await import('./render-records.ts');
    expect(other.renderRecords).not.toBe(renderRecords);
    renderRecords<string>('test-shared').record('/page.html', 'seen');
    expect([...other.renderRecords('test-shared').all()]).toEqual([['/page.html', 'seen']]);
    expect(other.renderRecords('test-other').all().size).toBe(0);
    other.renderRecords('test-shared').clear();
    expect(renderRecords<string>('test-shared').all().size).toBe(0);
  });
});

describe('recordShownNumber', () => {
  it('keeps each call link once per language and way of writing it, and no text or chat links', () => {
    shownNumbers.clear();
    recordShownNumber({ locale: 'mn', written: '102', href: 'tel:102' });
    recordShownNumber({ locale: 'mn', written: '102', href: 'tel:102' });
    recordShownNumber({ locale: 'en', written: '102', href: 'tel:102' });
    recordShownNumber({ locale: 'en', written: '+82 10-1234-5678', href: 'sms:+821012345678' });
    recordShownNumber({ locale: 'en', written: '+82 10-1234-5678', href: 'https://wa.me/821012345678' });
    expect([...shownNumbers.all().values()]).toEqual([
      { locale: 'mn', written: '102', href: 'tel:102' },
      { locale: 'en', written: '102', href: 'tel:102' },
    ]);
    shownNumbers.clear();
  });
});

describe('clearRenderRecords', () => {
  it('forgets every kind of record at once', () => {
    renderRecords<number>('test-one').record('/a', 1);
    renderRecords<number>('test-two').record('/b', 2);
    clearRenderRecords();
    expect(renderRecords('test-one').all().size).toBe(0);
    expect(renderRecords('test-two').all().size).toBe(0);
  });
});
