/** The JSON shapes of docs/api.md that the browser reads. */

export type Presence = 'AVAILABLE' | 'AWAY' | 'OFFLINE' | 'OFFERED' | 'IN_CALL' | 'WRAP_UP';

export type LocalizedName = Record<string, string>;

export interface Tag {
  id: string;
  name: LocalizedName;
}

export interface TaxonomyNode {
  id: string;
  parentId: string | null;
  name: LocalizedName;
  synonyms: Record<string, string[]>;
  productIds: string[];
  categories: string[];
}

export type Weekday = 'MON' | 'TUE' | 'WED' | 'THU' | 'FRI' | 'SAT' | 'SUN';

export interface OpeningHours {
  day: Weekday;
  opens: string;
  closes: string;
}

export interface Store {
  id: string;
  name: LocalizedName;
  timeZone: string;
  openingHours?: OpeningHours[];
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
  /** The staff member's own choice; a busy presence is shown over it while they may still take more offers. */
  availability?: Extract<Presence, 'AVAILABLE' | 'AWAY' | 'OFFLINE'>;
  channels?: string[];
  onShift?: boolean;
  shiftEndsAt?: string | null;
  profileText?: string;
}

export interface Me {
  username: string;
  roles: string[];
  storeIds: string[];
}

export interface WeeklyShift {
  day: Weekday;
  start: string;
  end: string;
}

export interface ShiftException {
  id: string;
  date: string;
  kind: 'OFF' | 'WORK';
  start: string | null;
  end: string | null;
  reason: string;
}

export interface Shifts {
  weekly: WeeklyShift[];
  exceptions: ShiftException[];
}

export interface Interval {
  start: string;
  end: string;
}

export interface Availability {
  available: boolean;
  staffOnShift: number;
  staffAvailable: number;
  queueLength: number;
  estimatedWaitSeconds: number | null;
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
  estimatedWaitSeconds?: number | null;
}

export interface Interest {
  tag: string;
  score: number;
}

export interface Offer {
  id: string;
  requestId: string;
  staffUsername: string;
  status: 'PENDING' | 'ACCEPTED' | 'DECLINED' | 'TIMED_OUT' | 'CANCELLED' | 'RESCINDED';
  createdAt: string;
  expiresAt: string;
  shopper: { visitorId: string; language: string; topic: string | null; topInterests: Interest[] };
  reasons: OfferReason[];
}

export interface OfferReason {
  constraint: string;
  score: string;
  text?: LocalizedName;
}

export type Outcome = 'PURCHASED' | 'CONSIDERING' | 'NOT_INTERESTED';

export interface ConsultationNotes {
  text: string;
  tags: string[];
  productIds?: string[];
  outcome?: Outcome | null;
  followUpOn?: string | null;
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
  favourites?: { productId: string; tags?: string[]; at?: string }[];
  channels?: { onlineSessions: number; storeVisits: number; lastStoreId: string | null };
  consultations?: { consultationId?: string; text?: string; outcome?: Outcome | null; productIds?: string[]; followUpOn?: string | null; at?: string }[];
  language?: string;
  consent?: boolean | { useBehaviour: boolean };
}

export type MatchingWeights = Record<WeightKey, number>;

export const WEIGHT_KEYS = ['expertiseFit', 'waitingTime', 'continuity', 'storeAffinity', 'fairLoad', 'shiftEnd'] as const;
export type WeightKey = (typeof WEIGHT_KEYS)[number];

export interface SavedWeights {
  weights: MatchingWeights;
  updatedAt: string | null;
  updatedBy: string | null;
}

export interface DryRunKpis {
  assigned: number;
  meanFit: number;
  maxWaitSeconds: number;
  loadMaxMin: number;
}

export interface DryRun {
  queueLength: number;
  current: { assignments: { requestId: string; staffUsername: string; fit: number }[]; kpis: DryRunKpis };
  candidate: { assignments: { requestId: string; staffUsername: string; fit: number }[]; kpis: DryRunKpis };
  deltas: DryRunKpis;
  changed: { requestId: string; from: string | null; to: string | null }[];
}

export interface Kpis {
  from: string;
  to: string;
  queueLength: number;
  waitSeconds: { p50: number | null; p90: number | null };
  serviceLevel: number | null;
  answered: number;
  abandoned: number;
  abandonment: number | null;
  offers: { made: number; accepted: number; declined: number; timedOut: number };
  occupancy: { staffUsername: string; ratio: number }[];
  outcomes: Record<string, number>;
  byStore: { storeId: string; requests: number; answered: number; serviceLevel: number | null }[];
  byTag: { tag: string; requests: number }[];
  byHour: { hour: string; requests: number; answered: number; abandoned: number }[];
}

export interface AuditEntry {
  at: string;
  actor: string;
  action: string;
  entity: string;
  entityId: string;
  detail: string;
}

export type MessageStatus = 'OPEN' | 'CLAIMED' | 'ANSWERED';

/** A message a shopper left when nobody could talk, with the staff member's answer once written. */
export interface ShopperMessage {
  id: string;
  visitorId: string;
  language: string;
  topic: string;
  preferredStoreId: string | null;
  status: MessageStatus;
  claimedBy: string | null;
  answer: string | null;
  createdAt: string;
  answeredAt: string | null;
  topInterests: Interest[];
}

export interface Slot {
  start: string;
  end: string;
  timeZone: string;
}

export interface Slots {
  slotMinutes: number;
  slots: Slot[];
}

/** A booked consultation; `timeZone` is the store's, which the times are shown in. */
export interface Booking {
  id: string;
  visitorId: string;
  staffUsername: string;
  staffName: string;
  storeId: string;
  timeZone: string;
  start: string;
  end: string;
  language: string;
  topic: string | null;
  status: 'BOOKED' | 'CANCELLED';
  matchedTag: string | null;
  matchedLevel: number | null;
  followUpOf: string | null;
  requestId: string | null;
}
