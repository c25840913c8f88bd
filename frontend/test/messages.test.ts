import { describe, expect, it } from 'vitest';
import { parseServerMessage } from '../src/shared/messages';

const CONSULTATION = '5b0e7c1e-8d4f-4c38-9a51-0f6c2b9d3e11';

const OFFER = {
  id: 'a3c1f2e4-1111-4c38-9a51-0f6c2b9d3e11',
  requestId: 'b4d2f3e5-2222-4c38-9a51-0f6c2b9d3e11',
  staffUsername: 'aoi',
  status: 'PENDING',
  createdAt: '2026-11-24T10:00:00Z',
  expiresAt: '2026-11-24T10:00:20Z',
  shopper: { visitorId: 'v-0123456789abcdef0123', language: 'ja', topic: '富士山に登りたい', topInterests: [{ tag: 'mountaineering', score: 2 }] },
  reasons: [{ constraint: 'Expertise fit', score: '0hard/0medium/1240soft' }],
};

const text = (frame: unknown) => JSON.stringify(frame);

describe('parseServerMessage', () => {
  it.each([
    { type: 'joined', consultationId: CONSULTATION, peerPresent: true },
    { type: 'peer-joined', consultationId: CONSULTATION },
    { type: 'peer-left', consultationId: CONSULTATION },
    { type: 'offer', consultationId: CONSULTATION, sdp: 'v=0\r\n' },
    { type: 'answer', consultationId: CONSULTATION, sdp: 'v=0\r\n' },
    { type: 'ice-candidate', consultationId: CONSULTATION, candidate: { candidate: 'candidate:1 1 udp 1 127.0.0.1 5000 typ relay', sdpMid: '0', sdpMLineIndex: 0 } },
    { type: 'ice-candidate', consultationId: CONSULTATION, candidate: { candidate: '', sdpMid: '0', sdpMLineIndex: 0 } },
    { type: 'hang-up', consultationId: CONSULTATION },
    { type: 'call-start', consultationId: CONSULTATION, role: 'shopper', iceServers: [{ urls: ['stun:127.0.0.1:3478'] }], iceTransportPolicy: 'relay' },
    { type: 'call-end', consultationId: CONSULTATION },
    { type: 'offer-notice', offer: OFFER },
    { type: 'offer-withdrawn', offerId: OFFER.id, reason: 'TIMED_OUT' },
    { type: 'queue-update', requestId: OFFER.requestId, status: 'WAITING', position: 2 },
    { type: 'queue-update', requestId: OFFER.requestId, status: 'CONNECTED', position: null },
    { type: 'error', code: 'NOT_IN_ROOM', message: 'join first' },
    { type: 'joined', consultationId: CONSULTATION, peerPresent: false, resumeToken: 'rt-1' },
    { type: 'resumed', consultationId: CONSULTATION, peerPresent: true, resumeToken: 'rt-2' },
    { type: 'peer-paused', consultationId: CONSULTATION },
    { type: 'peer-resumed', consultationId: CONSULTATION },
    { type: 'ice-restart', consultationId: CONSULTATION },
    { type: 'chat', consultationId: CONSULTATION, text: 'こんにちは', from: 'staff', at: '2026-11-24T10:00:00Z' },
    { type: 'product-card', consultationId: CONSULTATION, product: { id: 'p-101', name: 'Kumo', price: 34800, currency: 'JPY', url: '/products/p-101.html', imageUrl: null } },
    { type: 'queue-update', requestId: OFFER.requestId, status: 'WAITING', position: 2, estimatedWaitSeconds: 45 },
    { type: 'queue-update', requestId: OFFER.requestId, status: 'WAITING', position: 2, estimatedWaitSeconds: null },
    { type: 'refreshed', expiresAt: '2026-11-24T10:10:00Z' },
  ])('reads $type', frame => {
    expect(parseServerMessage(text(frame))).toEqual(frame);
  });

  it.each([
    ['not JSON', '{"type":'],
    ['not an object', '["joined"]'],
    ['null', 'null'],
    ['no type', text({ consultationId: CONSULTATION })],
    ['an unknown type', text({ type: 'teleport', consultationId: CONSULTATION })],
    ['a type inherited from Object', text({ type: 'toString' })],
    ['a client-only type', text({ type: 'join', consultationId: CONSULTATION })],
    ['an offer without sdp', text({ type: 'offer', consultationId: CONSULTATION })],
    ['a candidate without its candidate line', text({ type: 'ice-candidate', consultationId: CONSULTATION, candidate: { sdpMid: '0' } })],
    ['joined without peerPresent', text({ type: 'joined', consultationId: CONSULTATION })],
    ['call-start with an unknown role', text({ type: 'call-start', consultationId: CONSULTATION, role: 'manager', iceServers: [] })],
    ['a queue update with a text position', text({ type: 'queue-update', requestId: OFFER.requestId, status: 'WAITING', position: 'first' })],
    ['an offer notice without its offer', text({ type: 'offer-notice' })],
    ['resumed without a token', text({ type: 'resumed', consultationId: CONSULTATION, peerPresent: true })],
    ['a chat from nobody', text({ type: 'chat', consultationId: CONSULTATION, text: 'hi', at: '2026-11-24T10:00:00Z' })],
    ['a product card without a price', text({ type: 'product-card', consultationId: CONSULTATION, product: { id: 'p-101', name: 'Kumo', url: '/p' } })],
    ['a queue update with a text estimate', text({ type: 'queue-update', requestId: OFFER.requestId, status: 'WAITING', position: 1, estimatedWaitSeconds: 'soon' })],
    ['a client-only resume', text({ type: 'resume', consultationId: CONSULTATION, resumeToken: 'rt' })],
  ])('drops %s', (_case, frame) => {
    expect(parseServerMessage(frame)).toBeNull();
  });
});
