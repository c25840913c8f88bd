import type { Offer, RequestStatus } from './api-types';

/** The WebSocket frames of docs/api.md, "WebSocket /ws". */

export interface IceCandidateJson {
  candidate: string;
  sdpMid?: string | null;
  sdpMLineIndex?: number | null;
}

/** A product a staff member shows the shopper during a call. */
export interface ProductCard {
  id: string;
  name: string;
  price: number;
  currency: string;
  url: string;
  imageUrl: string | null;
}

/** Frames a browser sends; offer, answer, ice-candidate, hang-up and ice-restart are relayed to the peer. */
export type ClientMessage =
  | { type: 'join'; consultationId: string }
  | { type: 'resume'; consultationId: string; resumeToken: string }
  | { type: 'offer' | 'answer'; consultationId: string; sdp: string }
  | { type: 'ice-candidate'; consultationId: string; candidate: IceCandidateJson }
  | { type: 'hang-up' | 'ice-restart'; consultationId: string }
  | { type: 'chat'; consultationId: string; text: string }
  | { type: 'product-card'; consultationId: string; product: ProductCard }
  | { type: 'refresh'; token: string };

export interface CallStart {
  type: 'call-start';
  consultationId: string;
  role: 'staff' | 'shopper';
  iceServers: RTCIceServer[];
  iceTransportPolicy: RTCIceTransportPolicy;
}

export interface ChatMessage {
  type: 'chat';
  consultationId: string;
  text: string;
  from: 'staff' | 'shopper';
  at: string;
}

export type QueueUpdate = {
  type: 'queue-update';
  requestId: string;
  status: RequestStatus;
  position: number | null;
  estimatedWaitSeconds?: number | null;
};

/** Frames a browser receives: the relayed ones above and the server's own. */
export type ServerMessage =
  | Extract<ClientMessage, { type: 'offer' | 'answer' | 'ice-candidate' | 'hang-up' | 'ice-restart' | 'product-card' }>
  | ChatMessage
  | { type: 'joined'; consultationId: string; peerPresent: boolean; resumeToken?: string }
  | { type: 'resumed'; consultationId: string; peerPresent: boolean; resumeToken: string }
  | { type: 'peer-joined' | 'peer-left' | 'peer-paused' | 'peer-resumed' | 'call-end'; consultationId: string }
  | { type: 'offer-notice'; offer: Offer }
  | { type: 'offer-withdrawn'; offerId: string; reason: string }
  | QueueUpdate
  | CallStart
  | { type: 'refreshed'; expiresAt: string }
  | { type: 'error'; code: string; message: string };

type Fields = Record<string, unknown>;

const isString = (value: unknown): value is string => typeof value === 'string';
const isObject = (value: unknown): value is Fields => typeof value === 'object' && value !== null && !Array.isArray(value);
const hasRoom = (frame: Fields) => isString(frame.consultationId);

/** Which fields each server frame must carry, and of what kind; anything else is dropped, not guessed at. */
const REQUIRED: Record<ServerMessage['type'], (frame: Fields) => boolean> = {
  offer: frame => hasRoom(frame) && isString(frame.sdp),
  answer: frame => hasRoom(frame) && isString(frame.sdp),
  'ice-candidate': frame => hasRoom(frame) && isObject(frame.candidate) && isString(frame.candidate.candidate),
  'hang-up': hasRoom,
  'ice-restart': hasRoom,
  chat: frame => hasRoom(frame) && isString(frame.text) && (frame.from === 'staff' || frame.from === 'shopper'),
  'product-card': frame => hasRoom(frame) && isObject(frame.product) && isString(frame.product.id)
    && isString(frame.product.name) && typeof frame.product.price === 'number' && isString(frame.product.url),
  joined: frame => hasRoom(frame) && typeof frame.peerPresent === 'boolean',
  resumed: frame => hasRoom(frame) && typeof frame.peerPresent === 'boolean' && isString(frame.resumeToken),
  'peer-joined': hasRoom,
  'peer-left': hasRoom,
  'peer-paused': hasRoom,
  'peer-resumed': hasRoom,
  'call-end': hasRoom,
  'offer-notice': frame => isObject(frame.offer) && isString(frame.offer.id) && isString(frame.offer.expiresAt),
  'offer-withdrawn': frame => isString(frame.offerId),
  'queue-update': frame => isString(frame.requestId) && isString(frame.status)
    && (frame.position === null || typeof frame.position === 'number')
    && (frame.estimatedWaitSeconds === undefined || frame.estimatedWaitSeconds === null || typeof frame.estimatedWaitSeconds === 'number'),
  'call-start': frame => hasRoom(frame) && (frame.role === 'staff' || frame.role === 'shopper')
    && Array.isArray(frame.iceServers),
  refreshed: frame => isString(frame.expiresAt),
  error: frame => isString(frame.code),
};

/** One text frame as a server message, or null when it is not one we understand. */
export function parseServerMessage(text: string): ServerMessage | null {
  let frame: unknown;
  try {
    frame = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isObject(frame) || !isString(frame.type) || !Object.hasOwn(REQUIRED, frame.type)) {
    return null;
  }
  const check = REQUIRED[frame.type as ServerMessage['type']];
  return check(frame) ? (frame as unknown as ServerMessage) : null;
}

/** The longest chat message signaling relays. */
export const CHAT_MAX_LENGTH = 2000;
