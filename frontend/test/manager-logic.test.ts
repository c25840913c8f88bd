import { describe, expect, it } from 'vitest';
import type { Kpis, TaxonomyNode, WeeklyShift } from '../src/shared/api-types';
import { canManage, hourlySeries, kpiQuery, percent, seconds } from '../src/manager/kpi';
import { calendarBlocks, hoursRows, openingHours, weekOf, weeklyProblems } from '../src/manager/shifts';
import { descendants, isTagId, splitList, treeRows } from '../src/manager/taxonomy';
import { deltaTone, formatDelta, parseWeights, sameWeights } from '../src/manager/weights';

const FIELDS = { expertiseFit: '10', waitingTime: '2', continuity: '5', storeAffinity: '3', fairLoad: '1', shiftEnd: '5' };

describe('parseWeights', () => {
  it('turns every field into a whole number from 0 to 1000', () => {
    expect(parseWeights(FIELDS)).toEqual({ weights: { expertiseFit: 10, waitingTime: 2, continuity: 5, storeAffinity: 3, fairLoad: 1, shiftEnd: 5 } });
    expect(parseWeights({ ...FIELDS, fairLoad: '0', shiftEnd: '1000' })).toMatchObject({ weights: { fairLoad: 0, shiftEnd: 1000 } });
  });

  it('names every field that is empty, negative, fractional or too large', () => {
    expect(parseWeights({ ...FIELDS, expertiseFit: '', waitingTime: '-1', continuity: '2.5', shiftEnd: '1001' }))
      .toEqual({ invalid: ['expertiseFit', 'waitingTime', 'continuity', 'shiftEnd'] });
  });

  it('compares weight sets key by key', () => {
    const a = (parseWeights(FIELDS) as { weights: Parameters<typeof sameWeights>[0] }).weights;
    expect(sameWeights(a, { ...a })).toBe(true);
    expect(sameWeights(a, { ...a, fairLoad: 2 })).toBe(false);
  });
});

describe('dry-run deltas', () => {
  it('know which direction is better for each KPI', () => {
    expect(deltaTone('assigned', 1)).toBe('better');
    expect(deltaTone('meanFit', -0.1)).toBe('worse');
    expect(deltaTone('maxWaitSeconds', 10)).toBe('worse');
    expect(deltaTone('loadMaxMin', -0.5)).toBe('better');
    expect(deltaTone('assigned', 0)).toBe('same');
  });

  it('are written with a sign and the precision of their KPI', () => {
    expect(formatDelta('meanFit', 0.1)).toBe('+0.10');
    expect(formatDelta('maxWaitSeconds', -12)).toBe('\u221212');
    expect(formatDelta('assigned', 0)).toBe('±0');
  });
});

describe('weekly shifts', () => {
  const shift = (day: WeeklyShift['day'], start: string, end: string): WeeklyShift => ({ day, start, end });

  it('accept back-to-back shifts and find overlapping ones', () => {
    expect(weeklyProblems([shift('MON', '09:00', '13:00'), shift('MON', '13:00', '18:00')])).toEqual({ invalid: [], overlapping: [] });
    expect(weeklyProblems([shift('MON', '09:00', '13:00'), shift('MON', '12:00', '18:00')])).toEqual({ invalid: [], overlapping: [0, 1] });
  });

  it('see a shift past midnight overlap the next morning, also from Sunday into Monday', () => {
    expect(weeklyProblems([shift('TUE', '22:00', '06:00'), shift('WED', '05:00', '09:00')]).overlapping).toEqual([0, 1]);
    expect(weeklyProblems([shift('SUN', '22:00', '06:00'), shift('MON', '05:00', '09:00')]).overlapping).toEqual([0, 1]);
    expect(weeklyProblems([shift('SUN', '22:00', '06:00'), shift('MON', '06:00', '09:00')]).overlapping).toEqual([]);
  });

  it('refuse bad times and empty shifts', () => {
    expect(weeklyProblems([shift('MON', '25:00', '26:00'), shift('TUE', '10:00', '10:00'), shift('WED', '10:00', '24:00')]).invalid).toEqual([0, 1]);
  });
});

describe('the shift calendar', () => {
  it('starts the week on Monday', () => {
    expect(weekOf('2026-11-26')).toEqual(['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29']);
    expect(weekOf('2026-11-23')[0]).toBe('2026-11-23');
    expect(weekOf('2026-11-29')[0]).toBe('2026-11-23');
  });

  it('places UTC intervals on local days and cuts them at local midnight', () => {
    const days = weekOf('2026-11-23');
    // 22:00–06:00 Tokyo time on Tuesday night = 13:00Z–21:00Z on Tuesday.
    const blocks = calendarBlocks([{ start: '2026-11-24T13:00:00Z', end: '2026-11-24T21:00:00Z' }], days, 'Asia/Tokyo');
    expect(blocks.get('2026-11-24')).toEqual([{ startMinute: 22 * 60, endMinute: 1440 }]);
    expect(blocks.get('2026-11-25')).toEqual([{ startMinute: 0, endMinute: 6 * 60 }]);
    expect(blocks.get('2026-11-23')).toEqual([]);
  });
});

