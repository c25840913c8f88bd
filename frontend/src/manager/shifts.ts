import type { Interval, OpeningHours, Weekday, WeeklyShift } from '../shared/api-types';

export const WEEKDAYS: Weekday[] = ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'];

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$|^24:00$/;

export function minutes(time: string): number {
  const [hours, mins] = time.split(':').map(Number);
  return hours * 60 + mins;
}

export function isTime(value: string): boolean {
  return TIME.test(value);
}

/** A weekly shift as minutes since Monday 00:00; an end earlier than the start runs past midnight. */
function weekSpan(shift: WeeklyShift): [number, number] {
  const start = WEEKDAYS.indexOf(shift.day) * 1440 + minutes(shift.start);
  let length = minutes(shift.end) - minutes(shift.start);
  if (length <= 0) {
    length += 1440;
  }
  return [start, start + length];
}

/**
 * Problems staff-directory would refuse, found before saving: bad times, and intervals that overlap
 * (also across midnight and from Sunday into Monday). Returns the indexes of the shifts at fault.
 */
export function weeklyProblems(weekly: WeeklyShift[]): { invalid: number[]; overlapping: number[] } {
  const invalid = weekly.flatMap((shift, index) => (WEEKDAYS.includes(shift.day) && isTime(shift.start) && isTime(shift.end)
    && shift.start !== shift.end ? [] : [index]));
  const overlapping = new Set<number>();
  const week = 7 * 1440;
  weekly.forEach((a, i) => {
    if (invalid.includes(i)) {
      return;
    }
    const [aStart, aEnd] = weekSpan(a);
    weekly.forEach((b, j) => {
      if (j <= i || invalid.includes(j)) {
        return;
      }
      const [bStart, bEnd] = weekSpan(b);
      // Compare b also shifted a week either way, for the wrap from Sunday night into Monday.
      for (const offset of [-week, 0, week]) {
        if (aStart < bEnd + offset && bStart + offset < aEnd) {
          overlapping.add(i);
          overlapping.add(j);
        }
      }
    });
  });
  return { invalid, overlapping: [...overlapping].sort((x, y) => x - y) };
}

/** The seven local dates (YYYY-MM-DD) of the week starting on the Monday on or before `date`. */
export function weekOf(date: string): string[] {
  const day = new Date(`${date}T00:00:00Z`);
  const monday = new Date(day.getTime() - ((day.getUTCDay() + 6) % 7) * 86_400_000);
  return Array.from({ length: 7 }, (_, index) => new Date(monday.getTime() + index * 86_400_000).toISOString().slice(0, 10));
}

/** Local date and minute of day of an instant in a time zone. */
function localParts(iso: string, timeZone: string): { date: string; minute: number } {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).formatToParts(new Date(iso));
  const get = (type: string) => parts.find(part => part.type === type)?.value ?? '00';
  return { date: `${get('year')}-${get('month')}-${get('day')}`, minute: Number(get('hour')) * 60 + Number(get('minute')) };
}

export interface Block {
  startMinute: number;
  endMinute: number;
}

/**
 * Concrete shift intervals (UTC) laid out on a week of local days, cut at local midnight, for a
 * calendar: day → blocks in minutes of that day.
 */
export function calendarBlocks(intervals: Interval[], days: string[], timeZone: string): Map<string, Block[]> {
  const result = new Map<string, Block[]>(days.map(day => [day, []]));
  for (const interval of intervals) {
    let cursor = Date.parse(interval.start);
    const end = Date.parse(interval.end);
    while (cursor < end) {
      const here = localParts(new Date(cursor).toISOString(), timeZone);
      const untilMidnight = (1440 - here.minute) * 60_000;
      const pieceEnd = Math.min(end, cursor + untilMidnight);
      const endMinute = here.minute + Math.round((pieceEnd - cursor) / 60_000);
      result.get(here.date)?.push({ startMinute: here.minute, endMinute });
      cursor = pieceEnd;
    }
  }
  result.forEach(blocks => blocks.sort((a, b) => a.startMinute - b.startMinute));
  return result;
}

/** One row per weekday of the opening-hours form; a closed day has no row in the store. */
export interface HoursRow {
  day: Weekday;
  open: boolean;
  opens: string;
  closes: string;
}

export function hoursRows(hours: OpeningHours[]): HoursRow[] {
  return WEEKDAYS.map(day => {
    const found = hours.find(entry => entry.day === day);
    return { day, open: Boolean(found), opens: found?.opens ?? '10:00', closes: found?.closes ?? '20:00' };
  });
}

/** The store's openingHours from the form, or the days whose times are wrong (closes may be 24:00). */
export function openingHours(rows: HoursRow[]): { hours: OpeningHours[] } | { invalid: Weekday[] } {
  const invalid = rows.filter(row => row.open && (!isTime(row.opens) || row.opens === '24:00' || !isTime(row.closes)
    || minutes(row.closes) <= minutes(row.opens))).map(row => row.day);
  return invalid.length ? { invalid } : { hours: rows.filter(row => row.open).map(({ day, opens, closes }) => ({ day, opens, closes })) };
}
