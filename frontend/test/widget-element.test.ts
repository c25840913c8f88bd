// @vitest-environment happy-dom
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ServerMessage } from '../src/shared/messages';

/**
 * The <tsunagu-button> element driven end to end in a DOM, with the network faked at its edges:
 * fetch (REST), WebSocket (signaling) and RTCPeerConnection (media). What is checked is what the
 * shopper sees and what goes over the wire.
 */

const CONSULTATION = '5b0e7c1e-8d4f-4c38-9a51-0f6c2b9d3e11';
const REQUEST = 'b4d2f3e5-2222-4c38-9a51-0f6c2b9d3e11';

interface Call { method: string; url: string; body: unknown }

let calls: Call[] = [];
let available = true;
let sockets: FakeSocket[] = [];
let requestAfterReconnect: Record<string, unknown> | null = null;
let myMessages: Record<string, unknown>[] = [];
let myBookings: Record<string, unknown>[] = [];
let bookingAnswer: { status: number; body: unknown } = { status: 201, body: null };
let joinRefused = false;

/** Tomorrow 10:00, 10:30 and the day after 09:00 in Tokyo (UTC+9, no daylight saving). */
const TOMORROW_TEN = new Date(Date.UTC(2030, 0, 15, 1, 0)).toISOString();
const TOMORROW_TEN_THIRTY = new Date(Date.UTC(2030, 0, 15, 1, 30)).toISOString();
const DAY_AFTER_NINE = new Date(Date.UTC(2030, 0, 16, 0, 0)).toISOString();
const BOOKING = 'c7d1e2f3-3333-4c38-9a51-0f6c2b9d3e11';

function booking(start: string): Record<string, unknown> {
  return {
    id: BOOKING, visitorId: 'v-0123456789abcdef0123', staffUsername: 'aoi', staffName: 'Aoi Tanaka', storeId: 'tokyo',
    timeZone: 'Asia/Tokyo', start, end: new Date(Date.parse(start) + 30 * 60_000).toISOString(), language: 'ja',
    topic: '富士山', status: 'BOOKED', matchedTag: 'mountaineering', matchedLevel: 5, followUpOf: null, requestId: null,
  };
}

class FakeSocket {
  readyState = 0;
  onopen: ((event: unknown) => void) | null = null;
  onclose: ((event: unknown) => void) | null = null;
  onmessage: ((event: { data: string }) => void) | null = null;
  readonly sent: Record<string, unknown>[] = [];
  constructor(readonly url: string, readonly protocols: string[]) {
    sockets.push(this);
    setTimeout(() => { this.readyState = 1; this.onopen?.({}); }, 0);
  }
  send(data: string) { this.sent.push(JSON.parse(data)); }
  close() { this.readyState = 3; }
  push(message: ServerMessage) { this.onmessage?.({ data: JSON.stringify(message) }); }
}

class FakePeerConnection {
  remoteDescription: unknown = null;
  connectionState = 'new';
  onicecandidate = null;
  ontrack = null;
  onconnectionstatechange = null;
  addTrack() {}
  getTransceivers() { return []; }
  async createOffer() { return { type: 'offer', sdp: '' }; }
  async createAnswer() { return { type: 'answer', sdp: 'v=0' }; }
  async setLocalDescription() {}
  async setRemoteDescription(description: unknown) { this.remoteDescription = description; }
  async addIceCandidate() {}
  close() {}
}

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

