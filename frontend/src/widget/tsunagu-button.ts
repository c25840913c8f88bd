import { type WidgetKey, widgetMessages } from '../i18n/widget';
import { type Language, type Translate, isLanguage, otherLanguage, pickLanguage, translator } from '../i18n/language';
import type { RequestStatus } from '../shared/api-types';
import { h, liveVideo, showStream } from '../shared/dom';
import { ApiError } from '../shared/http';
import type { CallStart, ServerMessage } from '../shared/messages';
import { PeerSession } from '../shared/peer-session';
import { SignalSocket, type SocketState } from '../shared/socket';
import { headerCarryingProtocols, wsUrl } from '../shared/url';
import { ShopperApi } from './shopper-api';
import { WIDGET_CSS } from './styles';

/** How long the widget waits for the signalling socket before telling the shopper it cannot connect. */
const SOCKET_OPEN_TIMEOUT_MS = 10_000;

const TOPIC_MAX_LENGTH = 500;

type View =
  | { kind: 'closed' }
  | { kind: 'form'; sending: boolean; error: WidgetKey | null }
  | { kind: 'waiting'; requestId: string; status: RequestStatus; position: number | null }
  | { kind: 'call'; consultationId: string; streaming: boolean; peerLeft: boolean }
  | { kind: 'ended' }
  | { kind: 'cancelled' };

interface Draft {
  topic: string;
  language: Language;
  consent: boolean;
}

/** One API client per page: the visitor id and the ticket are the shopper's, not one button's. */
let sharedApi: ShopperApi | null = null;

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    // Blocked storage (privacy settings, sandboxed frames): the visitor id then lasts for the page.
    return null;
  }
}

/**
 * `<tsunagu-button>`: the "talk to a staff member" button a retailer puts on any page. It reports the
 * product the shopper is looking at (data-product-id, data-product-tags), and on a click asks for a
 * consultation, waits in the queue and holds the video call — the shopper's camera stays off.
 */
export class TsunaguButton extends HTMLElement {
  static readonly observedAttributes = ['lang', 'data-product-id'];

  /** The origin of Tsunagu's API: where the widget's script came from (the retailer's page may be elsewhere). */
  static apiOrigin: string = location.origin;

  private readonly root: ShadowRoot;
  private view: View = { kind: 'closed' };
  private draft: Draft;
  private language: Language;
  private t: Translate<WidgetKey>;
  private socket: SignalSocket | null = null;
  private socketState: SocketState = 'closed';
  private session: PeerSession | null = null;
  private remoteVideo: HTMLVideoElement | null = null;
  private readonly reported = new Set<string>();
  /** A queue update that came before the answer to our own request, applied once we know the id. */
  private earlyUpdate: Extract<ServerMessage, { type: 'queue-update' }> | null = null;

  constructor() {
    super();
    this.root = this.attachShadow({ mode: 'open' });
    this.language = this.initialLanguage();
    this.t = translator(widgetMessages, this.language);
    this.draft = { topic: '', language: this.language, consent: false };
  }

  connectedCallback(): void {
    this.render();
    this.reportProductView();
  }

  disconnectedCallback(): void {
    this.leaveCall();
    this.closeSocket();
  }

  attributeChangedCallback(name: string, _old: string | null, value: string | null): void {
    if (name === 'lang' && isLanguage(value) && value !== this.language) {
      this.setLanguage(value);
    } else if (name === 'data-product-id' && this.isConnected) {
      this.reportProductView();
    }
  }

  private get api(): ShopperApi {
    sharedApi ??= new ShopperApi(TsunaguButton.apiOrigin, storage());
    return sharedApi;
  }

  private initialLanguage(): Language {
    const own = this.getAttribute('lang');
    if (isLanguage(own)) {
      return own;
    }
    const page = document.documentElement.lang.split('-')[0];
    return isLanguage(page) ? page : pickLanguage(navigator.languages ?? [navigator.language], 'ja');
  }

  private setLanguage(language: Language): void {
    const followed = this.draft.language === this.language;
    this.language = language;
    this.t = translator(widgetMessages, language);
    if (followed) {
      this.draft.language = language;
    }
    this.render();
  }

  /** The switch changes the widget and tells the page, which may follow (the demo shop does). */
  private switchLanguage(): void {
    const next = otherLanguage(this.language);
    this.setAttribute('lang', next);
    this.dispatchEvent(new CustomEvent('tsunagu-language', { detail: { language: next }, bubbles: true, composed: true }));
  }

