/** The JSON shapes of docs/api.md that the browser reads. */

export type Presence = 'AVAILABLE' | 'AWAY' | 'OFFLINE' | 'OFFERED' | 'IN_CALL' | 'WRAP_UP';

export type LocalizedName = Record<string, string>;

export interface Tag {
  id: string;
  name: LocalizedName;
}

export interface Store {
  id: string;
  name: LocalizedName;
  timeZone: string;
}

export interface Staff {
  username: string;
  displayName: string;
  storeId: string;
  languages: string[];
  expertise: { tag: string; level: number }[];
  maxConcurrent: number;
  presence: Presence;
  presenceSince: string;
}

export interface ShopperTicket {
  ticket: string;
  visitorId: string;
  expiresAt: string;
}

export type RequestStatus = 'WAITING' | 'OFFERED' | 'CONNECTED' | 'CANCELLED' | 'ENDED';

export interface ConsultationRequest {
  id: string;
  visitorId: string;
  language: string;
  channel: string;
  topic: string | null;
  status: RequestStatus;
  position: number | null;
  createdAt: string;
  consultationId: string | null;
}

export interface Interest {
  tag: string;
  score: number;
}

export interface Offer {
  id: string;
  requestId: string;
  staffUsername: string;
  status: 'PENDING' | 'ACCEPTED' | 'DECLINED' | 'TIMED_OUT' | 'CANCELLED';
  createdAt: string;
  expiresAt: string;
  shopper: { visitorId: string; language: string; topic: string | null; topInterests: Interest[] };
  reasons: { constraint: string; score: string }[];
}

export interface ConsultationNotes {
  text: string;
  tags: string[];
}

export interface Consultation {
  id: string;
  requestId: string;
  offerId: string;
  visitorId: string;
  staffUsername: string;
  status: 'ACTIVE' | 'ENDED';
  startedAt: string;
  endedAt: string | null;
  notes: ConsultationNotes | null;
}

export interface ShopperReport {
  visitorId: string;
  topInterests: Interest[];
  recentProducts: { productId: string; tags: string[]; at: string }[];
  notes: { consultationId: string; staffUsername: string; text: string; tags: string[]; at: string }[];
}
