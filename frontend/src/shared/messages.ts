import type { Offer, RequestStatus } from './api-types';

/** The WebSocket frames of docs/api.md, "WebSocket /ws". */

export interface IceCandidateJson {
  candidate: string;
  sdpMid?: string | null;
  sdpMLineIndex?: number | null;
}

/** Frames a browser sends; offer, answer, ice-candidate and hang-up are relayed to the peer. */
export type ClientMessage =
  | { type: 'join'; consultationId: string }
  | { type: 'offer' | 'answer'; consultationId: string; sdp: string }
  | { type: 'ice-candidate'; consultationId: string; candidate: IceCandidateJson }
  | { type: 'hang-up'; consultationId: string };

export interface CallStart {
  type: 'call-start';
  consultationId: string;
  role: 'staff' | 'shopper';
  iceServers: RTCIceServer[];
  iceTransportPolicy: RTCIceTransportPolicy;
}

/** Frames a browser receives: the relayed ones above and the server's own. */
export type ServerMessage =
  | Exclude<ClientMessage, { type: 'join' }>
  | { type: 'joined'; consultationId: string; peerPresent: boolean }
  | { type: 'peer-joined' | 'peer-left' | 'call-end'; consultationId: string }
  | { type: 'offer-notice'; offer: Offer }
  | { type: 'offer-withdrawn'; offerId: string; reason: string }
  | { type: 'queue-update'; requestId: string; status: RequestStatus; position: number | null }
  | CallStart
  | { type: 'error'; code: string; message: string };

type Fields = Record<string, unknown>;

const isString = (value: unknown): value is string => typeof value === 'string';
const isObject = (value: unknown): value is Fields => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Which fields each server frame must carry, and of what kind; anything else is dropped, not guessed at. */
const REQUIRED: Record<ServerMessage['type'], (frame: Fields) => boolean> = {
  offer: frame => isString(frame.consultationId) && isString(frame.sdp),
  answer: frame => isString(frame.consultationId) && isString(frame.sdp),
  'ice-candidate': frame => isString(frame.consultationId) && isObject(frame.candidate) && isString(frame.candidate.candidate),
  'hang-up': frame => isString(frame.consultationId),
  joined: frame => isString(frame.consultationId) && typeof frame.peerPresent === 'boolean',
  'peer-joined': frame => isString(frame.consultationId),
  'peer-left': frame => isString(frame.consultationId),
  'call-end': frame => isString(frame.consultationId),
  'offer-notice': frame => isObject(frame.offer) && isString(frame.offer.id) && isString(frame.offer.expiresAt),
  'offer-withdrawn': frame => isString(frame.offerId),
  'queue-update': frame => isString(frame.requestId) && isString(frame.status)
    && (frame.position === null || typeof frame.position === 'number'),
  'call-start': frame => isString(frame.consultationId) && (frame.role === 'staff' || frame.role === 'shopper')
    && Array.isArray(frame.iceServers),
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
