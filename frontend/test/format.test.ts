import { describe, expect, it } from 'vitest';
import { formatDateTime, formatMoney, formatTime, localDate, waitMinutes } from '../src/shared/format';

describe('times in the store time zone', () => {
  it('shows an instant in the given zone, not the machine zone', () => {
    expect(formatTime('2026-11-24T15:30:00Z', 'en', 'Asia/Tokyo')).toBe('00:30');
    expect(formatTime('2026-11-24T15:30:00Z', 'en', 'Europe/London')).toBe('15:30');
  });

  it('moves the date across midnight with the zone', () => {
    expect(localDate(new Date('2026-11-24T15:30:00Z'), 'Asia/Tokyo')).toBe('2026-11-25');
    expect(localDate(new Date('2026-11-24T15:30:00Z'), 'UTC')).toBe('2026-11-24');
  });

  it('writes dates in the language of the screen', () => {
    expect(formatDateTime('2026-11-24T01:00:00Z', 'ja', 'Asia/Tokyo')).toContain('2026/11/24');
    expect(formatDateTime('2026-11-24T01:00:00Z', 'en', 'Asia/Tokyo')).toContain('24 Nov 2026');
  });
});

describe('formatMoney and waitMinutes', () => {
  it('writes yen without decimals', () => {
    expect(formatMoney(12800, 'JPY', 'en')).toBe('JP¥12,800');
    expect(formatMoney(12800, 'JPY', 'ja')).toBe('￥12,800');
  });

  it('rounds waits up to minutes', () => {
    expect(waitMinutes(0)).toBe(0);
    expect(waitMinutes(59)).toBe(0);
    expect(waitMinutes(90)).toBe(2);
    expect(waitMinutes(null)).toBeNull();
  });
});
