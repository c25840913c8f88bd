// @vitest-environment happy-dom
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Offer } from '../src/shared/api-types';
import type { ServerMessage } from '../src/shared/messages';

/** The staff console driven through a fake API and a fake signalling socket: what the staff member sees and sends. */

const CONSULTATION = '5b0e7c1e-8d4f-4c38-9a51-0f6c2b9d3e11';
const OFFER: Offer = {
  id: 'a3c1f2e4-1111-4c38-9a51-0f6c2b9d3e11', requestId: 'b4d2f3e5-2222-4c38-9a51-0f6c2b9d3e11', staffUsername: 'aoi', status: 'PENDING',
  createdAt: new Date().toISOString(), expiresAt: new Date(Date.now() + 20_000).toISOString(),
  shopper: { visitorId: 'v-0123456789abcdef0123', language: 'en', topic: 'Climb Mt. Fuji', topInterests: [{ tag: 'mountaineering', score: 2 }] },
  reasons: [{ constraint: 'Expertise fit', score: '0hard/0medium/1240soft', text: { ja: '登山の専門家（レベル5）', en: 'Expert in mountaineering (level 5)' } }],
};

let sockets: { sent: Record<string, unknown>[]; push: (message: ServerMessage) => void; drop: () => void }[] = [];

class FakeSocket {
  readyState = 0;
  onopen: ((event: unknown) => void) | null = null;
  onclose: ((event: unknown) => void) | null = null;
  onmessage: ((event: { data: string }) => void) | null = null;
  readonly sent: Record<string, unknown>[] = [];
  constructor() {
    sockets.push(this);
    setTimeout(() => { this.readyState = 1; this.onopen?.({}); }, 0);
  }
  send(data: string) { this.sent.push(JSON.parse(data)); }
  close() {}
  push(message: ServerMessage) { this.onmessage?.({ data: JSON.stringify(message) }); }
  drop() { this.readyState = 3; this.onclose?.({ code: 1006 }); }
}

class FakePeerConnection {
  remoteDescription = null;
  connectionState = 'new';
  onicecandidate = null;
  ontrack = null;
  onconnectionstatechange = null;
  addTrack() {}
  getTransceivers() { return []; }
  async createOffer() { return { type: 'offer', sdp: 'v=0' }; }
  async setLocalDescription() {}
  close() {}
}

const MESSAGE = {
  id: 'd1e2f3a4-4444-4c38-9a51-0f6c2b9d3e11', visitorId: 'v-0123456789abcdef0123', language: 'ja', topic: 'Winter boots for Mt. Fuji?',
  preferredStoreId: null, status: 'OPEN', claimedBy: null as string | null, answer: null as string | null,
  createdAt: '2030-01-14T01:00:00Z', answeredAt: null, topInterests: [{ tag: 'mountaineering', score: 1 }],
};