  private reportProductView(): void {
    const productId = this.dataset.productId?.trim();
    if (!productId || this.reported.has(productId)) {
      return;
    }
    this.reported.add(productId);
    const tags = (this.dataset.productTags ?? '').split(',').map(tag => tag.trim()).filter(Boolean);
    this.api.reportProductView(productId, tags).catch(error => {
      // Behaviour reporting is best effort: the page and the button work without it.
      console.warn('Tsunagu: the product view was not recorded', error);
    });
  }

  // ---- flow ---------------------------------------------------------------------------------

  private open(): void {
    if (this.view.kind === 'closed' || this.view.kind === 'ended' || this.view.kind === 'cancelled') {
      this.show({ kind: 'form', sending: false, error: null });
    }
    this.root.querySelector<HTMLElement>('[data-testid=topic], [data-testid=cancel], [data-testid=hang-up]')?.focus();
  }

  private close(): void {
    this.closeSocket();
    this.show({ kind: 'closed' });
  }

  private async submit(): Promise<void> {
    if (this.view.kind !== 'form' || this.view.sending) {
      return;
    }
    this.show({ kind: 'form', sending: true, error: null });
    try {
      await this.openSocket().whenOpen(SOCKET_OPEN_TIMEOUT_MS);
      const request = await this.api.ask({
        language: this.draft.language,
        topic: this.draft.topic.trim(),
        useBehaviour: this.draft.consent,
      });
      this.show({ kind: 'waiting', requestId: request.id, status: request.status, position: request.position });
      const early = this.earlyUpdate;
      this.earlyUpdate = null;
      if (early?.requestId === request.id) {
        this.onQueueUpdate(early);
      }
    } catch (error) {
      this.closeSocket();
      const invalid = error instanceof ApiError && error.status === 400;
      this.show({ kind: 'form', sending: false, error: invalid ? 'errorInvalid' : 'errorUnavailable' });
    }
  }

  private async cancel(): Promise<void> {
    if (this.view.kind !== 'waiting') {
      return;
    }
    const { requestId } = this.view;
    try {
      await this.api.cancel(requestId);
      this.closeSocket();
      this.show({ kind: 'cancelled' });
    } catch (error) {
      // 409: a staff member accepted in the meantime; the call-start that follows takes over.
      if (!(error instanceof ApiError && error.status === 409)) {
        console.warn('Tsunagu: the request could not be cancelled', error);
      }
    }
  }

  private hangUp(): void {
    if (this.view.kind !== 'call') {
      return;
    }
    const { consultationId } = this.view;
    this.socket?.send({ type: 'hang-up', consultationId });
    this.api.endConsultation(consultationId).catch(error => {
      // The staff member got the hang-up frame and ends the consultation from their side too.
      console.warn('Tsunagu: the consultation could not be ended', error);
    });
    this.finishCall();
  }

  private finishCall(): void {
    this.leaveCall();
    this.closeSocket();
    this.show({ kind: 'ended' });
  }

  // ---- signalling ---------------------------------------------------------------------------

  private openSocket(): SignalSocket {
    if (this.socket) {
      return this.socket;
    }
    this.socket = new SignalSocket({
      url: wsUrl('/ws', TsunaguButton.apiOrigin),
      protocols: async () => headerCarryingProtocols('Shopper-Ticket', await this.api.ticket()),
      onMessage: message => this.onMessage(message),
      onState: (state, previous) => this.onSocketState(state, previous),
    });
    this.socket.open();
    return this.socket;
  }

  private closeSocket(): void {
    this.socket?.close();
    this.socket = null;
  }

  private onSocketState(state: SocketState, previous: SocketState): void {
    this.socketState = state;
    if (state === 'open' && previous === 'reconnecting') {
      // The server forgets room membership with the socket: enter the room again.
      this.session?.join();
    }
    this.render();
  }

  private onMessage(message: ServerMessage): void {
    switch (message.type) {
      case 'queue-update':
        this.onQueueUpdate(message);
        break;
      case 'call-start':
        this.onCallStart(message);
        break;
      case 'call-end':
      case 'hang-up':
        if (this.view.kind === 'call' && this.view.consultationId === message.consultationId) {
          this.finishCall();
        }
        break;
      case 'peer-left':
      case 'peer-joined':
        if (this.view.kind === 'call' && this.view.consultationId === message.consultationId) {
          this.show({ ...this.view, peerLeft: message.type === 'peer-left' });
        }
        void this.session?.handle(message);
        break;
      default:
        void this.session?.handle(message);
    }
  }

