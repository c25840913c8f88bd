import { type ConsoleKey, consoleMessages } from '../i18n/console';
import { type Language, type Translate, otherLanguage, translator } from '../i18n/language';
import { rememberLanguage } from '../i18n/preference';
import type { Consultation, Offer, Presence, ShopperReport, Staff, Store, Tag } from '../shared/api-types';
import { formatCountdown, secondsLeft } from '../shared/countdown';
import { h, liveVideo, showStream } from '../shared/dom';
import { ApiError } from '../shared/http';
import type { CallStart, ServerMessage } from '../shared/messages';
import { PeerSession } from '../shared/peer-session';
import { SignalSocket, type SocketState } from '../shared/socket';
import { headerCarryingProtocols, wsUrl } from '../shared/url';
import type { StaffAuth } from './auth';
import type { StaffApi } from './staff-api';

/** Presence is set by matching too (offers, calls, time-outs) and is not pushed: read it this often. */
const PRESENCE_REFRESH_MS = 10_000;
/** After an action that changes presence on the server, look again this often, this many times. */
const PRESENCE_FOLLOW_UP_MS = 500;
const PRESENCE_FOLLOW_UPS = 6;
const COUNTDOWN_TICK_MS = 250;
const NOTES_MAX_LENGTH = 5000;

type ReportState = { kind: 'loading' } | { kind: 'loaded'; report: ShopperReport } | { kind: 'none' } | { kind: 'failed' };

interface OfferCard {
  offer: Offer;
  report: ReportState;
  busy: boolean;
}

interface Call {
  consultationId: string;
  session: PeerSession | null;
  localStream: MediaStream | null;
  connected: boolean;
  peerLeft: boolean;
  mediaError: string | null;
}

interface NotesDraft {
  consultationId: string;
  text: string;
  tags: Set<string>;
  saving: boolean;
  error: ConsoleKey | null;
}

