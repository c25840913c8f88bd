import type { Availability, Booking, ConsultationRequest, ShopperMessage, ShopperTicket, Slots } from '../shared/api-types';
import { ApiError, callJson } from '../shared/http';
import { TicketKeeper } from './tickets';
import { type KeyValueStore, VISITOR_KEY, isVisitorId, loadVisitorId } from './visitor';

export interface NewRequest {
  language: string;
  topic: string;
  useBehaviour: boolean;
  /** The store the page belongs to (the element's data-store-id), which matching prefers; null for none. */
  preferredStoreId: string | null;
}

/** What the widget asks of Tsunagu's REST API as a shopper; every call but the first carries the ticket. */
export class ShopperApi {
  private readonly tickets: TicketKeeper;
  private visitor: string;

  constructor(
    private readonly origin: string,
    private readonly store: KeyValueStore | null,
  ) {
    this.visitor = loadVisitorId(store);
    this.tickets = new TicketKeeper(
      visitorId => callJson<ShopperTicket>(this.url('/api/profile-bridge/shopper-tickets'), { method: 'POST', body: { visitorId } }),
      () => this.visitor,
      ticket => this.adopt(ticket.visitorId),
    );
  }

  ticket(): Promise<string> {
    return this.tickets.current();
  }

  async reportProductView(productId: string, tags: string[]): Promise<void> {
    await this.report('product_view', productId, tags);
  }

  async reportCartAdd(productId: string): Promise<void> {
    await this.report('cart_add', productId, []);
  }

  /** Whether someone can answer now; needs no ticket, so a page view costs no ticket. */
  availability(language: string): Promise<Availability> {
    return callJson<Availability>(this.url(`/api/matching/availability?language=${encodeURIComponent(language)}`));
  }

  /** The shopper's choice about using their browsing history, set before every request. */
  async setConsent(useBehaviour: boolean): Promise<void> {
    await callJson(this.url('/api/profile-bridge/shoppers/me/consent'), { method: 'PUT', body: { useBehaviour }, headers: await this.auth() });
  }

  async rate(consultationId: string, stars: number, comment: string): Promise<void> {
    await callJson(this.url(`/api/matching/consultations/${encodeURIComponent(consultationId)}/rating`), {
      method: 'POST',
      body: comment ? { stars, comment } : { stars },
      headers: await this.auth(),
    });
  }

  private async report(type: string, productId: string, tags: string[]): Promise<void> {
    const event = { id: crypto.randomUUID(), type, productId, tags, occurredAt: new Date().toISOString() };
    await callJson(this.url('/api/profile-bridge/events'), { method: 'POST', body: { events: [event] }, headers: await this.auth() });
  }

  async ask(request: NewRequest): Promise<ConsultationRequest> {
    return callJson<ConsultationRequest>(this.url('/api/matching/requests'), {
      method: 'POST',
      body: {
        language: request.language, channel: 'VIDEO', topic: request.topic || null, useBehaviour: request.useBehaviour,
        preferredStoreId: request.preferredStoreId,
      },
      headers: await this.auth(),
    });
  }

  async request(requestId: string): Promise<ConsultationRequest> {
    return callJson<ConsultationRequest>(this.url(`/api/matching/requests/${encodeURIComponent(requestId)}`), { headers: await this.auth() });
  }

  async iceServers(): Promise<{ iceServers: RTCIceServer[]; iceTransportPolicy: RTCIceTransportPolicy }> {
    return callJson(this.url('/api/signaling/ice-servers'), { headers: await this.auth() });
  }

  async cancel(requestId: string): Promise<void> {
    await callJson(this.url(`/api/matching/requests/${encodeURIComponent(requestId)}`), { method: 'DELETE', headers: await this.auth() });
  }

  async endConsultation(consultationId: string): Promise<void> {
    await callJson(this.url(`/api/matching/consultations/${encodeURIComponent(consultationId)}/end`), {
      method: 'POST',
      headers: await this.auth(),
    });
  }

  async leaveMessage(message: NewRequest): Promise<ShopperMessage> {
    return callJson(this.url('/api/matching/messages'), { method: 'POST', body: message, headers: await this.auth() });
  }

  async myMessages(): Promise<ShopperMessage[]> {
    return callJson(this.url('/api/matching/messages/mine'), { headers: await this.auth() });
  }

  /** Free slots in the language; for a follow-up, only those of that consultation's staff member. */
  async slots(language: string, followUpOf: string | null): Promise<Slots> {
    const query = new URLSearchParams({ language });
    if (followUpOf) {
      query.set('followUpOf', followUpOf);
    }
    return callJson(this.url(`/api/matching/booking-slots?${query}`), { headers: await this.auth() });
  }

  async book(start: string, request: NewRequest, followUpOf: string | null): Promise<Booking> {
    return callJson(this.url('/api/matching/bookings'), {
      method: 'POST',
      body: { start, language: request.language, topic: request.topic || null, useBehaviour: request.useBehaviour, followUpOf },
      headers: await this.auth(),
    });
  }

  async myBookings(): Promise<Booking[]> {
    return callJson(this.url('/api/matching/bookings/mine'), { headers: await this.auth() });
  }

  async cancelBooking(bookingId: string): Promise<void> {
    await callJson(this.url(`/api/matching/bookings/${encodeURIComponent(bookingId)}`), { method: 'DELETE', headers: await this.auth() });
  }

  /** Joins the booked consultation: a request that only the booked staff member is offered. */
  async joinBooking(bookingId: string): Promise<ConsultationRequest> {
    return callJson(this.url(`/api/matching/bookings/${encodeURIComponent(bookingId)}/join`), { method: 'POST', headers: await this.auth() });
  }

  /** The booking as an .ics file; fetched with the ticket, which a plain download link could not carry. */
  async bookingCalendar(bookingId: string): Promise<Blob> {
    const response = await fetch(this.url(`/api/matching/bookings/${encodeURIComponent(bookingId)}/calendar`), { headers: await this.auth() });
    if (!response.ok) {
      throw new ApiError(response.status, null);
    }
    return response.blob();
  }

  private async auth(): Promise<Record<string, string>> {
    return { 'Shopper-Ticket': await this.ticket() };
  }

  /** The ticket names the visitor; if the server chose another id (ours was refused), keep that one. */
  private adopt(visitorId: string): void {
    if (visitorId !== this.visitor && isVisitorId(visitorId)) {
      this.visitor = visitorId;
      this.store?.setItem(VISITOR_KEY, visitorId);
    }
  }

  private url(path: string): string {
    return new URL(path, this.origin).toString();
  }
}
