import { type ConsoleKey, consoleMessages } from '../i18n/console';
import { type Language, type Translate, otherLanguage, translator } from '../i18n/language';
import { rememberLanguage } from '../i18n/preference';
import type { Consultation, Offer, Outcome, Presence, ShopperReport, Staff, Store, Tag } from '../shared/api-types';
import { ChatLog, type ChatProblem, chatProblem } from '../shared/chat-log';
import { formatCountdown, secondsLeft } from '../shared/countdown';
import { h, liveVideo, refocus, showStream } from '../shared/dom';
import { DEFAULT_TIME_ZONE, formatDateTime, formatMoney, formatTime, localDate } from '../shared/format';
import { ApiError } from '../shared/http';
import type { CallStart, ProductCard, ServerMessage } from '../shared/messages';
import { MAX_ICE_RESTARTS, PeerSession } from '../shared/peer-session';
import { SignalSocket, type SocketState } from '../shared/socket';
import { headerCarryingProtocols, wsUrl } from '../shared/url';
import { PRODUCTS, findProduct } from '../shop/catalogue';
import { askNotificationPermission, beep, notifyOffer } from './alert';
import type { StaffAuth } from './auth';
import { FollowUpsPanel } from './follow-ups';
import { Heartbeat, awayOnClose } from './heartbeat';
import { reasonLines } from './reasons';
import type { StaffApi } from './staff-api';
import { NOTES_MAX_LENGTH, type NotesDraft, OUTCOMES, newDraft, notesPayload } from './wrap-up';

/** Presence is set by matching too (offers, calls, time-outs) and is not pushed: read it this often. */
const PRESENCE_REFRESH_MS = 10_000;
/** After an action that changes presence on the server, look again this often, this many times. */
const PRESENCE_FOLLOW_UP_MS = 500;
const PRESENCE_FOLLOW_UPS = 6;
const COUNTDOWN_TICK_MS = 250;
/** staff-directory keeps at most this much profile text. */
const PROFILE_MAX_LENGTH = 1000;

type ReportState = { kind: 'loading' } | { kind: 'loaded'; report: ShopperReport } | { kind: 'none' } | { kind: 'failed' };

interface OfferCard {
  offer: Offer;
  report: ReportState;
  busy: boolean;
}

type Peer = 'waiting' | 'present' | 'paused' | 'left';

interface Call {
  consultationId: string;
  /** The accepted offer, whose report may still be loading when the call starts. */
  card: OfferCard | null;
  session: PeerSession | null;
  /** The camera is being started for this call: a second call-start must not start another session. */
  starting: boolean;
  localStream: MediaStream | null;
  connected: boolean;
  peer: Peer;
  mediaError: string | null;
  mediaFailed: boolean;
  restarting: number;
  chat: ChatLog;
  chatDraft: string;
  chatError: ChatProblem | null;
  productToShare: string;
}

/**
 * The staff console: presence with a heartbeat, incoming offers with the shopper's report, "why you"
 * and a countdown (with a sound, a desktop notification and a screen-reader announcement), the call
 * with chat and product cards, the wrap-up notes, and the staff member's own consultations. The page
 * has three regions (header, workspace, history) that are redrawn separately, so that typing notes
 * is not disturbed by a presence refresh.
 */
export class ConsoleApp {
  private language: Language;
  private t: Translate<ConsoleKey>;
  private staff: Staff | null = null;
  private tags: Tag[] = [];
  private stores: Store[] = [];
  private history: Consultation[] = [];
  private readonly offers = new Map<string, OfferCard>();
  private call: Call | null = null;
  private notes: NotesDraft | null = null;
  /** Calls already over: a repeated call-start for one of them is ignored. */
  private readonly finishedCalls = new Set<string>();
  private socket: SignalSocket | null = null;
  private socketState: SocketState = 'closed';
  private notice: string | null = null;
  private heartbeatFailures = 0;
  private readonly localVideo: HTMLVideoElement;
  private readonly remoteVideo: HTMLVideoElement;
  private readonly heartbeat: Heartbeat;

  private readonly header = h('header', { class: 'bar' });
  private readonly workspace = h('main', { class: 'workspace', id: 'workspace' });
  private readonly historyRegion = h('aside', { class: 'history' });
  private readonly profileRegion = h('section', { class: 'profile' });
  private readonly historyList = h('section', {});
  private readonly followUps: FollowUpsPanel;
  private profileDraft: string | null = null;
  private profileState: 'idle' | 'saving' | 'saved' | 'failed' = 'idle';
  /** Announces incoming offers to screen readers; kept out of the redrawn regions so it is never replaced. */
  private readonly skip = h('a', { class: 'skip', href: '#workspace' });
  private readonly announcer = h('p', { class: 'visually-hidden', 'aria-live': 'assertive', role: 'alert', 'data-testid': 'offer-announcement' });

