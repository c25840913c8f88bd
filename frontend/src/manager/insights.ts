import { type InsightsKey, insightsMessages } from '../i18n/insights';
import { type Language, translator } from '../i18n/language';
import { h } from '../shared/dom';

/** profile-bridge's aggregated view of one store's recent shoppers (GET /api/profile-bridge/store-insights). */
export interface StoreInsights {
  storeId: string;
  since: string;
  minimumGroupSize: number;
  suppressed: boolean;
  /** Counts below minimumGroupSize are null: withheld. */
  shoppers: number | null;
  topInterests: { tag: string; shoppers: number }[];
  channelMix: Record<string, number | null>;
  consultations: number | null;
  consultationOutcomes: Record<string, number | null>;
}

export const INSIGHT_DAYS = [7, 30, 90] as const;
const CHANNELS = ['storeOnly', 'onlineOnly', 'both', 'neither'] as const;
const OUTCOMES = ['PURCHASED', 'CONSIDERING', 'NOT_INTERESTED', 'NONE'] as const;

export interface InsightsNames {
  store(id: string): string;
  tag(id: string): string;
}

/** A count as shown: the number, or "fewer than k" when profile-bridge withheld it. */
export function countText(value: number | null | undefined, k: number, language: Language): string {
  return value === null || value === undefined ? translator(insightsMessages, language)('withheld', { k }) : String(value);
}

/**
 * The insights screen: a period picker and, per store, its shoppers' common interests, channels and
 * consultation outcomes as tables. Figures only; profile-bridge sends no person.
 */
export function renderInsights(stores: StoreInsights[], days: number, language: Language, names: InsightsNames,
                               onDays: (days: number) => void): HTMLElement[] {
  const t = translator(insightsMessages, language);
  const picker = h('select', { id: 'insights-days', 'data-testid': 'insights-days' },
    INSIGHT_DAYS.map(option => h('option', { value: option }, t('daysOption', { days: option }))));
  picker.value = String(days);
  picker.addEventListener('change', () => onDays(Number(picker.value)));
  const k = stores[0]?.minimumGroupSize ?? 5;
  return [
    h('p', { class: 'muted' }, t('intro', { days, k })),
    h('div', { class: 'toolbar' }, h('label', { for: 'insights-days' }, t('days')), picker),
    ...(stores.length ? stores.map(store => storePanel(store, language, names, t)) : [h('p', { class: 'muted' }, t('empty'))]),
  ];
}

function storePanel(store: StoreInsights, language: Language, names: InsightsNames, t: (key: InsightsKey, params?: Record<string, string | number>) => string): HTMLElement {
  const k = store.minimumGroupSize;
  const heading = h('h3', {}, names.store(store.storeId));
  if (store.suppressed) {
    return h('section', { class: 'panel', 'data-testid': `insights-${store.storeId}` }, heading,
      h('p', { class: 'muted', 'data-testid': 'insights-suppressed' }, t('suppressedStore', { k })));
  }
  const count = (value: number | null | undefined) => countText(value, k, language);
  const table = (caption: string, testId: string, head: string[], rows: string[][], none: string) => h('table', { 'data-testid': testId },
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, head.map(cell => h('th', { scope: 'col' }, cell)))),
    h('tbody', {}, rows.length ? rows.map(row => h('tr', {}, row.map(cell => h('td', {}, cell))))
      : h('tr', {}, h('td', { colspan: head.length, class: 'muted' }, none))));
  const outcomesShown = Object.keys(store.consultationOutcomes).length > 0;
  return h('section', { class: 'panel', 'data-testid': `insights-${store.storeId}` }, heading,
    h('p', { 'data-testid': 'insights-shoppers' }, t('shoppers', { count: count(store.shoppers) })),
    table(t('topInterests'), 'insights-interests', [t('colTag'), t('colShoppers')],
      store.topInterests.map(row => [names.tag(row.tag), String(row.shoppers)]), t('topInterestsNone', { k })),
    Object.keys(store.channelMix).length
      ? table(t('channelMix'), 'insights-channels', [t('colChannel'), t('colShoppers')],
        CHANNELS.map(channel => [t(`channel_${channel}`), count(store.channelMix[channel])]), '')
      : null,
    outcomesShown
      ? table(t('outcomes', { count: count(store.consultations) }), 'insights-outcomes', [t('colOutcome'), t('colCount')],
        OUTCOMES.map(outcome => [t(`outcome_${outcome}`), count(store.consultationOutcomes[outcome])]), '')
      : h('p', { class: 'muted' }, t('outcomesWithheld', { k })));
}