async function fakeFetch(input: string, init: RequestInit = {}): Promise<Response> {
  const url = String(input);
  const method = init.method ?? 'GET';
  calls.push({ method, url, body: init.body ? JSON.parse(String(init.body)) : null });
  if (url.includes('/availability')) {
    return json({ available, staffOnShift: 3, staffAvailable: available ? 1 : 0, queueLength: 2, estimatedWaitSeconds: 90 });
  }
  if (url.includes('/shopper-tickets')) {
    return json({ ticket: 'ticket-1', visitorId: 'v-0123456789abcdef0123', expiresAt: new Date(Date.now() + 600_000).toISOString() }, 201);
  }
  if (url.endsWith('/api/matching/requests') && method === 'POST') {
    return json({ id: REQUEST, visitorId: 'v-0123456789abcdef0123', language: 'ja', channel: 'VIDEO', topic: 'x', status: 'WAITING', position: 3, createdAt: '', consultationId: null, estimatedWaitSeconds: 200 }, 201);
  }
  if (url.endsWith(`/api/matching/requests/${REQUEST}`) && method === 'GET' && requestAfterReconnect) {
    return json(requestAfterReconnect);
  }
  if (url.endsWith('/api/matching/messages') && method === 'POST') {
    return json({ id: 'm-1', status: 'OPEN', answer: null }, 201);
  }
  if (url.endsWith('/api/matching/messages/mine')) {
    return json(myMessages);
  }
  if (url.endsWith('/api/matching/bookings/mine')) {
    return json(myBookings);
  }
  if (url.includes('/api/matching/booking-slots')) {
    return json({ slotMinutes: 30, slots: [TOMORROW_TEN, TOMORROW_TEN_THIRTY, DAY_AFTER_NINE].map(start =>
      ({ start, end: new Date(Date.parse(start) + 30 * 60_000).toISOString(), timeZone: 'Asia/Tokyo' })) });
  }
  if (url.endsWith('/api/matching/bookings') && method === 'POST') {
    return json(bookingAnswer.body, bookingAnswer.status);
  }
  if (url.endsWith(`/api/matching/bookings/${BOOKING}/join`)) {
    if (joinRefused) {
      return json({ type: 'https://tsunagu.io/problems/booking-not-due', status: 409 }, 409);
    }
    return json({ id: REQUEST, visitorId: 'v-0123456789abcdef0123', language: 'ja', channel: 'VIDEO', topic: 'x', status: 'WAITING', position: 1, createdAt: '', consultationId: null, estimatedWaitSeconds: 0 });
  }
  if (url.endsWith('/api/signaling/ice-servers')) {
    return json({ iceServers: [{ urls: ['stun:127.0.0.1:3478'] }], iceTransportPolicy: 'relay', ttlSeconds: 3600 });
  }
  return new Response(null, { status: url.includes('/events') ? 202 : 204 });
}

const settle = () => new Promise(resolve => setTimeout(resolve, 5));

function shadow(): ShadowRoot {
  return document.querySelector('tsunagu-button')!.shadowRoot!;
}

function byId<T extends HTMLElement = HTMLElement>(id: string): T | null {
  return shadow().querySelector<T>(`[data-testid="${id}"]`);
}

async function mount(attributes = ''): Promise<void> {
  document.body.innerHTML = `<tsunagu-button lang="ja" ${attributes}></tsunagu-button>`;
  await settle();
}

async function askAndWait(attributes = ''): Promise<FakeSocket> {
  await mount(attributes);
  byId('ask')!.click();
  const topic = byId<HTMLTextAreaElement>('topic')!;
  topic.value = '富士山に登りたい';
  topic.dispatchEvent(new Event('input'));
  byId<HTMLInputElement>('consent')!.click();
  byId('submit')!.click();
  await settle();
  await settle();
  return sockets.at(-1)!;
}

beforeAll(async () => {
  vi.stubGlobal('fetch', vi.fn(fakeFetch));
  vi.stubGlobal('WebSocket', FakeSocket);
  vi.stubGlobal('RTCPeerConnection', FakePeerConnection);
  vi.stubGlobal('MediaStream', class { constructor(readonly tracks: unknown[] = []) {} });
  Object.defineProperty(navigator, 'mediaDevices', {
    configurable: true,
    value: { getUserMedia: vi.fn(async () => ({ getAudioTracks: () => [{ enabled: true, stop() {}, kind: 'audio' }], getVideoTracks: () => [{ stop() {}, kind: 'video' }] })) },
  });
  await import('../src/widget/index');
});

beforeEach(() => {
  localStorage.clear();
  joinRefused = false;
  myMessages = [];
  myBookings = [];
  bookingAnswer = { status: 201, body: booking(TOMORROW_TEN_THIRTY) };
  requestAfterReconnect = null;
  calls = [];
  sockets = [];
  available = true;
});

afterEach(() => {
  document.body.innerHTML = '';
});