  constructor(
    private readonly root: HTMLElement,
    private readonly auth: StaffAuth,
    private readonly api: StaffApi,
    language: Language,
  ) {
    this.language = language;
    this.t = translator(consoleMessages, language);
    this.localVideo = liveVideo('local-video', this.t('localVideoLabel'), true);
    this.remoteVideo = liveVideo('remote-video', this.t('remoteVideoLabel'), false);
    this.followUps = new FollowUpsPanel(api, () => ({
      t: this.t, username: this.staff?.username ?? null, language: this.language, timeZone: this.timeZone,
      tagName: id => this.tagName(id), languageName: code => this.languageName(code),
    }));
    this.heartbeat = new Heartbeat(() => this.api.heartbeat(), failures => {
      if ((failures >= 2) !== (this.heartbeatFailures >= 2)) {
        this.heartbeatFailures = failures;
        this.renderHeader();
      }
      this.heartbeatFailures = failures;
    });
  }

  async start(): Promise<void> {
    this.historyRegion.replaceChildren(this.profileRegion, this.followUps.element, this.historyList);
    this.root.replaceChildren(this.skip, this.header, h('div', { class: 'columns' }, this.workspace, this.historyRegion), this.announcer);
    this.render();
    try {
      const [staff, tags, stores] = await Promise.all([this.api.me(), this.api.taxonomy(), this.api.stores()]);
      this.staff = staff;
      this.tags = tags;
      this.stores = stores;
    } catch (error) {
      const key: ConsoleKey = error instanceof ApiError && error.status === 404 ? 'noStaffRecord' : 'loginFailed';
      this.root.replaceChildren(h('p', { class: 'fatal', role: 'alert' }, this.t(key)));
      return;
    }
    await this.loadHistory();
    this.resumeUnfinishedConsultation();
    this.openSocket();
    await this.loadPendingOffers();
    this.render();
    this.heartbeat.start();
    this.followUps.start();
    // The last word of a closing console: AWAY, so that no offer goes to an empty chair.
    window.addEventListener('pagehide', () => {
      awayOnClose(this.chosen, this.auth.currentToken());
    });
    setInterval(() => void this.refreshStaff(), PRESENCE_REFRESH_MS);
    setInterval(() => this.tickCountdowns(), COUNTDOWN_TICK_MS);
  }

  // ---- data ---------------------------------------------------------------------------------

  /** The staff member's own choice of AVAILABLE, AWAY or OFFLINE, which a call may be shown over. */
  private get chosen(): Presence | undefined {
    return this.staff?.availability ?? this.staff?.presence;
  }

  private get timeZone(): string {
    return this.stores.find(store => store.id === this.staff?.storeId)?.timeZone ?? DEFAULT_TIME_ZONE;
  }

  private async refreshStaff(): Promise<void> {
    try {
      this.staff = await this.api.me();
      this.renderHeader();
      if (!this.call && !this.notes) {
        this.renderWorkspace();
      }
    } catch {
      // The next periodic refresh tries again; the header keeps the last known state meanwhile.
    }
  }

  /** Presence follows an action on the server shortly after it answers: look until it has moved. */
  private async followPresence(until: (presence: Presence) => boolean): Promise<void> {
    for (let attempt = 0; attempt < PRESENCE_FOLLOW_UPS; attempt++) {
      await this.refreshStaff();
      if (this.staff && until(this.staff.presence)) {
        return;
      }
      await new Promise(resolve => setTimeout(resolve, PRESENCE_FOLLOW_UP_MS));
    }
  }

  private async loadHistory(): Promise<void> {
    try {
      this.history = await this.api.myConsultations();
    } catch (error) {
      this.showNotice(error);
    }
    this.renderHistory();
  }

  /** After a reload during a call or its wrap-up, the consultation still needs its notes. */
  private resumeUnfinishedConsultation(): void {
    const presence = this.staff?.presence;
    if (presence !== 'IN_CALL' && presence !== 'WRAP_UP') {
      return;
    }
    const unfinished = this.history.find(consultation => consultation.notes === null);
    if (unfinished) {
      this.finishedCalls.add(unfinished.id);
      if (unfinished.status === 'ACTIVE') {
        this.api.end(unfinished.id).catch(error => this.showNotice(error));
      }
      this.notes = newDraft(unfinished.id);
    }
  }

  private async loadPendingOffers(): Promise<void> {
    try {
      (await this.api.pendingOffers()).forEach(offer => this.addOffer(offer, false));
    } catch (error) {
      this.showNotice(error);
    }
  }

  private storeName(id: string): string {
    return this.stores.find(store => store.id === id)?.name[this.language] ?? id;
  }

  private tagName(id: string): string {
    return this.tags.find(tag => tag.id === id)?.name[this.language] ?? id;
  }

  private productName(id: string): string {
    return findProduct(id)?.name[this.language] ?? id;
  }

  // ---- presence -----------------------------------------------------------------------------

  private async setPresence(presence: 'AVAILABLE' | 'AWAY'): Promise<void> {
    if (presence === 'AVAILABLE') {
      // A click is the moment browsers allow the question; offers may then notify while hidden.
      askNotificationPermission();
    }
    try {
      this.staff = await this.api.setPresence(presence);
      this.notice = null;
    } catch (error) {
      const slug = error instanceof ApiError ? error.slug : null;
      this.notice = slug === 'not-on-shift' ? this.t('notOnShift') : this.t('actionFailed', { detail: describe(error) });
    }
    this.render();
  }

