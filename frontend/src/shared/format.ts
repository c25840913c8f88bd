import type { Language } from '../i18n/language';

/** The zone times are shown in when a store's is not known: the demo stores' and the first customers'. */
export const DEFAULT_TIME_ZONE = 'Asia/Tokyo';

/** A wait in whole minutes, rounded up, for "about n minutes"; 0 means under a minute, null unknown. */
export function waitMinutes(seconds: number | null | undefined): number | null {
  if (seconds === null || seconds === undefined || !Number.isFinite(seconds) || seconds < 0) {
    return null;
  }
  return seconds < 60 ? 0 : Math.ceil(seconds / 60);
}

/** Date and time of an instant in a store's time zone, in the screen's language. */
export function formatDateTime(iso: string, language: Language, timeZone: string = DEFAULT_TIME_ZONE): string {
  return new Intl.DateTimeFormat(locale(language), { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(new Date(iso));
}

/** The whole date of an instant in a store's time zone ("2026年11月25日水曜日", "Wednesday 25 November 2026"). */
export function formatDay(iso: string, language: Language, timeZone: string = DEFAULT_TIME_ZONE): string {
  return new Intl.DateTimeFormat(locale(language), { dateStyle: 'full', timeZone }).format(new Date(iso));
}

/** The time of day of an instant in a store's time zone ("14:05"). */
export function formatTime(iso: string, language: Language, timeZone: string = DEFAULT_TIME_ZONE): string {
  return new Intl.DateTimeFormat(locale(language), { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }).format(new Date(iso));
}

/** A price in its currency ("¥12,800", "￥12,800"). */
export function formatMoney(amount: number, currency: string, language: Language): string {
  return new Intl.NumberFormat(locale(language), { style: 'currency', currency }).format(amount);
}

/** The calendar date (YYYY-MM-DD) of an instant in a time zone, e.g. a store's "today". */
export function localDate(at: Date, timeZone: string = DEFAULT_TIME_ZONE): string {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone }).format(at);
}

function locale(language: Language): string {
  return language === 'ja' ? 'ja-JP' : 'en-GB';
}
