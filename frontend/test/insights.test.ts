// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { type StoreInsights, countText, renderInsights } from '../src/manager/insights';

/** The manager console's store insights: figures as profile-bridge sends them, withheld ones said so. */

const NAMES = { store: (id: string) => ({ tokyo: '東京店', osaka: '大阪店' }[id] ?? id), tag: (id: string) => ({ camping: 'キャンプ' }[id] ?? id) };

const TOKYO: StoreInsights = {
  storeId: 'tokyo', since: '2026-10-25T00:00:00Z', minimumGroupSize: 5, suppressed: false, shoppers: 12,
  topInterests: [{ tag: 'camping', shoppers: 7 }, { tag: 'skiing', shoppers: 5 }],
  channelMix: { storeOnly: 5, onlineOnly: null, both: null, neither: 0 },
  consultations: 9, consultationOutcomes: { PURCHASED: 9, CONSIDERING: 0, NOT_INTERESTED: 0, NONE: 0 },
};
const OSAKA: StoreInsights = {
  storeId: 'osaka', since: '2026-10-25T00:00:00Z', minimumGroupSize: 5, suppressed: true, shoppers: null,
  topInterests: [], channelMix: {}, consultations: null, consultationOutcomes: {},
};

function render(stores: StoreInsights[], language: 'ja' | 'en', onDays: (days: number) => void = () => undefined): HTMLElement {
  const root = document.createElement('div');
  root.append(...renderInsights(stores, 30, language, NAMES, onDays));
  return root;
}

function rows(root: HTMLElement, testId: string): string[][] {
  return [...root.querySelectorAll(`[data-testid=${testId}] tbody tr`)].map(row => [...row.querySelectorAll('td')].map(cell => cell.textContent ?? ''));
}

describe('store insights', () => {
  it('shows the interests by tag name, and a withheld count as fewer than the minimum', () => {
    const root = render([TOKYO], 'ja');

    expect(root.querySelector('[data-testid=insights-tokyo] h3')?.textContent).toBe('東京店');
    expect(root.querySelector('[data-testid=insights-shoppers]')?.textContent).toBe('お客様 12 人');
    expect(rows(root, 'insights-interests')).toEqual([['キャンプ', '7'], ['skiing', '5']]);
    expect(rows(root, 'insights-channels')).toEqual([['店舗のみ', '5'], ['オンラインのみ', '5 人未満'], ['店舗とオンライン', '5 人未満'], ['相談のみ', '0']]);
    expect(rows(root, 'insights-outcomes')[0]).toEqual(['購入', '9']);
  });

  it('says a store with too few shoppers shows no figures, in English too', () => {
    const root = render([TOKYO, OSAKA], 'en');

    expect(root.querySelector('[data-testid=insights-osaka] [data-testid=insights-suppressed]')?.textContent)
      .toBe('Fewer than 5 shoppers and consultations: this store shows no figures yet.');
    expect(root.querySelector('[data-testid=insights-osaka] table')).toBeNull();
    expect(rows(root, 'insights-channels')[1]).toEqual(['Online only', 'fewer than 5']);
  });

  it('asks for another period when the picker changes', () => {
    const asked: number[] = [];
    const root = render([TOKYO], 'en', days => asked.push(days));
    const picker = root.querySelector<HTMLSelectElement>('[data-testid=insights-days]')!;

    picker.value = '90';
    picker.dispatchEvent(new Event('change'));

    expect(asked).toEqual([90]);
  });

  it('has a line for a manager with no store', () => {
    expect(render([], 'en').textContent).toContain('You look after no store yet.');
  });

  it('writes counts as numbers unless withheld', () => {
    expect(countText(0, 5, 'en')).toBe('0');
    expect(countText(null, 5, 'ja')).toBe('5 人未満');
  });
});