  // ---- signalling ---------------------------------------------------------------------------

  private openSocket(): void {
    this.socket = new SignalSocket({
      url: wsUrl('/ws'),
      protocols: async () => headerCarryingProtocols('Authorization', `Bearer ${await this.auth.token()}`),
      refreshToken: () => this.auth.token(),
      refreshEveryMs: 2 * 60_000,
      onMessage: message => this.onMessage(message),
      onState: (state, previous) => {
        this.socketState = state;
        if (state === 'open' && previous === 'reconnecting') {
          // Offers pushed while the socket was down are still pending on the server; the room
          // is resumed with the token signaling gave.
          void this.loadPendingOffers().then(() => this.renderWorkspace());
          this.call?.session?.join();
          void this.catchUpCall();
        }
        this.renderHeader();
        if (this.call) {
          this.renderWorkspace();
        }
      },
    });
    this.socket.open();
  }

  /** An accepted call whose call-start was lost with the socket starts from the ICE servers signaling hands out. */
  private async catchUpCall(): Promise<void> {
    const call = this.call;
    if (!call || call.session || call.starting) {
      return;
    }
    try {
      const ice = await this.api.iceServers();
      await this.startCall({
        type: 'call-start', consultationId: call.consultationId, role: 'staff',
        iceServers: ice.iceServers, iceTransportPolicy: ice.iceTransportPolicy ?? 'all',
      });
    } catch (error) {
      this.showNotice(error);
    }
  }

  private onMessage(message: ServerMessage): void {
    const call = this.call;
    const inThisCall = call !== null && 'consultationId' in message && call.consultationId === message.consultationId;
    switch (message.type) {
      case 'offer-notice':
        this.addOffer(message.offer, true);
        this.renderWorkspace();
        void this.followPresence(presence => presence === 'OFFERED');
        break;
      case 'offer-withdrawn':
        if (this.offers.delete(message.offerId)) {
          this.announcer.textContent = this.t('offerWithdrawn');
          this.renderWorkspace();
        }
        // A timed-out offer sends the staff member AWAY.
        void this.followPresence(presence => presence !== 'OFFERED');
        break;
      case 'call-start':
        void this.startCall(message);
        break;
      case 'hang-up':
      case 'call-end':
        if (inThisCall) {
          void this.endCall(false);
        }
        break;
      case 'chat':
        if (inThisCall && call) {
          call.chat.received(message);
          this.renderWorkspace();
        }
        break;
      case 'peer-left':
      case 'peer-joined':
      case 'peer-paused':
      case 'peer-resumed':
        if (inThisCall && call) {
          call.peer = message.type === 'peer-left' ? 'left' : message.type === 'peer-paused' ? 'paused' : 'present';
          this.renderWorkspace();
        }
        void call?.session?.handle(message);
        break;
      case 'error':
        if (message.code === 'BAD_RESUME') {
          call?.session?.resumeRefused();
        }
        break;
      default:
        void call?.session?.handle(message);
    }
  }

  // ---- offers -------------------------------------------------------------------------------

  private addOffer(offer: Offer, fresh: boolean): void {
    if (offer.status !== 'PENDING' || this.offers.has(offer.id) || secondsLeft(offer.expiresAt, Date.now()) === 0) {
      return;
    }
    const card: OfferCard = { offer, report: { kind: 'loading' }, busy: false };
    this.offers.set(offer.id, card);
    if (fresh) {
      const topic = offer.shopper.topic || this.t('offerNoTopic');
      this.announcer.textContent = this.t('offerAnnouncement', { topic, seconds: secondsLeft(offer.expiresAt, Date.now()) });
      beep();
      notifyOffer(this.t('offerTitle'), topic, offer.id);
    }
    this.api.report(offer.shopper.visitorId).then(
      report => { card.report = { kind: 'loaded', report }; },
      error => { card.report = error instanceof ApiError && error.status === 404 ? { kind: 'none' } : { kind: 'failed' }; },
    ).finally(() => {
      if (this.offers.get(offer.id) === card || this.call?.card === card) {
        this.renderWorkspace();
      }
    });
  }

  private async accept(card: OfferCard): Promise<void> {
    card.busy = true;
    this.renderWorkspace();
    try {
      const consultation = await this.api.accept(card.offer.id);
      this.offers.clear();
      this.announcer.textContent = '';
      // call-start may have come first; otherwise the call waits for it.
      if (!this.call && !this.finishedCalls.has(consultation.id)) {
        this.call = emptyCall(consultation.id, card);
      } else if (this.call && !this.call.card) {
        this.call.card = card;
      }
      void this.followPresence(presence => presence === 'IN_CALL');
    } catch (error) {
      this.offers.delete(card.offer.id);
      this.notice = error instanceof ApiError && error.status === 409 ? this.t('offerGone') : this.t('actionFailed', { detail: describe(error) });
      void this.refreshStaff();
    }
    this.render();
  }

  private async decline(card: OfferCard): Promise<void> {
    card.busy = true;
    this.renderWorkspace();
    try {
      await this.api.decline(card.offer.id);
    } catch (error) {
      this.showNotice(error);
    }
    this.offers.delete(card.offer.id);
    this.announcer.textContent = '';
    this.renderWorkspace();
    void this.followPresence(presence => presence !== 'OFFERED');
  }

