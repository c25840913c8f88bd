import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ServerMessage } from '../src/shared/messages';
import { RECONNECT_DELAYS_MS, SignalSocket, type SocketState, type WebSocketLike, reconnectDelay } from '../src/shared/socket';

const URL = 'ws://localhost:8080/ws';
const CONSULTATION = '5b0e7c1e-8d4f-4c38-9a51-0f6c2b9d3e11';

class FakeWebSocket implements WebSocketLike {
  readyState = 0;
  onopen: ((event: Event) => void) | null = null;
  onclose: ((event: CloseEvent) => void) | null = null;
  onmessage: ((event: MessageEvent) => void) | null = null;
  readonly sent: string[] = [];
  closedWith: number | null = null;

  constructor(readonly url: string, readonly protocols: string[]) {}

  send(data: string): void {
    this.sent.push(data);
  }

  close(code?: number): void {
    this.closedWith = code ?? null;
    this.readyState = 3;
  }

  serverOpens(): void {
    this.readyState = 1;
    this.onopen?.(new Event('open'));
  }

  serverSends(data: string): void {
    this.onmessage?.({ data } as MessageEvent);
  }

  drops(): void {
    this.readyState = 3;
    this.onclose?.({ code: 1006 } as CloseEvent);
  }
}

function setUp() {
  const sockets: FakeWebSocket[] = [];
  const states: SocketState[] = [];
  const messages: ServerMessage[] = [];
  let credential = 0;
  const socket = new SignalSocket({
    url: URL,
    protocols: async () => ['bearer-token-carrier', `quarkus-http-upgrade#Shopper-Ticket#ticket-${++credential}`],
    onMessage: message => messages.push(message),
    onState: state => states.push(state),
    createSocket: (url, protocols) => {
      const fake = new FakeWebSocket(url, protocols);
      sockets.push(fake);
      return fake;
    },
  });
  return { socket, sockets, states, messages };
}

describe('reconnectDelay', () => {
  it('grows and then stays at the longest wait', () => {
    expect(reconnectDelay(0)).toBe(RECONNECT_DELAYS_MS[0]);
    expect(reconnectDelay(1)).toBeGreaterThan(reconnectDelay(0));
    expect(reconnectDelay(99)).toBe(RECONNECT_DELAYS_MS[RECONNECT_DELAYS_MS.length - 1]);
  });
});

