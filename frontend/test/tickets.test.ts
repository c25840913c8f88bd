import { describe, expect, it, vi } from 'vitest';
import type { ShopperTicket } from '../src/shared/api-types';
import { RENEW_MARGIN_MS, TicketKeeper, isFresh } from '../src/widget/tickets';

const VISITOR = 'v-0123456789abcdef0123';
const NOW = Date.parse('2026-11-24T10:00:00Z');
const TEN_MINUTES = 10 * 60_000;

function ticket(name: string, expiresAt: number): ShopperTicket {
  return { ticket: name, visitorId: VISITOR, expiresAt: new Date(expiresAt).toISOString() };
}

describe('isFresh', () => {
  it('needs more than the margin left', () => {
    expect(isFresh(ticket('t', NOW + RENEW_MARGIN_MS + 1000), NOW)).toBe(true);
    expect(isFresh(ticket('t', NOW + RENEW_MARGIN_MS), NOW)).toBe(false);
    expect(isFresh(ticket('t', NOW - 1), NOW)).toBe(false);
    expect(isFresh(null, NOW)).toBe(false);
  });
});

describe('TicketKeeper', () => {
  it('asks for a ticket for the visitor and reuses it while fresh', async () => {
    let now = NOW;
    const issue = vi.fn(async (visitorId: string) => {
      expect(visitorId).toBe(VISITOR);
      return ticket('first', NOW + TEN_MINUTES);
    });
    const keeper = new TicketKeeper(issue, () => VISITOR, undefined, () => now);

    expect(await keeper.current()).toBe('first');
    now += TEN_MINUTES - RENEW_MARGIN_MS - 1000;
    expect(await keeper.current()).toBe('first');
    expect(issue).toHaveBeenCalledTimes(1);
  });

  it('renews a ticket before it expires', async () => {
    let now = NOW;
    const names = ['first', 'second'];
    const issue = vi.fn(async () => ticket(names.shift()!, now + TEN_MINUTES));
    const keeper = new TicketKeeper(issue, () => VISITOR, undefined, () => now);

    expect(await keeper.current()).toBe('first');
    now += TEN_MINUTES - RENEW_MARGIN_MS + 1;
    expect(await keeper.current()).toBe('second');
    expect(issue).toHaveBeenCalledTimes(2);
  });

  it('asks once when several callers want a ticket at the same moment', async () => {
    let release: (value: ShopperTicket) => void = () => undefined;
    const issue = vi.fn(() => new Promise<ShopperTicket>(resolve => { release = resolve; }));
    const keeper = new TicketKeeper(issue, () => VISITOR, undefined, () => NOW);

    const both = Promise.all([keeper.current(), keeper.current()]);
    release(ticket('shared', NOW + TEN_MINUTES));
    expect(await both).toEqual(['shared', 'shared']);
    expect(issue).toHaveBeenCalledTimes(1);
  });

  it('does not keep a failure: the next call asks again', async () => {
    const issue = vi.fn()
      .mockRejectedValueOnce(new Error('profile-bridge is down'))
      .mockResolvedValueOnce(ticket('after', NOW + TEN_MINUTES));
    const keeper = new TicketKeeper(issue, () => VISITOR, undefined, () => NOW);

    await expect(keeper.current()).rejects.toThrow('profile-bridge is down');
    expect(await keeper.current()).toBe('after');
  });

  it('reports each issued ticket, so that the visitor id the server chose is kept', async () => {
    const issued: ShopperTicket[] = [];
    const keeper = new TicketKeeper(async () => ticket('t', NOW + TEN_MINUTES), () => VISITOR, t => issued.push(t), () => NOW);
    await keeper.current();
    expect(issued.map(t => t.visitorId)).toEqual([VISITOR]);
  });
});