  private tickCountdowns(): void {
    const now = Date.now();
    this.workspace.querySelectorAll<HTMLElement>('[data-testid=offer-countdown]').forEach(element => {
      const left = secondsLeft(element.dataset.deadline ?? now, now);
      element.textContent = left > 0 ? this.t('offerCountdown', { time: formatCountdown(left) }) : this.t('offerExpired');
      element.classList.toggle('urgent', left <= 5);
    });
  }

  // ---- call ---------------------------------------------------------------------------------

  private async startCall(start: CallStart): Promise<void> {
    const id = start.consultationId;
    if (start.role !== 'staff' || this.finishedCalls.has(id) || this.call?.session || this.call?.starting
      || (this.call && this.call.consultationId !== id)) {
      return;
    }
    const call = this.call ?? emptyCall(id, null);
    call.starting = true;
    this.call = call;
    this.offers.clear();
    this.renderWorkspace();

    try {
      call.localStream = await navigator.mediaDevices.getUserMedia({ video: true, audio: true });
      showStream(this.localVideo, call.localStream);
    } catch (error) {
      call.mediaError = error instanceof DOMException ? error.name : describe(error);
    }
    if (this.call !== call) {
      // Hung up while the camera was starting.
      call.localStream?.getTracks().forEach(track => track.stop());
      return;
    }
    call.session = new PeerSession({
      consultationId: id,
      role: 'staff',
      peerConnection: new RTCPeerConnection({ iceServers: start.iceServers, iceTransportPolicy: start.iceTransportPolicy ?? 'all' }),
      send: message => this.socket?.send(message),
      localStream: call.localStream,
      onRemoteStream: stream => showStream(this.remoteVideo, stream),
      onConnectionState: state => {
        call.connected = state === 'connected';
        call.restarting = state === 'connected' ? 0 : call.session?.iceRestarts ?? 0;
        if (state === 'connected') {
          call.mediaFailed = false;
        }
        if (this.call === call) {
          this.renderWorkspace();
        }
      },
      onGiveUp: () => {
        call.mediaFailed = true;
        if (this.call === call) {
          this.renderWorkspace();
        }
      },
      onError: error => this.showNotice(error),
    });
    call.session.join();
    this.renderWorkspace();
  }

  /** Ends the call on this side; `own` when this staff member hung up, so that the shopper is told. */
  private async endCall(own: boolean): Promise<void> {
    const call = this.call;
    if (!call) {
      return;
    }
    this.call = null;
    this.finishedCalls.add(call.consultationId);
    if (own) {
      this.socket?.send({ type: 'hang-up', consultationId: call.consultationId });
    }
    call.session?.close();
    call.localStream?.getTracks().forEach(track => track.stop());
    this.localVideo.srcObject = null;
    this.remoteVideo.srcObject = null;
    this.notes = newDraft(call.consultationId, call.chat.products.map(product => product.id));
    this.renderWorkspace();
    try {
      // Ending twice is harmless: the shopper may have ended it already.
      await this.api.end(call.consultationId);
    } catch (error) {
      this.showNotice(error);
    }
    await this.loadHistory();
    void this.followPresence(presence => presence !== 'IN_CALL');
  }

  private sendChat(call: Call): void {
    call.chatError = chatProblem(call.chatDraft);
    const text = call.chatDraft.trim();
    if (!call.chatError && this.socket?.send({ type: 'chat', consultationId: call.consultationId, text })) {
      call.chat.sent(text);
      call.chatDraft = '';
    }
    this.renderWorkspace();
  }

  private shareProduct(call: Call): void {
    const product = findProduct(call.productToShare);
    if (!product) {
      return;
    }
    // The card is in the shopper's language: it is for them.
    const language = call.card?.offer.shopper.language === 'en' ? 'en' : 'ja';
    const card: ProductCard = {
      id: product.id, name: product.name[language], price: product.priceJpy, currency: 'JPY',
      url: `/products/${product.id}.html`, imageUrl: null,
    };
    if (this.socket?.send({ type: 'product-card', consultationId: call.consultationId, product: card })) {
      call.chat.sentProduct(card);
    }
    this.renderWorkspace();
  }

  // ---- notes --------------------------------------------------------------------------------

  private async saveNotes(): Promise<void> {
    const draft = this.notes;
    if (!draft || draft.saving) {
      return;
    }
    const payload = notesPayload(draft, localDate(new Date(), this.timeZone));
    if ('error' in payload) {
      draft.error = payload.error;
      this.renderWorkspace();
      return;
    }
    draft.saving = true;
    draft.error = null;
    this.renderWorkspace();
    try {
      await this.api.writeNotes(draft.consultationId, payload.notes);
      this.notes = null;
      this.notice = null;
      await this.loadHistory();
      await this.followPresence(presence => presence !== 'WRAP_UP');
    } catch {
      draft.saving = false;
      draft.error = 'notesFailed';
    }
    this.render();
  }

  // ---- rendering ----------------------------------------------------------------------------

