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

async function askAndWait(): Promise<FakeSocket> {
  await mount();
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

  it('stores the consent choice before asking, and shows the position and the estimate while waiting', async () => {
    const socket = await askAndWait();
    const consent = calls.findIndex(call => call.url.endsWith('/shoppers/me/consent'));
    const request = calls.findIndex(call => call.url.endsWith('/api/matching/requests') && call.method === 'POST');
    expect(consent).toBeGreaterThanOrEqual(0);
    expect(calls[consent]).toMatchObject({ method: 'PUT', body: { useBehaviour: true } });
    expect(request).toBeGreaterThan(consent);
    expect(calls[request].body).toMatchObject({ language: 'ja', topic: '富士山に登りたい', useBehaviour: true });
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