  private onQueueUpdate(update: Extract<ServerMessage, { type: 'queue-update' }>): void {
    if (this.view.kind === 'form' && this.view.sending) {
      this.earlyUpdate = update;
      return;
    }
    if (this.view.kind !== 'waiting' || this.view.requestId !== update.requestId) {
      return;
    }
    if (update.status === 'CANCELLED') {
      this.closeSocket();
      this.show({ kind: 'cancelled' });
    } else if (update.status === 'ENDED') {
      this.finishCall();
    } else {
      this.show({ ...this.view, status: update.status, position: update.position });
    }
  }

  private onCallStart(start: CallStart): void {
    // call-start may come twice (matching retries): one call per consultation, and none after it ended.
    if (this.view.kind !== 'waiting' || start.role !== 'shopper') {
      return;
    }
    this.remoteVideo = liveVideo('remote-video', this.t('remoteVideoLabel'), false);
    const view: View = { kind: 'call', consultationId: start.consultationId, streaming: false, peerLeft: false };
    this.session = new PeerSession({
      consultationId: start.consultationId,
      role: 'shopper',
      peerConnection: new RTCPeerConnection({
        iceServers: start.iceServers,
        iceTransportPolicy: start.iceTransportPolicy ?? 'all',
      }),
      send: message => this.socket?.send(message),
      onRemoteStream: stream => {
        if (this.remoteVideo) {
          showStream(this.remoteVideo, stream);
        }
        if (this.view.kind === 'call') {
          this.show({ ...this.view, streaming: true });
        }
      },
      onError: error => console.warn('Tsunagu: the call could not be set up', error),
    });
    this.show(view);
    this.session.join();
  }

  private leaveCall(): void {
    this.session?.close();
    this.session = null;
    if (this.remoteVideo) {
      this.remoteVideo.srcObject = null;
      this.remoteVideo = null;
    }
  }

  // ---- rendering ----------------------------------------------------------------------------

  private show(view: View): void {
    this.view = view;
    this.render();
  }

  private render(): void {
    const t = this.t;
    const askIcon = h('span', { 'aria-hidden': 'true' });
    askIcon.innerHTML = '<svg viewBox="0 0 24 24"><path d="M4 6h11a2 2 0 0 1 2 2v1.5l4-2.5v10l-4-2.5V16a2 2 0 0 1-2 2H4a2 2 0 0 1-2-2V8a2 2 0 0 1 2-2z"/></svg>';
    const ask = h('button', { type: 'button', class: 'ask', 'data-testid': 'ask', 'aria-haspopup': 'dialog' }, askIcon, t('ask'));
    ask.addEventListener('click', () => this.open());
    const langSwitch = h('button', {
      type: 'button', class: 'lang', 'data-testid': 'lang-switch', lang: otherLanguage(this.language),
      'aria-label': t('languageSwitchLabel'),
    }, t('languageSwitch'));
    langSwitch.addEventListener('click', () => this.switchLanguage());

    const style = h('style', {}, WIDGET_CSS);
    const launcher = h('div', { class: 'launcher', lang: this.language }, ask, langSwitch);
    this.root.replaceChildren(style, launcher, ...(this.view.kind === 'closed' ? [] : [this.renderPanel()]));
  }

  private renderPanel(): HTMLElement {
    const t = this.t;
    const closable = this.view.kind === 'form' || this.view.kind === 'ended' || this.view.kind === 'cancelled';
    const close = closable ? h('button', { type: 'button', class: 'close', 'aria-label': t('close') }, '×') : null;
    close?.addEventListener('click', () => this.close());
    const banner = this.socketState === 'reconnecting' && (this.view.kind === 'waiting' || this.view.kind === 'call')
      ? h('p', { class: 'banner', role: 'status' }, t('reconnecting'))
      : null;
    return h('section', { class: 'panel', role: 'dialog', 'aria-labelledby': 'tsunagu-title', lang: this.language },
      h('header', {}, h('h2', { id: 'tsunagu-title' }, this.panelTitle()), close),
      banner,
      h('div', { class: 'body' }, this.renderBody()));
  }