describe('<tsunagu-button>', () => {
  it('offers "talk now" only when matching says someone can answer', async () => {
    await mount();
    expect(byId('ask')).not.toBeNull();
    expect(byId('ask-later')).toBeNull();
    expect(calls.some(call => call.url.includes('/api/matching/availability?language=ja'))).toBe(true);

    available = false;
    await mount('data-hours-ja="毎日 10:00〜20:00"');
    expect(byId('ask')).toBeNull();
    byId('ask-later')!.click();
    expect(byId('later-message')!.textContent).toContain('このボタンが「今すぐ相談」に変わります');
    expect(byId('later-hours')!.textContent).toContain('毎日 10:00〜20:00');
    expect(byId('topic')).toBeNull();
  });

  it('names the page\'s store (data-store-id) as the preferred store of the request', async () => {
    await askAndWait('data-store-id="tokyo"');
    const request = calls.find(call => call.url.endsWith('/api/matching/requests') && call.method === 'POST');
    expect(request?.body).toMatchObject({ topic: '富士山に登りたい', preferredStoreId: 'tokyo' });
  });

  it('stores the consent choice before asking, and shows the position and the estimate while waiting', async () => {
    const socket = await askAndWait();
    const consent = calls.findIndex(call => call.url.endsWith('/shoppers/me/consent'));
    const request = calls.findIndex(call => call.url.endsWith('/api/matching/requests') && call.method === 'POST');
    expect(consent).toBeGreaterThanOrEqual(0);
    expect(calls[consent]).toMatchObject({ method: 'PUT', body: { useBehaviour: true } });
    expect(request).toBeGreaterThan(consent);
    expect(calls[request].body).toMatchObject({ language: 'ja', topic: '富士山に登りたい', useBehaviour: true, preferredStoreId: null });
    expect(byId('queue-position')!.textContent).toBe('あなたの順番：3 番目');
    expect(byId('queue-estimate')!.textContent).toBe('待ち時間の目安：約 4 分');

    socket.push({ type: 'queue-update', requestId: REQUEST, status: 'WAITING', position: 1, estimatedWaitSeconds: 30 });
    expect(byId('queue-position')!.textContent).toBe('あなたの順番：1 番目');
    expect(byId('queue-estimate')!.textContent).toBe('待ち時間の目安：1 分以内');
  });

  it('holds the call with the camera off, chat and shared products, then asks for a rating', async () => {
    const socket = await askAndWait();
    socket.push({ type: 'call-start', consultationId: CONSULTATION, role: 'shopper', iceServers: [], iceTransportPolicy: 'relay' });
    await settle();
    expect(socket.sent).toContainEqual({ type: 'join', consultationId: CONSULTATION });
    expect(byId('camera-toggle')!.getAttribute('aria-pressed')).toBe('false');
    expect(byId('camera-off')).not.toBeNull();
    expect(byId('local-preview')).toBeNull();
    expect(byId('remote-video')).not.toBeNull();

    const input = byId<HTMLInputElement>('chat-input')!;
    input.value = ' サイズは？ ';
    input.dispatchEvent(new Event('input'));
    byId('chat-send')!.click();
    expect(socket.sent).toContainEqual({ type: 'chat', consultationId: CONSULTATION, text: 'サイズは？' });
    const typing = byId<HTMLInputElement>('chat-input')!;
    typing.focus();
    typing.value = '色は';
    typing.dispatchEvent(new Event('input'));
    socket.push({ type: 'chat', consultationId: CONSULTATION, text: 'M がおすすめです', from: 'staff', at: '2026-11-24T01:00:00Z' });
    expect(byId('chat-log')!.textContent).toContain('M がおすすめです');
    // A message arriving redraws the panel; the shopper keeps typing where they were.
    expect((shadow().activeElement as HTMLElement).dataset.testid).toBe('chat-input');
    expect(byId<HTMLInputElement>('chat-input')!.value).toBe('色は');
    expect(byId('chat-log')!.textContent).toContain('サイズは？');

    socket.push({ type: 'product-card', consultationId: CONSULTATION, product: { id: 'p-101', name: 'クモ シェル', price: 34800, currency: 'JPY', url: '/products/p-101.html', imageUrl: null } });
    const carted: unknown[] = [];
    document.addEventListener('tsunagu-add-to-cart', event => { event.preventDefault(); carted.push((event as CustomEvent).detail.product.id); }, { once: true });
    byId('product-add-to-cart')!.click();
    expect(carted).toEqual(['p-101']);
    expect(byId<HTMLButtonElement>('product-add-to-cart')!.disabled).toBe(true);

    byId('mute-toggle')!.click();
    expect(byId('mute-toggle')!.getAttribute('aria-pressed')).toBe('true');

    socket.push({ type: 'call-end', consultationId: CONSULTATION });
    expect(byId('call-ended')).not.toBeNull();
    byId('rating-submit')!.click();
    expect(shadow().querySelector('[role=alert]')!.textContent).toBe('星の数を選んでください。');
    byId<HTMLInputElement>('rating-star-4')!.click();
    byId('rating-submit')!.click();
    await settle();
    expect(calls.at(-1)).toMatchObject({ method: 'POST', url: expect.stringContaining(`/consultations/${CONSULTATION}/rating`), body: { stars: 4 } });
    expect(byId('rating-thanks')).not.toBeNull();
  });

  it('lets the shopper leave a message when nobody is free, and shows the answer the next time', async () => {
    available = false;
    await mount();
    expect(byId('inbox-open')).toBeNull();
    expect(calls.some(call => call.url.includes('/messages/mine'))).toBe(false);
    byId('ask-later')!.click();
    byId('later-leave-message')!.click();
    byId('message-submit')!.click();
    expect(shadow().querySelector('[role=alert]')!.textContent).toBe('ご質問を入力してください（2000文字まで）。');
    const topic = byId<HTMLTextAreaElement>('message-topic')!;
    topic.value = ' 冬用のブーツはありますか？ ';
    topic.dispatchEvent(new Event('input'));
    byId('message-submit')!.click();
    await settle();
    expect(calls.find(call => call.url.endsWith('/api/matching/messages'))).toMatchObject(
      { method: 'POST', body: { language: 'ja', topic: '冬用のブーツはありますか？', useBehaviour: false } });
    expect(byId('message-sent')).not.toBeNull();

    myMessages = [{ id: 'm-1', topic: '冬用のブーツはありますか？', status: 'ANSWERED', answer: 'はい、東京店にあります。', createdAt: '2030-01-14T01:00:00Z' }];
    await mount();
    byId('inbox-open')!.click();
    expect(byId('message-answer')!.textContent).toContain('はい、東京店にあります。');
  });

  it('books a time by day and time in the store\'s zone, then offers the calendar file and cancelling', async () => {
    available = false;
    await mount();
    byId('ask-later')!.click();
    byId('later-book')!.click();
    await settle();
    const days = byId<HTMLSelectElement>('book-day')!;
    expect([...days.options].map(option => option.value)).toEqual(['2030-01-15', '2030-01-16']);
    expect([...byId<HTMLSelectElement>('book-time')!.options].map(option => option.textContent)).toEqual(['10:00', '10:30']);
    expect(shadow().querySelector('label[for=tsunagu-book-time]')!.textContent).toBe('時間（Asia/Tokyo）');
    days.value = '2030-01-16';
    days.dispatchEvent(new Event('change'));
    expect([...byId<HTMLSelectElement>('book-time')!.options].map(option => option.textContent)).toEqual(['09:00']);
    days.value = '2030-01-15';
    days.dispatchEvent(new Event('change'));
    const time = byId<HTMLSelectElement>('book-time')!;
    time.value = TOMORROW_TEN_THIRTY;
    time.dispatchEvent(new Event('change'));

    bookingAnswer = { status: 409, body: { type: 'https://tsunagu.io/problems/slot-taken', status: 409 } };
    byId('book-submit')!.click();
    await settle();
    expect(shadow().querySelector('[role=alert]')!.textContent).toBe('その時間は先に予約されました。別の時間を選んでください。');

    bookingAnswer = { status: 201, body: booking(TOMORROW_TEN_THIRTY) };
    byId<HTMLSelectElement>('book-time')!.value = TOMORROW_TEN_THIRTY;
    byId('book-time')!.dispatchEvent(new Event('change'));
    byId('book-submit')!.click();
    await settle();
    expect(calls.filter(call => call.url.endsWith('/api/matching/bookings')).at(-1)).toMatchObject(
      { method: 'POST', body: { start: TOMORROW_TEN_THIRTY, language: 'ja', followUpOf: null } });
    expect(byId('booking-confirmation')!.textContent).toContain('Aoi Tanaka');
    expect(byId('booking-confirmation')!.textContent).toContain('10:30');
    expect(byId('booking-join')).toBeNull();
    expect(localStorage.getItem('tsunagu.followUps')).toBe('1');

    byId('booking-cancel')!.click();
    await settle();
    expect(calls.some(call => call.method === 'DELETE' && call.url.endsWith(`/api/matching/bookings/${BOOKING}`))).toBe(true);
    expect(byId('booking-confirmation')).toBeNull();
  });

  it('joins a booking that is due from the launcher, into the queue of the booked staff member', async () => {
    localStorage.setItem('tsunagu.followUps', '1');
    myBookings = [booking(new Date(Date.now() + 5 * 60_000).toISOString())];
    await mount();
    await settle();
    expect(byId('inbox-open')!.textContent).toBe('予約した相談に参加');
    byId('inbox-open')!.click();
    joinRefused = true;
    byId('booking-join')!.click();
    await settle();
    await settle();
    expect(shadow().querySelector('[role=alert]')!.textContent).toBe('ただいま相談を受け付けられません。少し時間をおいてもう一度お試しください。');
    joinRefused = false;
    byId('booking-join')!.click();
    await settle();
    await settle();
    expect(calls.some(call => call.method === 'POST' && call.url.endsWith(`/api/matching/bookings/${BOOKING}/join`))).toBe(true);
    expect(byId('queue-position')!.textContent).toContain('1');
  });

  it('books a follow-up with the same staff member from the rating screen', async () => {
    const socket = await askAndWait();
    socket.push({ type: 'call-start', consultationId: CONSULTATION, role: 'shopper', iceServers: [], iceTransportPolicy: 'relay' });
    await settle();
    socket.push({ type: 'call-end', consultationId: CONSULTATION });
    byId('follow-up')!.click();
    await settle();
    expect(calls.some(call => call.url.includes(`/booking-slots?language=ja&followUpOf=${CONSULTATION}`))).toBe(true);
    expect(byId('follow-up-info')).not.toBeNull();
    byId('book-submit')!.click();
    await settle();
    expect(calls.filter(call => call.url.endsWith('/api/matching/bookings')).at(-1)).toMatchObject(
      { body: { start: TOMORROW_TEN, followUpOf: CONSULTATION } });
    expect(byId('booking-confirmation')).not.toBeNull();
    expect(byId('rating-submit')).not.toBeNull();
  });

  it('shows reconnecting while the socket is down, and resumes the room with its token', async () => {
    const socket = await askAndWait();
    socket.push({ type: 'call-start', consultationId: CONSULTATION, role: 'shopper', iceServers: [], iceTransportPolicy: 'all' });
    socket.push({ type: 'joined', consultationId: CONSULTATION, peerPresent: true, resumeToken: 'resume-1' });
    await settle();
    socket.onclose?.({ code: 1006 });
    expect(byId('reconnecting')).not.toBeNull();

    await new Promise(resolve => setTimeout(resolve, 1100));
    const next = sockets.at(-1)!;
    expect(next).not.toBe(socket);
    await settle();
    expect(byId('reconnecting')).toBeNull();
    expect(next.sent).toContainEqual({ type: 'resume', consultationId: CONSULTATION, resumeToken: 'resume-1' });
  });

  it('catches up after a reconnect while waiting: a call taken meanwhile starts', async () => {
    const socket = await askAndWait();
    socket.onclose?.({ code: 1006 });
    requestAfterReconnect = { id: REQUEST, visitorId: 'v-0123456789abcdef0123', language: 'ja', channel: 'VIDEO', topic: 'x', status: 'CONNECTED', position: null, createdAt: '', consultationId: CONSULTATION };
    await new Promise(resolve => setTimeout(resolve, 1100));
    await settle();
    await settle();
    const next = sockets.at(-1)!;
    expect(next).not.toBe(socket);
    expect(byId('hang-up')).not.toBeNull();
    expect(next.sent).toContainEqual({ type: 'join', consultationId: CONSULTATION });
  });

  it('renders inside its shadow root, untouched by the page', async () => {
    await mount();
    expect(document.querySelector('[data-testid=ask]')).toBeNull();
    expect(shadow().querySelector('style')!.textContent).toContain('.frame { all: initial;');
  });
});
