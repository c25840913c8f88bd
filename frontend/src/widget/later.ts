import type { Booking, ShopperMessage, Slot } from '../shared/api-types';
import { localDate } from '../shared/format';

/** How long before its start a booking can be joined (matching's tsunagu.booking.join-early). */
export const JOIN_EARLY_MS = 10 * 60_000;

/** Set once the shopper left a message or booked, so that only they spend a ticket on reading replies. */
export const FOLLOW_UPS_KEY = 'tsunagu.followUps';

/** Whether the booking can be joined at `now`: from a little before its start until its end. */
export function isDue(booking: Booking, now: number): boolean {
  return now >= Date.parse(booking.start) - JOIN_EARLY_MS && now < Date.parse(booking.end);
}

/** The slots by their local day in the store's time zone, days and times in order. */
export function slotsByDay(slots: Slot[]): Map<string, Slot[]> {
  const days = new Map<string, Slot[]>();
  for (const slot of slots) {
    const day = localDate(new Date(slot.start), slot.timeZone);
    days.set(day, [...(days.get(day) ?? []), slot]);
  }
  return days;
}

/** What the launcher points at: a booking to join now, else the shopper's messages and bookings, else nothing. */
export function inboxState(messages: ShopperMessage[], bookings: Booking[], now: number): 'due' | 'news' | null {
  if (bookings.some(booking => isDue(booking, now))) {
    return 'due';
  }
  return messages.length > 0 || bookings.length > 0 ? 'news' : null;
}