  private panelTitle(): string {
    switch (this.view.kind) {
      case 'waiting': return this.t('waitingTitle');
      case 'call': return this.t('inCallTitle');
      case 'ended': return this.t('endedTitle');
      case 'cancelled': return this.t('cancelledTitle');
      default: return this.t('panelTitle');
    }
  }

  private renderBody(): HTMLElement[] {
    switch (this.view.kind) {
      case 'form': return this.renderForm(this.view.sending, this.view.error);
      case 'waiting': return this.renderWaiting(this.view.status, this.view.position);
      case 'call': return this.renderCall(this.view.streaming, this.view.peerLeft);
      case 'ended': return this.renderEnded();
      case 'cancelled': return this.renderAskAgain();
      case 'closed': return [];
    }
  }

  private renderForm(sending: boolean, error: WidgetKey | null): HTMLElement[] {
    const t = this.t;
    const topic = h('textarea', { 'data-testid': 'topic', maxlength: TOPIC_MAX_LENGTH, placeholder: t('topicPlaceholder') });
    topic.value = this.draft.topic;
    topic.addEventListener('input', () => { this.draft.topic = topic.value; });

    const language = h('select', { 'data-testid': 'language' },
      h('option', { value: 'ja' }, t('languageJa')),
      h('option', { value: 'en' }, t('languageEn')));
    language.value = this.draft.language;
    language.addEventListener('change', () => {
      if (isLanguage(language.value)) {
        this.draft.language = language.value;
      }
    });

    const consent = h('input', { type: 'checkbox', 'data-testid': 'consent' });
    consent.checked = this.draft.consent;
    consent.addEventListener('change', () => { this.draft.consent = consent.checked; });

    const submit = h('button', { type: 'submit', class: 'primary', 'data-testid': 'submit', disabled: sending },
      sending ? t('sending') : t('submit'));
    const form = h('form', { class: 'stack', novalidate: true },
      h('label', {}, t('topicLabel'), topic),
      h('label', {}, t('languageLabel'), language),
      h('label', { class: 'check' }, consent, h('span', {}, t('consent'))),
      h('p', { class: 'hint' }, t('consentHint')),
      h('p', { class: 'hint' }, t('cameraNote')),
      error ? h('p', { class: 'error', role: 'alert' }, t(error)) : null,
      h('div', { class: 'actions' }, submit));
    form.addEventListener('submit', event => {
      event.preventDefault();
      void this.submit();
    });
    return [form];
  }

  private renderWaiting(status: RequestStatus, position: number | null): HTMLElement[] {
    const t = this.t;
    let text: string;
    if (status === 'CONNECTED' || status === 'OFFERED') {
      text = t('staffFound');
    } else {
      text = position === null ? t('waitingTitle') : t('queuePosition', { position });
    }
    const cancel = h('button', { type: 'button', class: 'secondary', 'data-testid': 'cancel' }, t('cancel'));
    cancel.addEventListener('click', () => void this.cancel());
    return [
      h('div', { class: 'spinner', role: 'presentation' }),
      h('p', { class: 'position', 'data-testid': 'queue-position', role: 'status', 'aria-live': 'polite' }, text),
      h('div', { class: 'actions' }, cancel),
    ];
  }

  private renderCall(streaming: boolean, peerLeft: boolean): HTMLElement[] {
    const t = this.t;
    const note = peerLeft ? t('peerLeft') : streaming ? null : t('callConnecting');
    const hangUp = h('button', { type: 'button', class: 'danger', 'data-testid': 'hang-up' }, t('hangUp'));
    hangUp.addEventListener('click', () => this.hangUp());
    return [
      h('div', { class: 'stage' }, this.remoteVideo, note ? h('p', { role: 'status' }, note) : null),
      h('p', { class: 'hint' }, t('cameraNote')),
      h('div', { class: 'actions' }, hangUp),
    ];
  }

  private renderEnded(): HTMLElement[] {
    return [h('p', { 'data-testid': 'call-ended', role: 'status' }, this.t('endedBody')), ...this.renderAskAgain()];
  }

  private renderAskAgain(): HTMLElement[] {
    const again = h('button', { type: 'button', class: 'primary' }, this.t('askAgain'));
    again.addEventListener('click', () => this.show({ kind: 'form', sending: false, error: null }));
    return [h('div', { class: 'actions' }, again)];
  }
}