/**
 * The staff console: presence, incoming offers with the shopper's report and a countdown, the call,
 * the notes after it, and the staff member's own consultations. The page has three regions (header,
 * workspace, history) that are redrawn separately, so that typing notes is not disturbed by a
 * presence refresh.
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
  private readonly localVideo: HTMLVideoElement;
  private readonly remoteVideo: HTMLVideoElement;

  private readonly header = h('header', { class: 'bar' });
  private readonly workspace = h('main', { class: 'workspace' });
  private readonly historyRegion = h('aside', { class: 'history' });

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
  }

  async start(): Promise<void> {
    this.root.replaceChildren(this.header, h('div', { class: 'columns' }, this.workspace, this.historyRegion));
    this.render();
    try {
      const [staff, tags, stores] = await Promise.all([this.api.me(), this.api.tags(), this.api.stores()]);
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
    setInterval(() => void this.refreshStaff(), PRESENCE_REFRESH_MS);
    setInterval(() => this.tickCountdowns(), COUNTDOWN_TICK_MS);
  }

  // ---- data ---------------------------------------------------------------------------------

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
      this.notes = { consultationId: unfinished.id, text: '', tags: new Set(), saving: false, error: null };
    }
  }

  private async loadPendingOffers(): Promise<void> {
    try {
      (await this.api.pendingOffers()).forEach(offer => this.addOffer(offer));
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

  // ---- presence -----------------------------------------------------------------------------

  private async setPresence(presence: 'AVAILABLE' | 'AWAY'): Promise<void> {
    try {
      this.staff = await this.api.setPresence(presence);
      this.notice = null;
    } catch (error) {
      this.notice = error instanceof ApiError && error.slug === 'presence-not-allowed'
        ? this.t('presenceBusy')
        : this.t('actionFailed', { detail: describe(error) });
    }
    this.render();
  }

  // ---- signalling ---------------------------------------------------------------------------

  private openSocket(): void {
    this.socket = new SignalSocket({
      url: wsUrl('/ws'),
      protocols: async () => headerCarryingProtocols('Authorization', `Bearer ${await this.auth.token()}`),
      onMessage: message => this.onMessage(message),
      onState: (state, previous) => {
        this.socketState = state;
        if (state === 'open' && previous === 'reconnecting') {
          // Offers pushed while the socket was down are still pending on the server; the room
          // membership was forgotten with the old socket.
          void this.loadPendingOffers().then(() => this.renderWorkspace());
          this.call?.session?.join();
        }
        this.renderHeader();
      },
    });
    this.socket.open();
  }

  private onMessage(message: ServerMessage): void {
    switch (message.type) {
      case 'offer-notice':
        this.addOffer(message.offer);
        this.renderWorkspace();
        void this.followPresence(presence => presence === 'OFFERED');
        break;
      case 'offer-withdrawn':
        if (this.offers.delete(message.offerId)) {
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
        if (this.call?.consultationId === message.consultationId) {
          void this.endCall(false);
        }
        break;
      case 'peer-left':
      case 'peer-joined':
        if (this.call?.consultationId === message.consultationId) {
          this.call.peerLeft = message.type === 'peer-left';
          this.renderWorkspace();
        }
        void this.call?.session?.handle(message);
        break;
      default:
        void this.call?.session?.handle(message);
    }
  }

  // ---- offers -------------------------------------------------------------------------------

  private addOffer(offer: Offer): void {
    if (offer.status !== 'PENDING' || this.offers.has(offer.id) || secondsLeft(offer.expiresAt, Date.now()) === 0) {
      return;
    }
    const card: OfferCard = { offer, report: { kind: 'loading' }, busy: false };
    this.offers.set(offer.id, card);
    this.api.report(offer.shopper.visitorId).then(
      report => { card.report = { kind: 'loaded', report }; },
      error => { card.report = error instanceof ApiError && error.status === 404 ? { kind: 'none' } : { kind: 'failed' }; },
    ).finally(() => {
      if (this.offers.get(offer.id) === card) {
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
      // call-start may have come first; otherwise the call waits for it.
      if (!this.call && !this.finishedCalls.has(consultation.id)) {
        this.call = emptyCall(consultation.id);
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
    if (start.role !== 'staff' || this.finishedCalls.has(id) || this.call?.session || (this.call && this.call.consultationId !== id)) {
      return;
    }
    const call = this.call ?? emptyCall(id);
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
    this.notes = { consultationId: call.consultationId, text: '', tags: new Set(), saving: false, error: null };
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

  // ---- notes --------------------------------------------------------------------------------

  private async saveNotes(): Promise<void> {
    const draft = this.notes;
    if (!draft || draft.saving) {
      return;
    }
    if (!draft.text.trim()) {
      draft.error = 'notesRequired';
      this.renderWorkspace();
      return;
    }
    draft.saving = true;
    draft.error = null;
    this.renderWorkspace();
    try {
      await this.api.writeNotes(draft.consultationId, { text: draft.text.trim(), tags: [...draft.tags] });
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
    this.renderHistory();
  }

  private renderHeader(): void {
    const t = this.t;
    const staff = this.staff;
    const presence = staff ? t(`presence_${staff.presence}`) : '…';
    // staff-directory refuses AVAILABLE while an offer, call or wrap-up is open, and AWAY during a call.
    const busy = staff?.presence === 'OFFERED' || staff?.presence === 'IN_CALL' || staff?.presence === 'WRAP_UP';
    const available = h('button', {
      type: 'button', class: 'primary', 'data-testid': 'presence-available', 'aria-pressed': String(staff?.presence === 'AVAILABLE'),
      disabled: busy,
    }, t('goAvailable'));
    available.addEventListener('click', () => void this.setPresence('AVAILABLE'));
    const away = h('button', {
      type: 'button', 'data-testid': 'presence-away', 'aria-pressed': String(staff?.presence === 'AWAY'),
      disabled: staff?.presence === 'IN_CALL',
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

    this.header.replaceChildren(
      h('div', { class: 'who' },
        h('h1', {}, t('title')),
        staff ? h('span', {}, `${staff.displayName} · ${this.storeName(staff.storeId)}`) : null),
      h('div', { class: 'presence' },
        h('span', { class: 'label' }, t('presenceLabel')),
        h('strong', { 'data-testid': 'presence', class: `state state-${staff?.presence ?? 'unknown'}`, role: 'status' }, presence),
        available, away),
      h('div', { class: 'tools' },
        h('span', { class: `connection connection-${this.socketState}`, role: 'status' }, t(connection)),
        languageSwitch, logout));
  }

  private renderWorkspace(): void {
    const notice = this.notice ? h('p', { class: 'notice', role: 'alert' }, this.notice) : null;
    if (this.call) {
      this.workspace.replaceChildren(...this.renderCall(this.call), ...(notice ? [notice] : []));
    } else if (this.notes) {
      this.workspace.replaceChildren(...this.renderNotes(this.notes), ...(notice ? [notice] : []));
    } else {
      this.workspace.replaceChildren(...(notice ? [notice] : []), ...this.renderQueue());
      this.tickCountdowns();
    }
  }

  private renderQueue(): HTMLElement[] {
    const t = this.t;
    const cards = [...this.offers.values()].map(card => this.renderOffer(card));
    const empty = this.staff?.presence === 'AVAILABLE' ? t('queueEmptyAvailable') : t('queueEmptyOther');
    return [h('h2', {}, t('queueTitle')), ...(cards.length ? cards : [h('p', { class: 'empty' }, empty)])];
  }

  private renderOffer(card: OfferCard): HTMLElement {
    const t = this.t;
    const { offer } = card;
    const interests = offer.shopper.topInterests;
    const accept = h('button', { type: 'button', class: 'primary', 'data-testid': 'offer-accept', disabled: card.busy }, t('offerAccept'));
    accept.addEventListener('click', () => void this.accept(card));
    const decline = h('button', { type: 'button', 'data-testid': 'offer-decline', disabled: card.busy }, t('offerDecline'));
    decline.addEventListener('click', () => void this.decline(card));
    const languageKey = `language_${offer.shopper.language}`;
    const language = languageKey === 'language_ja' || languageKey === 'language_en' ? t(languageKey) : offer.shopper.language;

    return h('article', { class: 'offer', 'data-testid': 'offer', 'aria-label': t('offerTitle') },
      h('header', {},
        h('h3', {}, t('offerTitle')),
        h('span', { class: 'countdown', 'data-testid': 'offer-countdown', 'data-deadline': offer.expiresAt, role: 'timer' })),
      h('dl', {},
        h('dt', {}, t('offerTopic')), h('dd', { class: 'topic' }, offer.shopper.topic || t('offerNoTopic')),
        h('dt', {}, t('offerLanguage')), h('dd', {}, language),
        h('dt', {}, t('offerInterests')),
        h('dd', { 'data-testid': 'offer-interests' }, interests.length
          ? h('ul', { class: 'chips' }, interests.map(interest => h('li', {}, this.tagName(interest.tag))))
          : t('offerNoInterests'))),
      this.renderReport(card.report, interests.length > 0),
      offer.reasons.length
        ? h('details', { class: 'why' }, h('summary', {}, t('offerWhyYou')),
          h('ul', {}, offer.reasons.map(reason => h('li', {}, `${reason.constraint}: ${reason.score}`))))
        : null,
      h('div', { class: 'actions' }, accept, decline));
  }

  /**
   * What the shopper's profile adds: past consultation notes always, recently viewed products only
   * when the shopper let us use their browsing (the offer then carries their interests).
   */
  private renderReport(state: ReportState, behaviourShared: boolean): HTMLElement {
    const t = this.t;
    if (state.kind === 'loading') {
      return h('p', { class: 'muted' }, t('offerReportLoading'));
    }
    if (state.kind === 'failed') {
      return h('p', { class: 'muted' }, t('offerReportFailed'));
    }
    const report = state.kind === 'loaded' ? state.report : null;
    const products = behaviourShared ? report?.recentProducts ?? [] : [];
    const notes = report?.notes ?? [];
    return h('div', { class: 'report' },
      products.length
        ? h('section', {}, h('h4', {}, t('offerRecentProducts')),
          h('ul', {}, products.map(product => h('li', {}, product.productId,
            product.tags.length ? ` (${product.tags.map(tag => this.tagName(tag)).join(', ')})` : ''))))
        : null,
      h('section', {}, h('h4', {}, t('offerPastNotes')),
        notes.length
          ? h('ul', {}, notes.map(note => h('li', {},
            h('p', {}, note.text),
            h('small', {}, t('noteMeta', { date: this.formatDate(note.at), staff: note.staffUsername })))))
          : h('p', { class: 'muted' }, t('offerNoHistory'))));
  }

  private renderCall(call: Call): HTMLElement[] {
    const t = this.t;
    let status: string;
    if (!call.session) {
      status = t('callPreparing');
    } else if (call.peerLeft) {
      status = t('callPeerLeft');
    } else {
      status = call.connected ? t('callShopperCameraOff') : t('callWaitingForShopper');
    }
    const hangUp = h('button', { type: 'button', class: 'danger', 'data-testid': 'hang-up' }, t('hangUp'));
    hangUp.addEventListener('click', () => void this.endCall(true));
    const elements: HTMLElement[] = [
      h('h2', {}, t('callTitle')),
      h('div', { class: 'stage' },
        h('figure', { class: 'remote' }, this.remoteVideo, h('figcaption', { role: 'status' }, status)),
        h('figure', { class: 'local' }, this.localVideo, h('figcaption', {}, t('localVideoLabel')))),
    ];
    if (call.mediaError) {
      elements.push(h('p', { class: 'notice', role: 'alert' }, t('mediaFailed', { reason: call.mediaError })));
    }
    elements.push(h('div', { class: 'actions' }, hangUp));
    return elements;
  }

  private renderNotes(draft: NotesDraft): HTMLElement[] {
    const t = this.t;
    const text = h('textarea', { 'data-testid': 'notes-text', maxlength: NOTES_MAX_LENGTH, placeholder: t('notesPlaceholder'), rows: 6 });
    text.value = draft.text;
    text.addEventListener('input', () => { draft.text = text.value; });
    const tags = h('fieldset', { 'data-testid': 'notes-tags', class: 'tag-picker' },
      h('legend', {}, t('notesTags')),
      this.tags.map(tag => {
        const box = h('input', { type: 'checkbox', value: tag.id, name: 'tags' });
        box.checked = draft.tags.has(tag.id);
        box.addEventListener('change', () => {
          if (box.checked) {
            draft.tags.add(tag.id);
          } else {
            draft.tags.delete(tag.id);
          }
        });
        return h('label', {}, box, this.tagName(tag.id));
      }));
    const save = h('button', { type: 'submit', class: 'primary', 'data-testid': 'notes-save', disabled: draft.saving },
      draft.saving ? t('notesSaving') : t('notesSave'));
    const form = h('form', { class: 'notes', novalidate: true },
      h('h2', {}, t('notesTitle')),
      h('label', { class: 'field' }, t('notesText'), text),
      tags,
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
        h('time', { datetime: consultation.startedAt }, this.formatDate(consultation.startedAt)),
        h('span', {}, t('shopper', { id: consultation.visitorId }))),
      consultation.status === 'ACTIVE' ? h('strong', {}, t('historyActive')) : null,
      consultation.notes
        ? [h('p', {}, consultation.notes.text),
          h('ul', { class: 'chips' }, consultation.notes.tags.map(tag => h('li', {}, this.tagName(tag))))]
        : h('p', { class: 'muted' }, t('historyNoNotes'))));
    this.historyRegion.replaceChildren(
      h('h2', {}, t('historyTitle')),
      items.length ? h('ol', { 'data-testid': 'history' }, items) : h('p', { 'data-testid': 'history', class: 'muted' }, t('historyEmpty')));
  }

  private formatDate(iso: string): string {
    return new Intl.DateTimeFormat(this.language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
  }
}

function emptyCall(consultationId: string): Call {
  return { consultationId, session: null, localStream: null, connected: false, peerLeft: false, mediaError: null };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
