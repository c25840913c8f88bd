import type { Availability, RequestStatus } from '../shared/api-types';
import { waitMinutes } from '../shared/format';
import type { Params } from '../i18n/language';
import type { WidgetKey } from '../i18n/widget';

/** How often the closed widget asks again whether someone can answer. */
export const AVAILABILITY_POLL_MS = 30_000;

/**
 * What the launcher offers: "talk now" only when matching says someone can answer; otherwise the way
 * to come back later; "checking" until the first answer.
 */
export type LauncherMode = 'checking' | 'talk' | 'later';

export function launcherMode(availability: Availability | null, failed: boolean): LauncherMode {
  if (availability) {
    return availability.available ? 'talk' : 'later';
  }
  // No answer from matching: offering a call nobody may take would only disappoint.
  return failed ? 'later' : 'checking';
}

export interface Line {
  key: WidgetKey;
  params?: Params;
}

/** The waiting screen's main line: the position in the queue, or that a staff member is on the way. */
export function queueLine(status: RequestStatus, position: number | null): Line {
  if (status === 'OFFERED' || status === 'CONNECTED') {
    return { key: 'staffFound' };
  }
  return position === null ? { key: 'waitingTitle' } : { key: 'queuePosition', params: { position } };
}

/** The estimate under it, or null when matching gave none. */
export function waitLine(estimatedWaitSeconds: number | null | undefined): Line | null {
  const minutes = waitMinutes(estimatedWaitSeconds);
  if (minutes === null) {
    return null;
  }
  return minutes === 0 ? { key: 'waitUnderMinute' } : { key: 'waitMinutes', params: { minutes } };
}

/** A rating is one to five whole stars. */
export function isStars(value: unknown): value is 1 | 2 | 3 | 4 | 5 {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5;
}

/** The shopper's camera and microphone during a call: camera off at first, microphone on. */
export interface Devices {
  camera: boolean;
  microphone: boolean;
}

export const INITIAL_DEVICES: Devices = { camera: false, microphone: true };
