/** staff-directory turns a silent AVAILABLE staff member AWAY after 60 s; a beat every 20 s leaves room for two misses. */
export const HEARTBEAT_MS = 20_000;

export interface Timers {
  setInterval: (callback: () => void, ms: number) => unknown;
  clearInterval: (handle: unknown) => void;
}

const browserTimers: Timers = {
  setInterval: (callback, ms) => setInterval(callback, ms),
  clearInterval: handle => clearInterval(handle as ReturnType<typeof setInterval>),
};

/**
 * Tells staff-directory the console is still open: one beat at start, then every HEARTBEAT_MS. A failed
 * beat is not retried early; the next one comes on time, and two in a row may fail before AWAY.
 */
export class Heartbeat {
  private handle: unknown = null;
  private failures = 0;

  constructor(
    private readonly beat: () => Promise<void>,
    private readonly onFailures: (count: number) => void = () => undefined,
    private readonly timers: Timers = browserTimers,
  ) {}

  get running(): boolean {
    return this.handle !== null;
  }

  start(): void {
    if (this.handle !== null) {
      return;
    }
    this.handle = this.timers.setInterval(() => void this.once(), HEARTBEAT_MS);
    void this.once();
  }

  stop(): void {
    if (this.handle !== null) {
      this.timers.clearInterval(this.handle);
      this.handle = null;
    }
  }

  private async once(): Promise<void> {
    try {
      await this.beat();
      this.failures = 0;
    } catch {
      this.failures++;
    }
    this.onFailures(this.failures);
  }
}

/**
 * Going AWAY when the page closes: sendBeacon cannot carry a bearer token, so this is a fetch with
 * keepalive, which the browser finishes after the page is gone. Only an AVAILABLE staff member is
 * sent away; the busy states belong to matching.
 */
export function awayOnClose(presence: string | undefined, token: string | null, fetchFn: typeof fetch = fetch): boolean {
  if (presence !== 'AVAILABLE' || !token) {
    return false;
  }
  void fetchFn('/api/staff-directory/staff/me/presence', {
    method: 'PUT',
    keepalive: true,
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify({ presence: 'AWAY' }),
  }).catch(() => undefined);
  return true;
}