  private switchLanguage(): void {
    this.language = otherLanguage(this.language);
    this.t = translator(consoleMessages, this.language);
    rememberLanguage(this.language);
    this.localVideo.setAttribute('aria-label', this.t('localVideoLabel'));
    this.remoteVideo.setAttribute('aria-label', this.t('remoteVideoLabel'));
    this.render();
  }

  private showNotice(error: unknown): void {
    this.notice = this.t('actionFailed', { detail: describe(error) });
    this.renderWorkspace();
  }

  private render(): void {
    document.title = this.t('title');
    this.renderHeader();
    this.renderWorkspace();
    this.renderProfile();
    this.followUps.render();
    this.renderHistory();
  }

  /** The staff member's own profile text, which staff-directory lets them (and only them) edit. */
  private renderProfile(): void {
    const t = this.t;
    if (!this.staff) {
      this.profileRegion.replaceChildren();
      return;
    }
    const text = h('textarea', { id: 'profile-text', 'data-testid': 'profile-text', maxlength: PROFILE_MAX_LENGTH, rows: 4, placeholder: t('profilePlaceholder') });
    text.value = this.profileDraft ?? this.staff.profileText ?? '';
    text.addEventListener('input', () => { this.profileDraft = text.value; });
    const save = h('button', { type: 'submit', 'data-testid': 'profile-save', disabled: this.profileState === 'saving' }, t('profileSave'));
    const status: ConsoleKey | null = this.profileState === 'saved' ? 'profileSaved' : this.profileState === 'failed' ? 'profileFailed' : null;
    const form = h('form', { class: 'notes', novalidate: true },
      h('label', { for: 'profile-text' }, t('profileLabel')), text,
      h('p', { class: 'muted' }, t('profileHint')),
      status ? h('p', { role: 'status', 'data-testid': 'profile-status' }, t(status)) : null,
      h('div', { class: 'actions' }, save));
    form.addEventListener('submit', event => {
      event.preventDefault();
      void this.saveProfile(text.value);
    });
    const details = h('details', { 'data-testid': 'profile', open: this.profileState !== 'idle' }, h('summary', {}, t('profileTitle')), form);
    this.profileRegion.replaceChildren(details);
  }

  private async saveProfile(text: string): Promise<void> {
    this.profileState = 'saving';
    this.renderProfile();
    try {
      this.staff = await this.api.setProfileText(text.trim());
      this.profileDraft = null;
      this.profileState = 'saved';
    } catch {
      this.profileState = 'failed';
    }
    this.renderProfile();
  }

  private renderHeader(): void {
    this.skip.textContent = this.t('skipToWork');
    const t = this.t;
    const staff = this.staff;
    const presence = staff ? t(`presence_${staff.presence}`) : '…';
    // The buttons are the staff member's choice for further offers; a call or wrap-up goes on whatever they choose.
    const available = h('button', {
      type: 'button', class: 'primary', 'data-testid': 'presence-available', 'aria-pressed': String(this.chosen === 'AVAILABLE'),
    }, t('goAvailable'));
    available.addEventListener('click', () => void this.setPresence('AVAILABLE'));
    const away = h('button', {
      type: 'button', 'data-testid': 'presence-away', 'aria-pressed': String(this.chosen === 'AWAY'),
    }, t('goAway'));
    away.addEventListener('click', () => void this.setPresence('AWAY'));
    const languageSwitch = h('button', {
      type: 'button', class: 'link', 'data-testid': 'lang-switch', lang: otherLanguage(this.language),
      'aria-label': t('languageSwitchLabel'),
    }, t('languageSwitch'));
    languageSwitch.addEventListener('click', () => this.switchLanguage());
    const logout = h('button', { type: 'button', class: 'link' }, t('logout'));
    logout.addEventListener('click', () => void this.auth.logout());
    const connection: ConsoleKey = this.socketState === 'open' ? 'connectionOpen'
      : this.socketState === 'reconnecting' ? 'connectionReconnecting' : 'connectionConnecting';
    const shift = staff?.shiftEndsAt ? t('shiftEnds', { time: formatTime(staff.shiftEndsAt, this.language, this.timeZone) })
      : staff?.onShift === false ? t('offShift') : null;

    this.header.replaceChildren(
      h('div', { class: 'who' },
        h('h1', {}, t('title')),
        staff ? h('span', {}, `${staff.displayName} · ${this.storeName(staff.storeId)}`) : null,
        shift ? h('span', { class: 'shift', 'data-testid': 'shift' }, shift) : null),
      h('div', { class: 'presence' },
        h('span', { class: 'label', id: 'presence-label' }, t('presenceLabel')),
        h('strong', { 'data-testid': 'presence', class: `state state-${staff?.presence ?? 'unknown'}`, role: 'status', 'aria-labelledby': 'presence-label' }, presence),
        available, away),
      h('div', { class: 'tools' },
        h('span', { class: `connection connection-${this.socketState}`, role: 'status', 'data-testid': 'connection' }, t(connection)),
        this.heartbeatFailures >= 2 ? h('span', { class: 'connection connection-reconnecting', role: 'status' }, t('heartbeatFailing')) : null,
        languageSwitch, logout));
  }

