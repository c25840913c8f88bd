import { type DryRunKpis, type MatchingWeights, WEIGHT_KEYS, type WeightKey } from '../shared/api-types';

export const WEIGHT_MIN = 0;
export const WEIGHT_MAX = 1000;

/** The form's text fields as weights matching takes (every key, whole numbers 0–1000), or which fields are wrong. */
export function parseWeights(fields: Record<WeightKey, string>): { weights: MatchingWeights } | { invalid: WeightKey[] } {
  const invalid: WeightKey[] = [];
  const weights = {} as MatchingWeights;
  for (const key of WEIGHT_KEYS) {
    const text = (fields[key] ?? '').trim();
    const value = Number(text);
    if (!/^\d+$/.test(text) || value < WEIGHT_MIN || value > WEIGHT_MAX) {
      invalid.push(key);
    } else {
      weights[key] = value;
    }
  }
  return invalid.length ? { invalid } : { weights };
}

export function weightFields(weights: MatchingWeights): Record<WeightKey, string> {
  return Object.fromEntries(WEIGHT_KEYS.map(key => [key, String(weights[key] ?? 0)])) as Record<WeightKey, string>;
}

export function sameWeights(a: MatchingWeights, b: MatchingWeights): boolean {
  return WEIGHT_KEYS.every(key => a[key] === b[key]);
}

/** Whether a KPI delta is good news: more assigned and better fit are; longer waits and uneven load are not. */
export function deltaTone(key: keyof DryRunKpis, delta: number): 'better' | 'worse' | 'same' {
  if (Math.abs(delta) < 1e-9) {
    return 'same';
  }
  const higherIsBetter = key === 'assigned' || key === 'meanFit';
  return (delta > 0) === higherIsBetter ? 'better' : 'worse';
}

/** A signed delta: "+0.10", "−3", "±0". */
export function formatDelta(key: keyof DryRunKpis, delta: number): string {
  if (Math.abs(delta) < 1e-9) {
    return '±0';
  }
  const digits = key === 'meanFit' || key === 'loadMaxMin' ? 2 : 0;
  const magnitude = Math.abs(delta).toFixed(digits);
  return delta > 0 ? `+${magnitude}` : `\u2212${magnitude}`;
}
