import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { askNotificationPermission, notifyOffer } from '../src/console/alert';
import { HEARTBEAT_MS, Heartbeat, awayOnClose } from '../src/console/heartbeat';
import { reasonLines } from '../src/console/reasons';
import { newDraft, notesPayload } from '../src/console/wrap-up';

const CONSULTATION = '5b0e7c1e-8d4f-4c38-9a51-0f6c2b9d3e11';

describe('Heartbeat', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('beats at once and then every 20 seconds until stopped', async () => {
    const beat = vi.fn().mockResolvedValue(undefined);
    const heartbeat = new Heartbeat(beat);
    heartbeat.start();
    heartbeat.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(beat).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(HEARTBEAT_MS * 3);
    expect(beat).toHaveBeenCalledTimes(4);
    heartbeat.stop();
    await vi.advanceTimersByTimeAsync(HEARTBEAT_MS * 3);
    expect(beat).toHaveBeenCalledTimes(4);
    expect(heartbeat.running).toBe(false);
  });

  it('counts failures in a row and forgets them after a beat gets through', async () => {
    const beat = vi.fn().mockRejectedValueOnce(new Error('down')).mockRejectedValueOnce(new Error('down')).mockResolvedValue(undefined);
    const counts: number[] = [];
    new Heartbeat(beat, count => counts.push(count)).start();
    await vi.advanceTimersByTimeAsync(HEARTBEAT_MS * 2);
    expect(counts).toEqual([1, 2, 0]);
  });

  it('beats often enough that two missed beats still come before the 60 s AWAY limit', () => {
    expect(HEARTBEAT_MS * 3).toBeLessThanOrEqual(60_000);
  });
});

describe('awayOnClose', () => {
  it('sends AWAY with keepalive and the bearer token when the staff member is available', () => {
    const fetchFn = vi.fn().mockResolvedValue(new Response(null, { status: 200 }));
    expect(awayOnClose('AVAILABLE', 'token-1', fetchFn)).toBe(true);
    const [url, init] = fetchFn.mock.calls[0];
    expect(url).toBe('/api/staff-directory/staff/me/presence');
    expect(init).toMatchObject({ method: 'PUT', keepalive: true, body: JSON.stringify({ presence: 'AWAY' }) });
    expect(init.headers.Authorization).toBe('Bearer token-1');
  });

  it('leaves busy states to matching, and does nothing without a token', () => {
    const fetchFn = vi.fn();
    expect(awayOnClose('IN_CALL', 'token-1', fetchFn)).toBe(false);
    expect(awayOnClose('WRAP_UP', 'token-1', fetchFn)).toBe(false);
    expect(awayOnClose('AVAILABLE', null, fetchFn)).toBe(false);
    expect(fetchFn).not.toHaveBeenCalled();
  });
});

describe('notifications', () => {
  it('notify only when granted and the console is hidden', () => {
    const create = vi.fn();
    const granted = { permission: 'granted' as NotificationPermission, requestPermission: vi.fn() };
    expect(notifyOffer('New', 'Fuji', 'offer-1', true, granted, create)).toBe(true);
    expect(create).toHaveBeenCalledWith('New', expect.objectContaining({ body: 'Fuji', tag: 'offer-1' }));
    expect(notifyOffer('New', 'Fuji', 'offer-1', false, granted, create)).toBe(false);
    expect(notifyOffer('New', 'Fuji', 'offer-1', true, { ...granted, permission: 'denied' }, create)).toBe(false);
    expect(notifyOffer('New', 'Fuji', 'offer-1', true, null, create)).toBe(false);
    expect(create).toHaveBeenCalledTimes(1);
  });

  it('ask for permission only while the browser has not been asked', () => {
    const requestPermission = vi.fn().mockResolvedValue('granted');
    askNotificationPermission({ permission: 'granted', requestPermission });
    askNotificationPermission({ permission: 'denied', requestPermission });
    expect(requestPermission).not.toHaveBeenCalled();
    askNotificationPermission({ permission: 'default', requestPermission });
    expect(requestPermission).toHaveBeenCalledTimes(1);
  });
});

describe('reasonLines', () => {
  const reasons = [
    { constraint: 'Expertise fit', score: '0hard/0medium/1240soft', text: { ja: '登山の専門家（レベル5）', en: 'Expert in mountaineering (level 5)' } },
    { constraint: 'Waiting time', score: '0hard/0medium/40soft' },
  ];

  it("uses matching's sentence in the UI language, in matching's order", () => {
    expect(reasonLines(reasons, 'en')).toEqual(['Expert in mountaineering (level 5)', 'Waiting time']);
    expect(reasonLines(reasons, 'ja')).toEqual(['登山の専門家（レベル5）', 'Waiting time']);
  });
});

describe('notesPayload', () => {
  const TODAY = '2026-11-24';

  it('needs a note, and sends only the fields filled in', () => {
    const draft = newDraft(CONSULTATION);
    expect(notesPayload(draft, TODAY)).toEqual({ error: 'notesRequired' });
    draft.text = '  夏の富士山  ';
    expect(notesPayload(draft, TODAY)).toEqual({ notes: { text: '夏の富士山', tags: [] } });
  });

  it('carries tags, products shared in the call, the outcome and the follow-up date', () => {
    const draft = newDraft(CONSULTATION, ['p-101']);
    draft.text = 'レインウェアを検討';
    draft.tags.add('mountaineering');
    draft.outcome = 'CONSIDERING';
    draft.followUpOn = '2026-12-01';
    expect(notesPayload(draft, TODAY)).toEqual({
      notes: { text: 'レインウェアを検討', tags: ['mountaineering'], productIds: ['p-101'], outcome: 'CONSIDERING', followUpOn: '2026-12-01' },
    });
  });

  it('refuses a follow-up in the past of the store calendar, and accepts today', () => {
    const draft = newDraft(CONSULTATION);
    draft.text = 'x';
    draft.followUpOn = '2026-11-23';
    expect(notesPayload(draft, TODAY)).toEqual({ error: 'followUpPast' });
    draft.followUpOn = TODAY;
    expect(notesPayload(draft, TODAY)).toMatchObject({ notes: { followUpOn: TODAY } });
  });

  it('refuses notes over 5000 characters', () => {
    const draft = newDraft(CONSULTATION);
    draft.text = 'x'.repeat(5001);
    expect(notesPayload(draft, TODAY)).toEqual({ error: 'notesTooLong' });
  });
});
