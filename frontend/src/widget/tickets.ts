import type { ShopperTicket } from '../shared/api-types';

/** A ticket is renewed when it has less than this left, so that no call starts with one about to lapse. */
export const RENEW_MARGIN_MS = 60_000;

export function isFresh(ticket: ShopperTicket | null, now: number, marginMs: number = RENEW_MARGIN_MS): boolean {
  return ticket !== null && Date.parse(ticket.expiresAt) - now > marginMs;
}

/**
 * Holds the shopper's current ticket: reused while fresh, renewed before it expires, and fetched once
 * when several callers ask at the same moment.
 */
export class TicketKeeper {
  private ticket: ShopperTicket | null = null;
  private inFlight: Promise<ShopperTicket> | null = null;

  constructor(
    private readonly issue: (visitorId: string) => Promise<ShopperTicket>,
    private readonly visitorId: () => string,
    private readonly onIssued: (ticket: ShopperTicket) => void = () => undefined,
    private readonly now: () => number = Date.now,
  ) {}

  async current(): Promise<string> {
    if (this.ticket && isFresh(this.ticket, this.now())) {
      return this.ticket.ticket;
    }
    this.inFlight ??= this.issue(this.visitorId()).then(
      ticket => {
        this.ticket = ticket;
        this.inFlight = null;
        this.onIssued(ticket);
        return ticket;
      },
      error => {
        this.inFlight = null;
        throw error;
      },
    );
    return (await this.inFlight).ticket;
  }
}