  private renderWorkspace(): void {
    const notice = this.notice ? h('p', { class: 'notice', role: 'alert' }, this.notice) : null;
    if (this.call) {
      this.keepFocus(() => this.workspace.replaceChildren(...this.renderCall(this.call!), ...(notice ? [notice] : [])));
    } else if (this.notes) {
      this.keepFocus(() => this.workspace.replaceChildren(...this.renderNotes(this.notes!), ...(notice ? [notice] : [])));
    } else {
      this.keepFocus(() => this.workspace.replaceChildren(...(notice ? [notice] : []), ...this.renderQueue()));
      this.tickCountdowns();
    }
  }

  /** Redrawing replaces the elements: keep the keyboard focus on the control that had it. */
  private keepFocus(redraw: () => void): void {
    const active = document.activeElement as HTMLElement | null;
    const testId = active && this.workspace.contains(active) ? active.dataset.testid : undefined;
    redraw();
    if (testId) {
      refocus(this.workspace.querySelector<HTMLElement>(`[data-testid="${testId}"]`));
    }
  }

  private renderQueue(): HTMLElement[] {
    const t = this.t;
    const cards = [...this.offers.values()].map(card => this.renderOffer(card));
    const empty = this.chosen === 'AVAILABLE' ? t('queueEmptyAvailable') : t('queueEmptyOther');
    return [h('h2', {}, t('queueTitle')), ...(cards.length ? cards : [h('p', { class: 'empty' }, empty)])];
  }

  /**
   * A staff member who may hold two consultations is offered another during a call. The console holds one
   * call at a time, so that offer is shown to be declined (passed on to someone free) rather than accepted.
   */
  private renderOffer(card: OfferCard, duringCall = false): HTMLElement {
    const t = this.t;
    const { offer } = card;
    const interests = offer.shopper.topInterests;
    const accept = h('button', { type: 'button', class: 'primary', 'data-testid': 'offer-accept', disabled: card.busy || duringCall }, t('offerAccept'));
    accept.addEventListener('click', () => void this.accept(card));
    const decline = h('button', { type: 'button', 'data-testid': 'offer-decline', disabled: card.busy }, t('offerDecline'));
    decline.addEventListener('click', () => void this.decline(card));
    const why = reasonLines(offer.reasons, this.language);

    return h('article', { class: 'offer', 'data-testid': 'offer', 'aria-labelledby': `offer-${offer.id}` },
      h('header', {},
        h('h3', { id: `offer-${offer.id}` }, t('offerTitle')),
        h('span', { class: 'countdown', 'data-testid': 'offer-countdown', 'data-deadline': offer.expiresAt, role: 'timer', 'aria-live': 'off' })),
      h('div', { class: 'offer-grid' },
        h('div', {},
          h('dl', {},
            h('dt', {}, t('offerTopic')), h('dd', { class: 'topic' }, offer.shopper.topic || t('offerNoTopic')),
            h('dt', {}, t('offerLanguage')), h('dd', {}, this.languageName(offer.shopper.language)),
            h('dt', {}, t('offerInterests')),
            h('dd', { 'data-testid': 'offer-interests' }, interests.length
              ? h('ul', { class: 'chips' }, interests.map(interest => h('li', {}, this.tagName(interest.tag))))
              : t('offerNoInterests'))),
          why.length
            ? h('section', { class: 'why', 'data-testid': 'offer-why' }, h('h4', {}, t('offerWhyYou')),
              h('ul', {}, why.map(line => h('li', {}, line))))
            : null,
          duringCall ? h('p', { class: 'muted', 'data-testid': 'offer-during-call' }, t('offerDuringCall')) : null,
          h('div', { class: 'actions' }, accept, decline)),
        this.renderReport(card.report, interests.length > 0)));
  }

  private languageName(code: string): string {
    return code === 'ja' || code === 'en' ? this.t(`language_${code}`) : code;
  }

  /**
   * What the shopper's profile adds: past consultations always; recently viewed products, favourites
   * and channels only when the shopper let us use their browsing (profile-bridge hides them otherwise).
   */
  private renderReport(state: ReportState, behaviourShared: boolean): HTMLElement {
    const t = this.t;
    if (state.kind === 'loading') {
      return h('p', { class: 'muted report', 'data-testid': 'report' }, t('offerReportLoading'));
    }
    if (state.kind === 'failed') {
      return h('p', { class: 'muted report', 'data-testid': 'report' }, t('offerReportFailed'));
    }
    const report = state.kind === 'loaded' ? state.report : null;
    const products = behaviourShared ? report?.recentProducts ?? [] : [];
    const favourites = behaviourShared ? report?.favourites ?? [] : [];
    const channels = behaviourShared ? report?.channels : undefined;
    const notes = report?.notes ?? [];
    const productLine = (productId: string, tags: string[] = []) => h('li', {}, this.productName(productId),
      tags.length ? ` (${tags.map(tag => this.tagName(tag)).join(', ')})` : '');
    return h('section', { class: 'report', 'data-testid': 'report', 'aria-label': t('reportTitle') },
      h('h4', {}, t('reportTitle')),
      products.length ? h('section', {}, h('h5', {}, t('offerRecentProducts')), h('ul', {}, products.map(p => productLine(p.productId, p.tags)))) : null,
      favourites.length ? h('section', {}, h('h5', {}, t('reportFavourites')), h('ul', {}, favourites.map(p => productLine(p.productId, p.tags)))) : null,
      channels
        ? h('p', { class: 'muted' }, t('reportChannels', {
          online: channels.onlineSessions, visits: channels.storeVisits,
          store: channels.lastStoreId ? this.storeName(channels.lastStoreId) : '—',
        }))
        : null,
      h('section', {}, h('h5', {}, t('offerPastNotes')),
        notes.length
          ? h('ul', {}, notes.map(note => h('li', {},
            h('p', {}, note.text),
            h('small', {}, t('noteMeta', { date: formatDateTime(note.at, this.language, this.timeZone), staff: note.staffUsername })))))
          : h('p', { class: 'muted' }, t('offerNoHistory'))));
  }