describe('the taxonomy tree', () => {
  const node = (id: string, parentId: string | null): TaxonomyNode => ({ id, parentId, name: { ja: id, en: id }, synonyms: {}, productIds: [], categories: [] });
  const nodes = [node('outdoor', null), node('mountaineering', 'outdoor'), node('camping', 'outdoor'), node('climbing', 'mountaineering'), node('townwear', null), node('orphan', 'gone')];

  it('lists parents before their children, with depth', () => {
    expect(treeRows(nodes).map(row => `${row.depth}:${row.node.id}`))
      .toEqual(['0:orphan', '0:outdoor', '1:camping', '1:mountaineering', '2:climbing', '0:townwear']);
  });

  it('knows what cannot be a parent of a node', () => {
    expect([...descendants(nodes, 'outdoor')].sort()).toEqual(['camping', 'climbing', 'mountaineering', 'outdoor']);
  });

  it('splits lists on ASCII and Japanese commas', () => {
    expect(splitList('山登り、登山, 山登り ,， トレッキング')).toEqual(['山登り', '登山', 'トレッキング']);
    expect(splitList('  ')).toEqual([]);
  });

  it('takes ids of lower-case words joined by hyphens', () => {
    expect(isTagId('trail-running')).toBe(true);
    expect(isTagId('Trail running')).toBe(false);
    expect(isTagId('-x')).toBe(false);
  });
});

describe('KPIs', () => {
  const kpis = {
    byHour: [
      { hour: '2026-11-24T02:00:00Z', requests: 5, answered: 4, abandoned: 1 },
      { hour: '2026-11-24T01:00:00Z', requests: 3, answered: 3, abandoned: 0 },
    ],
  } as Kpis;

  it('gives the chart hours in order as Unix seconds', () => {
    const one = Date.parse('2026-11-24T01:00:00Z') / 1000;
    expect(hourlySeries(kpis)).toEqual([[one, one + 3600], [3, 5], [3, 4], [0, 1]]);
  });

  it('writes ratios and seconds, with a dash when there is nothing', () => {
    expect(percent(0.8)).toBe('80%');
    expect(percent(null)).toBe('—');
    expect(seconds(12.4)).toBe('12 s');
    expect(seconds(null)).toBe('—');
  });

  it('asks for the last hours, one store, and the service-level threshold', () => {
    const query = new URLSearchParams(kpiQuery(new Date('2026-11-24T10:00:00Z'), 24, 'tokyo', 20));
    expect(query.get('from')).toBe('2026-11-23T10:00:00.000Z');
    expect(query.get('to')).toBe('2026-11-24T10:00:00.000Z');
    expect(query.get('storeId')).toBe('tokyo');
    expect(query.get('serviceLevelSeconds')).toBe('20');
    expect(new URLSearchParams(kpiQuery(new Date(), 1, null, 20)).has('storeId')).toBe(false);
  });

  it('let managers and admins in, and nobody else', () => {
    expect(canManage(['manager'])).toBe(true);
    expect(canManage(['admin', 'offline_access'])).toBe(true);
    expect(canManage(['staff'])).toBe(false);
  });
});

describe('opening hours', () => {
  it('has a row per weekday, open where the store has hours', () => {
    const rows = hoursRows([{ day: 'MON', opens: '10:00', closes: '24:00' }]);
    expect(rows).toHaveLength(7);
    expect(rows[0]).toEqual({ day: 'MON', open: true, opens: '10:00', closes: '24:00' });
    expect(rows[1].open).toBe(false);
  });

  it('gives the open days back, closing at midnight allowed, and names days with wrong times', () => {
    const rows = hoursRows([{ day: 'MON', opens: '10:00', closes: '24:00' }, { day: 'TUE', opens: '10:00', closes: '20:00' }]);
    expect(openingHours(rows)).toEqual({ hours: [{ day: 'MON', opens: '10:00', closes: '24:00' }, { day: 'TUE', opens: '10:00', closes: '20:00' }] });
    rows[1].closes = '09:00';
    rows[2] = { ...rows[2], open: true, opens: '24:00', closes: '24:00' };
    expect(openingHours(rows)).toEqual({ invalid: ['TUE', 'WED'] });
  });
});
