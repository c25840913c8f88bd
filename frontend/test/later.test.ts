import { describe, expect, it } from 'vitest';
import type { Booking, ShopperMessage } from '../src/shared/api-types';
import { JOIN_EARLY_MS, inboxState, isDue, slotsByDay } from '../src/widget/later';

const START = Date.UTC(2030, 0, 15, 1, 0);

function booking(start: number): Booking {
  return {
    id: 'b', visitorId: 'v', staffUsername: 'aoi', staffName: 'Aoi', storeId: 'tokyo', timeZone: 'Asia/Tokyo',
    start: new Date(start).toISOString(), end: new Date(start + 30 * 60_000).toISOString(), language: 'ja', topic: null,
    status: 'BOOKED', matchedTag: null, matchedLevel: null, followUpOf: null, requestId: null,
  };
}

function message(answer: string | null): ShopperMessage {
  return {
    id: 'm', visitorId: 'v', language: 'ja', topic: 't', preferredStoreId: null, status: answer ? 'ANSWERED' : 'OPEN',
    claimedBy: null, answer, createdAt: '', answeredAt: null, topInterests: [],
  };
}

describe('booked consultations', () => {
  it('are due from shortly before their start until their end', () => {
    expect(isDue(booking(START), START - JOIN_EARLY_MS - 1)).toBe(false);
    expect(isDue(booking(START), START - JOIN_EARLY_MS)).toBe(true);
    expect(isDue(booking(START), START + 29 * 60_000)).toBe(true);
    expect(isDue(booking(START), START + 30 * 60_000)).toBe(false);
  });

  it('group their slots by the local day of the store, not the UTC day', () => {
    // 23:30 UTC on the 14th is 08:30 on the 15th in Tokyo.
    const slots = [Date.UTC(2030, 0, 14, 23, 30), START, Date.UTC(2030, 0, 15, 15, 0)].map(at => ({
      start: new Date(at).toISOString(), end: new Date(at + 1_800_000).toISOString(), timeZone: 'Asia/Tokyo',
    }));
    const days = slotsByDay(slots);
    expect([...days.keys()]).toEqual(['2030-01-15', '2030-01-16']);
    expect(days.get('2030-01-15')).toHaveLength(2);
  });
});

describe('the launcher', () => {
  it('points at a booking to join first, then at replies and bookings, else at nothing', () => {
    expect(inboxState([message('はい')], [booking(START)], START)).toBe('due');
    expect(inboxState([message('はい')], [], START)).toBe('news');
    expect(inboxState([], [booking(START + 86_400_000)], START)).toBe('news');
    expect(inboxState([message(null)], [], START)).toBe('news');
    expect(inboxState([], [], START)).toBeNull();
  });
});
