import type { Booking, Consultation, ConsultationNotes, Offer, Presence, ShopperMessage, ShopperReport, Staff, Store, Tag, TaxonomyNode } from '../shared/api-types';
import { type CallOptions, callJson } from '../shared/http';

const path = (value: string) => encodeURIComponent(value);

/** What the console asks of Tsunagu's REST API, always with the staff member's current token. */
export class StaffApi {
  constructor(private readonly token: () => Promise<string>) {}

  me(): Promise<Staff> {
    return this.call('/api/staff-directory/staff/me');
  }

  setPresence(presence: Extract<Presence, 'AVAILABLE' | 'AWAY' | 'OFFLINE'>): Promise<Staff> {
    return this.call('/api/staff-directory/staff/me/presence', { method: 'PUT', body: { presence } });
  }

  stores(): Promise<Store[]> {
    return this.call('/api/staff-directory/stores');
  }

  tags(): Promise<Tag[]> {
    return this.call('/api/staff-directory/tags');
  }

  /** The expertise taxonomy (a tree, parents first); falls back to the flat tag list of older directories. */
  async taxonomy(): Promise<Tag[]> {
    try {
      return await this.call<TaxonomyNode[]>('/api/staff-directory/taxonomy');
    } catch {
      return this.tags();
    }
  }

  setProfileText(profileText: string): Promise<Staff> {
    return this.call('/api/staff-directory/staff/me/profile', { method: 'PUT', body: { profileText } });
  }

  iceServers(): Promise<{ iceServers: RTCIceServer[]; iceTransportPolicy: RTCIceTransportPolicy }> {
    return this.call('/api/signaling/ice-servers');
  }

  heartbeat(): Promise<void> {
    return this.call('/api/staff-directory/staff/me/heartbeat', { method: 'POST' });
  }

  pendingOffers(): Promise<Offer[]> {
    return this.call('/api/matching/offers/mine');
  }

  /** A retry of this console's accept (a lost answer) gets the same consultation, not 409 offer-taken. */
  accept(offerId: string): Promise<Consultation> {
    return this.call(`/api/matching/offers/${path(offerId)}/accept`, {
      method: 'POST',
      headers: { 'Idempotency-Key': `accept-${offerId}` },
    });
  }

  decline(offerId: string): Promise<Offer> {
    return this.call(`/api/matching/offers/${path(offerId)}/decline`, { method: 'POST' });
  }

  report(visitorId: string): Promise<ShopperReport> {
    return this.call(`/api/profile-bridge/shoppers/${path(visitorId)}/report`);
  }

  end(consultationId: string): Promise<Consultation> {
    return this.call(`/api/matching/consultations/${path(consultationId)}/end`, { method: 'POST' });
  }

  writeNotes(consultationId: string, notes: ConsultationNotes): Promise<Consultation> {
    return this.call(`/api/matching/consultations/${path(consultationId)}/notes`, { method: 'POST', body: notes });
  }

  myConsultations(): Promise<Consultation[]> {
    return this.call('/api/matching/consultations/mine');
  }

  /** Open messages for the caller's store (or any store) and those the caller claimed. */
  messages(): Promise<ShopperMessage[]> {
    return this.call('/api/matching/messages');
  }

  claimMessage(messageId: string): Promise<ShopperMessage> {
    return this.call(`/api/matching/messages/${path(messageId)}/claim`, { method: 'POST' });
  }

  answerMessage(messageId: string, text: string): Promise<ShopperMessage> {
    return this.call(`/api/matching/messages/${path(messageId)}/answer`, { method: 'POST', body: { text } });
  }

  upcomingBookings(): Promise<Booking[]> {
    return this.call('/api/matching/bookings/upcoming');
  }

  private async call<T>(url: string, options: CallOptions = {}): Promise<T> {
    const headers = { ...options.headers, Authorization: `Bearer ${await this.token()}` };
    return callJson<T>(url, { ...options, headers });
  }
}
