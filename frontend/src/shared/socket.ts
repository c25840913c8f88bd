import { type ClientMessage, type ServerMessage, parseServerMessage } from './messages';

export type SocketState = 'connecting' | 'open' | 'reconnecting' | 'closed';

/** Waits between reconnect attempts, doubling from 1 s to 30 s; the last one repeats. */
export const RECONNECT_DELAYS_MS = [1000, 2000, 4000, 8000, 16000, 30000] as const;

export function reconnectDelay(attempt: number): number {
  return RECONNECT_DELAYS_MS[Math.min(Math.max(attempt, 0), RECONNECT_DELAYS_MS.length - 1)];
}

/** The part of a browser WebSocket this class uses, so that tests can hand in a fake. */
export interface WebSocketLike {
  readonly readyState: number;
  onopen: ((event: Event) => void) | null;
  onclose: ((event: CloseEvent) => void) | null;
  onmessage: ((event: MessageEvent) => void) | null;
  send(data: string): void;
  close(code?: number, reason?: string): void;
}

export interface SignalSocketOptions {
  url: string;
  /** Fresh credentials for every attempt: a ticket or a token may have been renewed since the last one. */
  protocols: () => Promise<string[]>;
  onMessage: (message: ServerMessage) => void;
  onState: (state: SocketState, previous: SocketState) => void;
  /**
   * A fresh credential for an in-band `refresh`, sent every refreshEveryMs while open, so that a long
   * call does not outlive the token or ticket it was opened with.
   */
  refreshToken?: () => Promise<string>;
  refreshEveryMs?: number;
  createSocket?: (url: string, protocols: string[]) => WebSocketLike;
}

const OPEN = 1;

/**
 * The one WebSocket to signaling, reopened with backoff whenever it drops until close() is called.
 * Identity is fixed at the upgrade, so every attempt carries the credentials of that moment.
 */
export class SignalSocket {
  private socket: WebSocketLike | null = null;
  private state: SocketState = 'closed';
  private attempt = 0;
  private stopped = true;
  private openWaiters: (() => void)[] = [];
  private refreshTimer: ReturnType<typeof setInterval> | null = null;
  private readonly createSocket: (url: string, protocols: string[]) => WebSocketLike;

  constructor(private readonly options: SignalSocketOptions) {
    this.createSocket = options.createSocket ?? ((url, protocols) => new WebSocket(url, protocols));
  }

  get current(): SocketState {
    return this.state;
  }

  open(): void {
    if (!this.stopped) {
      return;
    }
    this.stopped = false;
    this.attempt = 0;
    this.setState('connecting');
    void this.connect();
  }

  /** Sends a frame now; false when the socket is not open (the caller decides whether that matters). */
  send(message: ClientMessage): boolean {
    if (this.socket?.readyState !== OPEN) {
      return false;
    }
    this.socket.send(JSON.stringify(message));
    return true;
  }

  close(): void {
    this.stopped = true;
    this.stopRefreshing();
    const socket = this.socket;
    this.socket = null;
    socket?.close(1000);
    this.setState('closed');
  }

  /** Resolves once the socket is open, rejects after the timeout. */
  whenOpen(timeoutMs: number): Promise<void> {
    if (this.state === 'open') {
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
      const waiter = () => {
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        this.openWaiters = this.openWaiters.filter(other => other !== waiter);
        reject(new Error('the signalling socket did not open in time'));
      }, timeoutMs);
      this.openWaiters.push(waiter);
    });
  }

  private async connect(): Promise<void> {
    let protocols: string[];
    try {
      protocols = await this.options.protocols();
    } catch {
      this.retry();
      return;
    }
    if (this.stopped) {
      return;
    }
    const socket = this.createSocket(this.options.url, protocols);
    this.socket = socket;
    socket.onopen = () => {
      this.attempt = 0;
      this.setState('open');
      this.startRefreshing();
    };
    socket.onmessage = event => {
      const message = typeof event.data === 'string' ? parseServerMessage(event.data) : null;
      if (message) {
        this.options.onMessage(message);
      }
    };
    socket.onclose = () => {
      if (this.socket === socket) {
        this.socket = null;
        this.retry();
      }
    };
  }

  private startRefreshing(): void {
    const { refreshToken, refreshEveryMs } = this.options;
    if (!refreshToken || !refreshEveryMs || this.refreshTimer) {
      return;
    }
    this.refreshTimer = setInterval(() => {
      refreshToken().then(token => this.send({ type: 'refresh', token }), () => {
        // Without a fresh credential the socket lives until its old one expires, then reconnects.
      });
    }, refreshEveryMs);
  }

  private stopRefreshing(): void {
    if (this.refreshTimer) {
      clearInterval(this.refreshTimer);
      this.refreshTimer = null;
    }
  }

  private retry(): void {
    this.stopRefreshing();
    if (this.stopped) {
      return;
    }
    this.setState('reconnecting');
    setTimeout(() => {
      if (!this.stopped) {
        void this.connect();
      }
    }, reconnectDelay(this.attempt++));
  }

  private setState(state: SocketState): void {
    const previous = this.state;
    if (previous !== state) {
      this.state = state;
      this.options.onState(state, previous);
    }
    if (state === 'open') {
      const waiters = this.openWaiters;
      this.openWaiters = [];
      waiters.forEach(waiter => waiter());
    }
  }
}