function fakeApi() {
  let presence = 'AVAILABLE';
  let messages = [{ ...MESSAGE }];
  return {
    messages: vi.fn(async () => messages.filter(message => message.status !== 'ANSWERED')),
    claimMessage: vi.fn(async (id: string) => { messages = messages.map(m => (m.id === id ? { ...m, status: 'CLAIMED', claimedBy: 'aoi' } : m)); return {}; }),
    answerMessage: vi.fn(async (id: string, text: string) => { messages = messages.map(m => (m.id === id ? { ...m, status: 'ANSWERED', answer: text } : m)); return {}; }),
    upcomingBookings: async () => [{
      id: 'b1', visitorId: 'v-0123456789abcdef0123', staffUsername: 'aoi', staffName: 'Aoi Tanaka', storeId: 'tokyo', timeZone: 'Asia/Tokyo',
      start: '2030-01-15T01:30:00Z', end: '2030-01-15T02:00:00Z', language: 'en', topic: 'Rain shell sizes', status: 'BOOKED',
      matchedTag: null, matchedLevel: null, followUpOf: null, requestId: null,
    }],
    written: [] as unknown[],
    heartbeats: 0,
    me: vi.fn(async function () { return { username: 'aoi', displayName: 'Aoi Tanaka', storeId: 'tokyo', languages: ['ja'], expertise: [], maxConcurrent: 1, presence, presenceSince: '' }; }),
    taxonomy: async () => [{ id: 'mountaineering', parentId: null, name: { ja: '登山', en: 'Mountaineering' } }],
    stores: async () => [{ id: 'tokyo', name: { ja: '東京店', en: 'Tokyo' }, timeZone: 'Asia/Tokyo' }],
    myConsultations: async () => [],
    pendingOffers: async () => [],
    async heartbeat() { this.heartbeats++; },
    report: async () => ({ visitorId: OFFER.shopper.visitorId, topInterests: [], recentProducts: [], notes: [{ consultationId: 'c0', staffUsername: 'ren', text: 'Wants a rain shell', tags: [], at: '2026-11-20T05:00:00Z' }] }),
    accept: vi.fn(async () => { presence = 'IN_CALL'; return { id: CONSULTATION }; }),
    decline: vi.fn(async () => OFFER),
    end: vi.fn(async () => { presence = 'WRAP_UP'; return {}; }),
    async writeNotes(id: string, notes: unknown) { this.written.push({ id, notes }); presence = 'AVAILABLE'; return {}; },
    setPresence: vi.fn(),
    iceServers: vi.fn(async () => ({ iceServers: [], iceTransportPolicy: 'relay' })),
    setProfileText: vi.fn(async (profileText: string) => ({ username: 'aoi', displayName: 'Aoi Tanaka', storeId: 'tokyo', languages: ['ja'], expertise: [], maxConcurrent: 1, presence, presenceSince: '', profileText })),
  };
}

const settle = (ms = 5) => new Promise(resolve => setTimeout(resolve, ms));
const byId = <T extends HTMLElement = HTMLElement>(id: string) => document.querySelector<T>(`[data-testid="${id}"]`);

let ConsoleApp: typeof import('../src/console/app').ConsoleApp;

beforeAll(async () => {
  vi.stubGlobal('WebSocket', FakeSocket);
  vi.stubGlobal('RTCPeerConnection', FakePeerConnection);
  vi.stubGlobal('AudioContext', undefined);
  Object.defineProperty(navigator, 'mediaDevices', {
    configurable: true,
    value: { getUserMedia: vi.fn(async () => ({ getTracks: () => [] })) },
  });
  ({ ConsoleApp } = await import('../src/console/app'));
});

beforeEach(() => {
  sockets = [];
  document.body.innerHTML = '<div id="console"></div>';
});

async function start(language: 'ja' | 'en' = 'en', prepare: (api: ReturnType<typeof fakeApi>) => void = () => undefined) {
  const api = fakeApi();
  prepare(api);
  const auth = { token: async () => 'token-1', currentToken: () => 'token-1', logout: async () => undefined };
  const app = new ConsoleApp(document.querySelector('#console')!, auth as never, api as never, language);
  await app.start();
  await settle();
  return { api, socket: sockets[0] };
}