  private renderCall(call: Call): HTMLElement[] {
    const t = this.t;
    let status: string;
    if (!call.session) {
      status = t('callPreparing');
    } else if (call.mediaFailed) {
      status = t('callMediaFailed');
    } else if (call.peer === 'left') {
      status = t('callPeerLeft');
    } else if (call.peer === 'paused') {
      status = t('callPeerPaused');
    } else if (call.restarting > 0) {
      status = t('callRestarting', { attempt: call.restarting, max: MAX_ICE_RESTARTS });
    } else {
      status = call.connected ? t('callConnected') : t('callWaitingForShopper');
    }
    const hangUp = h('button', { type: 'button', class: 'danger', 'data-testid': 'hang-up' }, t('hangUp'));
    hangUp.addEventListener('click', () => void this.endCall(true));
    const elements: HTMLElement[] = [
      h('h2', {}, t('callTitle')),
      this.socketState === 'reconnecting' ? h('p', { class: 'notice', role: 'status', 'data-testid': 'reconnecting' }, t('connectionReconnecting')) : h('span', {}),
      h('div', { class: 'call-grid' },
        h('div', {},
          h('div', { class: 'stage' },
            h('figure', { class: 'remote' }, this.remoteVideo, h('figcaption', { role: 'status', 'data-testid': 'call-status' }, status)),
            h('figure', { class: 'local' }, this.localVideo, h('figcaption', {}, t('localVideoLabel')))),
          call.mediaError ? h('p', { class: 'notice', role: 'alert' }, t('mediaFailed', { reason: call.mediaError })) : h('span', {}),
          h('div', { class: 'actions' }, hangUp),
          this.renderChat(call)),
        h('div', {},
          call.card ? h('p', { class: 'topic' }, call.card.offer.shopper.topic || t('offerNoTopic')) : null,
          this.renderReport(call.card?.report ?? { kind: 'none' }, (call.card?.offer.shopper.topInterests.length ?? 0) > 0))),
      ...[...this.offers.values()].map(card => this.renderOffer(card, true)),
    ];
    return elements;
  }

  private renderChat(call: Call): HTMLElement {
    const t = this.t;
    const entries = call.chat.entries.map(entry => entry.kind === 'product'
      ? h('li', { class: 'own product' }, t('chatProductShared', {
        name: entry.product.name, price: formatMoney(entry.product.price, entry.product.currency, this.language),
      }))
      : h('li', { class: entry.own ? 'own' : 'peer' },
        h('span', { class: 'who' }, entry.own ? t('chatFromYou') : t('chatFromShopper'), ' · ',
          h('time', { datetime: entry.at }, formatTime(entry.at, this.language, this.timeZone))),
        h('span', { class: 'text' }, entry.text)));
    const input = h('input', {
      type: 'text', id: 'chat-input', 'data-testid': 'chat-input', autocomplete: 'off', maxlength: 2000,
      'aria-invalid': call.chatError ? 'true' : false,
    });
    input.value = call.chatDraft;
    input.addEventListener('input', () => { call.chatDraft = input.value; });
    const form = h('form', { class: 'chat-form', novalidate: true },
      h('label', { for: 'chat-input' }, t('chatLabel')), input,
      h('button', { type: 'submit', 'data-testid': 'chat-send' }, t('chatSend')));
    form.addEventListener('submit', event => {
      event.preventDefault();
      this.sendChat(call);
    });

    const picker = h('select', { id: 'share-product', 'data-testid': 'share-product-select' },
      h('option', { value: '' }, t('shareChoose')),
      PRODUCTS.map(product => h('option', { value: product.id }, `${product.name[this.language]} (${formatMoney(product.priceJpy, 'JPY', this.language)})`)));
    picker.value = call.productToShare;
    picker.addEventListener('change', () => { call.productToShare = picker.value; });
    const share = h('button', { type: 'button', 'data-testid': 'share-product' }, t('shareSend'));
    share.addEventListener('click', () => this.shareProduct(call));

    const log = h('ol', { class: 'chat-log', 'data-testid': 'chat-log', 'aria-live': 'polite', 'aria-label': t('chatTitle') }, entries);
    queueMicrotask(() => { log.scrollTop = log.scrollHeight; });
    return h('section', { class: 'chat' },
      h('h3', {}, t('chatTitle')),
      entries.length ? log : h('p', { class: 'muted', 'data-testid': 'chat-log' }, t('chatEmpty')),
      call.chatError === 'tooLong' ? h('p', { class: 'notice', role: 'alert' }, t('chatTooLong')) : null,
      form,
      h('div', { class: 'share' }, h('label', { for: 'share-product' }, t('shareLabel')), picker, share));
  }

