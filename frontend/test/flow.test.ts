import { describe, expect, it } from 'vitest';
import type { Availability } from '../src/shared/api-types';
import { INITIAL_DEVICES, isStars, launcherMode, queueLine, waitLine } from '../src/widget/flow';

const FREE: Availability = { available: true, staffOnShift: 3, staffAvailable: 1, queueLength: 0, estimatedWaitSeconds: 0 };
const BUSY: Availability = { available: false, staffOnShift: 3, staffAvailable: 0, queueLength: 4, estimatedWaitSeconds: 300 };

describe('launcherMode', () => {
  it('offers a call only when matching says someone can answer', () => {
    expect(launcherMode(FREE, false)).toBe('talk');
    expect(launcherMode(BUSY, false)).toBe('later');
  });

  it('checks first, and offers no call when matching cannot be asked', () => {
    expect(launcherMode(null, false)).toBe('checking');
    expect(launcherMode(null, true)).toBe('later');
  });
});

describe('queueLine and waitLine', () => {
  it('shows the position while waiting, and that someone is coming once offered', () => {
    expect(queueLine('WAITING', 2)).toEqual({ key: 'queuePosition', params: { position: 2 } });
    expect(queueLine('WAITING', null)).toEqual({ key: 'waitingTitle' });
    expect(queueLine('OFFERED', null)).toEqual({ key: 'staffFound' });
    expect(queueLine('CONNECTED', null)).toEqual({ key: 'staffFound' });
  });

  it('rounds the estimate up to whole minutes, and says so when it is under one', () => {
    expect(waitLine(45)).toEqual({ key: 'waitUnderMinute' });
    expect(waitLine(60)).toEqual({ key: 'waitMinutes', params: { minutes: 1 } });
    expect(waitLine(61)).toEqual({ key: 'waitMinutes', params: { minutes: 2 } });
    expect(waitLine(600)).toEqual({ key: 'waitMinutes', params: { minutes: 10 } });
  });

  it('shows no estimate when matching has none', () => {
    expect(waitLine(null)).toBeNull();
    expect(waitLine(undefined)).toBeNull();
    expect(waitLine(-5)).toBeNull();
    expect(waitLine(Number.NaN)).toBeNull();
  });
});

describe('the call', () => {
  it('starts with the camera off and the microphone on', () => {
    expect(INITIAL_DEVICES).toEqual({ camera: false, microphone: true });
  });

  it('takes one to five whole stars as a rating', () => {
    expect([1, 2, 3, 4, 5].every(isStars)).toBe(true);
    expect([0, 6, 2.5, '3', null].some(isStars)).toBe(false);
  });
});