describe('the staff console', () => {
  it('beats at once, and announces an offer with the report and "why you" in the UI language', async () => {
    const { api, socket } = await start('en');
    expect(api.heartbeats).toBe(1);
    socket.push({ type: 'offer-notice', offer: OFFER });
    await settle();
    expect(byId('offer-announcement')!.textContent).toContain('New consultation: Climb Mt. Fuji.');
    expect(byId('offer-why')!.textContent).toContain('Expert in mountaineering (level 5)');
    expect(byId('offer-interests')!.textContent).toContain('Mountaineering');
    expect(byId('report')!.textContent).toContain('Wants a rain shell');
    expect(byId('offer-countdown')!.textContent).toMatch(/^0:(20|19) left$/);
  });

  it('accepts, shares a product card in the shopper language, chats, and writes full notes after hanging up', async () => {
    const { api, socket } = await start('ja');
    socket.push({ type: 'offer-notice', offer: OFFER });
    await settle();
    byId('offer-accept')!.click();
    await settle();
    socket.push({ type: 'call-start', consultationId: CONSULTATION, role: 'staff', iceServers: [], iceTransportPolicy: 'relay' });
    // matching may send call-start twice: one session, one join.
    socket.push({ type: 'call-start', consultationId: CONSULTATION, role: 'staff', iceServers: [], iceTransportPolicy: 'relay' });
    await settle();
    expect(socket.sent.filter(frame => frame.type === 'join')).toEqual([{ type: 'join', consultationId: CONSULTATION }]);
    expect(byId('report')!.textContent).toContain('Wants a rain shell');

    const picker = byId<HTMLSelectElement>('share-product-select')!;
    picker.value = 'p-101';
    picker.dispatchEvent(new Event('change'));
    byId('share-product')!.click();
    expect(socket.sent).toContainEqual({
      type: 'product-card', consultationId: CONSULTATION,
      product: { id: 'p-101', name: 'Kumo 3-Layer Shell Jacket', price: 34800, currency: 'JPY', url: '/products/p-101.html', imageUrl: null },
    });
    socket.push({ type: 'chat', consultationId: CONSULTATION, text: 'Is M right for me?', from: 'shopper', at: '2026-11-24T01:00:00Z' });
    expect(byId('chat-log')!.textContent).toContain('Is M right for me?');

    byId('hang-up')!.click();
    await settle();
    expect(socket.sent).toContainEqual({ type: 'hang-up', consultationId: CONSULTATION });
    expect(api.end).toHaveBeenCalledWith(CONSULTATION);
    const products = byId('notes-products')!;
    expect(products.querySelector<HTMLInputElement>('input[value=p-101]')!.checked).toBe(true);

    byId('notes-save')!.click();
    await settle();
    expect(document.querySelector('[role=alert]')!.textContent).toBe('メモを入力してください。');

    const text = byId<HTMLTextAreaElement>('notes-text')!;
    text.value = '夏の富士山';
    text.dispatchEvent(new Event('input'));
    byId('notes-tags')!.querySelector<HTMLInputElement>('input[value=mountaineering]')!.click();
    const outcome = byId<HTMLSelectElement>('notes-outcome')!;
    outcome.value = 'CONSIDERING';
    outcome.dispatchEvent(new Event('change'));
    byId('notes-save')!.click();
    await settle(50);
    expect(api.written).toEqual([{ id: CONSULTATION, notes: { text: '夏の富士山', tags: ['mountaineering'], productIds: ['p-101'], outcome: 'CONSIDERING' } }]);
    expect(byId('notes-text')).toBeNull();
  });

  it('declines, and drops an offer matching withdrew', async () => {
    const { api, socket } = await start('en');
    socket.push({ type: 'offer-notice', offer: OFFER });
    await settle();
    socket.push({ type: 'offer-withdrawn', offerId: OFFER.id, reason: 'RESCINDED' });
    expect(byId('offer')).toBeNull();
    expect(byId('offer-announcement')!.textContent).toBe('The offer was withdrawn.');

    socket.push({ type: 'offer-notice', offer: { ...OFFER, id: 'c9d2f3e5-3333-4c38-9a51-0f6c2b9d3e11' } });
    await settle();
    byId('offer-decline')!.click();
    await settle();
    expect(api.decline).toHaveBeenCalledWith('c9d2f3e5-3333-4c38-9a51-0f6c2b9d3e11');
    expect(byId('offer')).toBeNull();
  });

  it('shows a second offer that comes during a call, to be declined, and keeps the AWAY button usable', async () => {
    const { api, socket } = await start('en');
    socket.push({ type: 'offer-notice', offer: OFFER });
    await settle();
    byId('offer-accept')!.click();
    await settle();
    socket.push({ type: 'call-start', consultationId: CONSULTATION, role: 'staff', iceServers: [], iceTransportPolicy: 'relay' });
    await settle();
    const second = { ...OFFER, id: 'd1e2f3a4-4444-4c38-9a51-0f6c2b9d3e11', shopper: { ...OFFER.shopper, topic: 'Rain shell' } };
    socket.push({ type: 'offer-notice', offer: second });
    await settle();

    expect(byId('hang-up')).not.toBeNull();
    expect(byId('offer')!.textContent).toContain('Rain shell');
    expect(byId<HTMLButtonElement>('offer-accept')!.disabled).toBe(true);
    expect(byId('offer-during-call')!.textContent).toContain('Decline it to pass it on');
    expect(byId<HTMLButtonElement>('presence-away')!.disabled).toBe(false);
    byId('offer-decline')!.click();
    await settle();
    expect(api.decline).toHaveBeenCalledWith(second.id);
    expect(byId('offer')).toBeNull();
  });

  it('lets the staff member edit their own profile text', async () => {
    const { api } = await start('en');
    const text = byId<HTMLTextAreaElement>('profile-text')!;
    text.value = '  I hike most weekends.  ';
    text.dispatchEvent(new Event('input'));
    byId('profile-save')!.click();
    await settle();
    expect(api.setProfileText).toHaveBeenCalledWith('I hike most weekends.');
    expect(byId('profile-status')!.textContent).toBe('Your profile was saved.');
    expect(byId<HTMLTextAreaElement>('profile-text')!.value).toBe('I hike most weekends.');
  });

  it('claims a shopper\'s message, answers it, and lists upcoming bookings in the store\'s time', async () => {
    const { api } = await start('en');
    await settle();
    const item = byId('message-item')!;
    expect(item.textContent).toContain('Winter boots for Mt. Fuji?');
    expect(item.textContent).toContain('Mountaineering');
    byId('message-claim')!.click();
    await settle();
    expect(api.claimMessage).toHaveBeenCalledWith(MESSAGE.id);
    byId('message-answer-send')!.click();
    await settle();
    expect(document.querySelector('.follow-ups [role=alert]')!.textContent).toBe('Please write an answer.');
    const text = byId<HTMLTextAreaElement>('message-answer-text')!;
    text.value = ' Yes, in Tokyo. ';
    text.dispatchEvent(new Event('input'));
    byId('message-answer-send')!.click();
    await settle();
    expect(api.answerMessage).toHaveBeenCalledWith(MESSAGE.id, 'Yes, in Tokyo.');
    expect(byId('messages')!.textContent).toBe('No unanswered messages.');
    // 10:30 in Tokyo for 01:30 UTC.
    expect(byId('booking-item')!.textContent).toContain('10:30');
    expect(byId('booking-item')!.textContent).toContain('Rain shell sizes');
  });

  it('offers to take over a message another staff member claimed and left unanswered', async () => {
    const { api } = await start('ja', fake => fake.messages.mockResolvedValue([{ ...MESSAGE, status: 'CLAIMED', claimedBy: 'ren' }]));
    await settle();
    expect(byId('message-lapsed')!.textContent).toBe('ren さんが担当しましたが、まだ回答がありません。');
    expect(byId('message-claim')!.textContent).toBe('引き継ぐ');
    expect(byId('message-answer-text')).toBeNull();
    byId('message-claim')!.click();
    await settle();
    expect(api.claimMessage).toHaveBeenCalledWith(MESSAGE.id);
  });

  it('starts an accepted call whose call-start was lost while the socket was down', async () => {
    const { api, socket } = await start('en');
    socket.push({ type: 'offer-notice', offer: OFFER });
    await settle();
    byId('offer-accept')!.click();
    await settle();
    socket.drop();
    await settle(1100);
    const next = sockets.at(-1)!;
    expect(next).not.toBe(socket);
    expect(api.iceServers).toHaveBeenCalled();
    expect(next.sent).toContainEqual({ type: 'join', consultationId: CONSULTATION });
  });
});