  private renderNotes(draft: NotesDraft): HTMLElement[] {
    const t = this.t;
    const text = h('textarea', { id: 'notes-text', 'data-testid': 'notes-text', maxlength: NOTES_MAX_LENGTH, placeholder: t('notesPlaceholder'), rows: 6 });
    text.value = draft.text;
    text.addEventListener('input', () => { draft.text = text.value; });
    const checkboxes = (name: string, values: { id: string; label: string; indent?: boolean }[], chosen: Set<string>) => values.map(value => {
      const box = h('input', { type: 'checkbox', value: value.id, name });
      box.checked = chosen.has(value.id);
      box.addEventListener('change', () => {
        if (box.checked) {
          chosen.add(value.id);
        } else {
          chosen.delete(value.id);
        }
      });
      return h('label', { class: value.indent ? 'child' : null }, box, value.label);
    });
    const tags = h('fieldset', { 'data-testid': 'notes-tags', class: 'tag-picker' },
      h('legend', {}, t('notesTags')),
      checkboxes('tags', this.tags.map(tag => ({
        id: tag.id, label: this.tagName(tag.id), indent: 'parentId' in tag && Boolean((tag as { parentId?: string | null }).parentId),
      })), draft.tags));
    const products = h('fieldset', { 'data-testid': 'notes-products', class: 'tag-picker' },
      h('legend', {}, t('notesProducts')),
      checkboxes('products', PRODUCTS.map(product => ({ id: product.id, label: product.name[this.language] })), draft.productIds));
    const outcome = h('select', { id: 'notes-outcome', 'data-testid': 'notes-outcome' },
      h('option', { value: '' }, t('outcomeNone')),
      OUTCOMES.map(value => h('option', { value }, t(`outcome_${value}`))));
    outcome.value = draft.outcome;
    outcome.addEventListener('change', () => { draft.outcome = outcome.value as Outcome | ''; });
    const followUp = h('input', { type: 'date', id: 'notes-follow-up', 'data-testid': 'notes-follow-up', min: localDate(new Date(), this.timeZone) });
    followUp.value = draft.followUpOn;
    followUp.addEventListener('input', () => { draft.followUpOn = followUp.value; });
    const save = h('button', { type: 'submit', class: 'primary', 'data-testid': 'notes-save', disabled: draft.saving },
      draft.saving ? t('notesSaving') : t('notesSave'));
    const form = h('form', { class: 'notes', novalidate: true },
      h('h2', {}, t('notesTitle')),
      h('p', { class: 'muted' }, t('notesWrapUp')),
      h('label', { class: 'field', for: 'notes-text' }, t('notesText')), text,
      tags,
      products,
      h('div', { class: 'row' },
        h('div', { class: 'field' }, h('label', { for: 'notes-outcome' }, t('notesOutcome')), outcome),
        h('div', { class: 'field' }, h('label', { for: 'notes-follow-up' }, t('notesFollowUp')), followUp)),
      draft.error ? h('p', { class: 'notice', role: 'alert' }, t(draft.error)) : null,
      h('div', { class: 'actions' }, save));
    form.addEventListener('submit', event => {
      event.preventDefault();
      void this.saveNotes();
    });
    return [form];
  }

  private renderHistory(): void {
    const t = this.t;
    const items = this.history.map(consultation => h('li', {},
      h('div', { class: 'meta' },
        h('time', { datetime: consultation.startedAt }, formatDateTime(consultation.startedAt, this.language, this.timeZone)),
        h('span', {}, t('shopper', { id: consultation.visitorId }))),
      consultation.status === 'ACTIVE' ? h('strong', {}, t('historyActive')) : null,
      consultation.notes
        ? [h('p', {}, consultation.notes.text),
          consultation.notes.outcome ? h('p', { class: 'muted' }, t(`outcome_${consultation.notes.outcome}`)) : null,
          consultation.notes.followUpOn ? h('p', { class: 'muted' }, t('historyFollowUp', { date: consultation.notes.followUpOn })) : null,
          h('ul', { class: 'chips' }, consultation.notes.tags.map(tag => h('li', {}, this.tagName(tag))))]
        : h('p', { class: 'muted' }, t('historyNoNotes'))));
    this.historyList.replaceChildren(
      h('h2', {}, t('historyTitle')),
      items.length ? h('ol', { 'data-testid': 'history' }, items) : h('p', { 'data-testid': 'history', class: 'muted' }, t('historyEmpty')));
  }
}

function emptyCall(consultationId: string, card: OfferCard | null): Call {
  return {
    consultationId, card, session: null, starting: false, localStream: null,
    connected: false, peer: 'waiting', mediaError: null, mediaFailed: false, restarting: 0, chat: new ChatLog('staff'),
    chatDraft: '', chatError: null, productToShare: '',
  };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