describe('SignalSocket', () => {
  beforeEach(() => { vi.useFakeTimers(); });
  afterEach(() => { vi.useRealTimers(); });

  it('opens with the credentials in the subprotocols and delivers parsed frames', async () => {
    const { socket, sockets, states, messages } = setUp();
    socket.open();
    await vi.advanceTimersByTimeAsync(0);

    expect(sockets).toHaveLength(1);
    expect(sockets[0].url).toBe(URL);
    expect(sockets[0].protocols).toEqual(['bearer-token-carrier', 'quarkus-http-upgrade#Shopper-Ticket#ticket-1']);
    sockets[0].serverOpens();
    sockets[0].serverSends(JSON.stringify({ type: 'call-end', consultationId: CONSULTATION }));
    sockets[0].serverSends('not json');

    expect(states).toEqual(['connecting', 'open']);
    expect(messages).toEqual([{ type: 'call-end', consultationId: CONSULTATION }]);
  });

  it('sends only while open', async () => {
    const { socket, sockets } = setUp();
    socket.open();
    await vi.advanceTimersByTimeAsync(0);
    expect(socket.send({ type: 'join', consultationId: CONSULTATION })).toBe(false);

    sockets[0].serverOpens();
    expect(socket.send({ type: 'join', consultationId: CONSULTATION })).toBe(true);
    expect(sockets[0].sent).toEqual([JSON.stringify({ type: 'join', consultationId: CONSULTATION })]);
  });

  it('reconnects after a drop, with fresh credentials, after a backoff', async () => {
    const { socket, sockets, states } = setUp();
    socket.open();
    await vi.advanceTimersByTimeAsync(0);
    sockets[0].serverOpens();

    sockets[0].drops();
    expect(states.at(-1)).toBe('reconnecting');
    await vi.advanceTimersByTimeAsync(RECONNECT_DELAYS_MS[0] - 1);
    expect(sockets).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(sockets).toHaveLength(2);
    expect(sockets[1].protocols[1]).toBe('quarkus-http-upgrade#Shopper-Ticket#ticket-2');

    sockets[1].serverOpens();
    expect(states).toEqual(['connecting', 'open', 'reconnecting', 'open']);
  });

  it('waits longer after each failed attempt, and starts over once connected', async () => {
    const { socket, sockets } = setUp();
    socket.open();
    await vi.advanceTimersByTimeAsync(0);
    sockets[0].drops();
    await vi.advanceTimersByTimeAsync(RECONNECT_DELAYS_MS[0]);
    sockets[1].drops();
    await vi.advanceTimersByTimeAsync(RECONNECT_DELAYS_MS[1] - 1);
    expect(sockets).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(sockets).toHaveLength(3);

    sockets[2].serverOpens();
    sockets[2].drops();
    await vi.advanceTimersByTimeAsync(RECONNECT_DELAYS_MS[0]);
    expect(sockets).toHaveLength(4);
  });

  it('retries when the credentials cannot be had', async () => {
    const sockets: FakeWebSocket[] = [];
    const protocols = vi.fn()
      .mockRejectedValueOnce(new Error('no ticket'))
      .mockResolvedValueOnce(['bearer-token-carrier']);
    const socket = new SignalSocket({
      url: URL, protocols, onMessage: () => undefined, onState: () => undefined,
      createSocket: (url, list) => { const fake = new FakeWebSocket(url, list); sockets.push(fake); return fake; },
    });
    socket.open();
    await vi.advanceTimersByTimeAsync(0);
    expect(sockets).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(RECONNECT_DELAYS_MS[0]);
    expect(sockets).toHaveLength(1);
  });

  it('stays closed after close()', async () => {
    const { socket, sockets, states } = setUp();
    socket.open();
    await vi.advanceTimersByTimeAsync(0);
    sockets[0].serverOpens();

    socket.close();
    sockets[0].drops();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(sockets).toHaveLength(1);
    expect(sockets[0].closedWith).toBe(1000);
    expect(states.at(-1)).toBe('closed');
  });

  it('tells when it is open, or that it did not open in time', async () => {
    const { socket, sockets } = setUp();
    socket.open();
    const opened = socket.whenOpen(1000);
    await vi.advanceTimersByTimeAsync(0);
    sockets[0].serverOpens();
    await expect(opened).resolves.toBeUndefined();

    sockets[0].drops();
    const late = socket.whenOpen(1000);
    const failed = expect(late).rejects.toThrow('did not open');
    await vi.advanceTimersByTimeAsync(1000);
    await failed;
  });

  it('sends a fresh credential in band while open, and stops when closed', async () => {
    const sockets: FakeWebSocket[] = [];
    let fresh = 0;
    const socket = new SignalSocket({
      url: URL, protocols: async () => ['bearer-token-carrier'], onMessage: () => undefined, onState: () => undefined,
      refreshToken: async () => `token-${++fresh}`, refreshEveryMs: 60_000,
      createSocket: (url, list) => { const fake = new FakeWebSocket(url, list); sockets.push(fake); return fake; },
    });
    socket.open();
    await vi.advanceTimersByTimeAsync(0);
    sockets[0].serverOpens();
    await vi.advanceTimersByTimeAsync(120_000);
    expect(sockets[0].sent).toEqual([JSON.stringify({ type: 'refresh', token: 'token-1' }), JSON.stringify({ type: 'refresh', token: 'token-2' })]);
    socket.close();
    await vi.advanceTimersByTimeAsync(120_000);
    expect(sockets[0].sent).toHaveLength(2);
  });
});
