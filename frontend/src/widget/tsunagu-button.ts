import { type WidgetKey, widgetMessages } from '../i18n/widget';
import { type Language, type Translate, isLanguage, otherLanguage, pickLanguage, translator } from '../i18n/language';
import type { Availability, Booking, ConsultationRequest, RequestStatus, ShopperMessage, Slot } from '../shared/api-types';
import { ChatLog, type ChatProblem, chatProblem } from '../shared/chat-log';
import { h, liveVideo, refocus, showStream } from '../shared/dom';
import { formatDateTime, formatDay, formatMoney, formatTime } from '../shared/format';
import { ApiError } from '../shared/http';
import type { CallStart, ProductCard, QueueUpdate, ServerMessage } from '../shared/messages';
import { MAX_ICE_RESTARTS, PeerSession } from '../shared/peer-session';
import { SignalSocket, type SocketState } from '../shared/socket';
import { headerCarryingProtocols, wsUrl } from '../shared/url';
import { AVAILABILITY_POLL_MS, type Devices, INITIAL_DEVICES, type LauncherMode, type Line, isStars, launcherMode, queueLine, waitLine } from './flow';
import { FOLLOW_UPS_KEY, inboxState, isDue, slotsByDay } from './later';
import { ShopperApi, type NewRequest } from './shopper-api';
import { WIDGET_CSS } from './styles';

/** How long the widget waits for the signalling socket before telling the shopper it cannot connect. */
const SOCKET_OPEN_TIMEOUT_MS = 10_000;

const TOPIC_MAX_LENGTH = 500;
const MESSAGE_MAX_LENGTH = 2000;
const COMMENT_MAX_LENGTH = 1000;

type Peer = 'waiting' | 'present' | 'paused' | 'left';

type View =
  | { kind: 'closed' }
  | { kind: 'later' }
  | { kind: 'form'; sending: boolean; error: WidgetKey | null }
  | { kind: 'waiting'; requestId: string; status: RequestStatus; position: number | null; estimatedWaitSeconds: number | null }
  | { kind: 'call'; consultationId: string; streaming: boolean; peer: Peer; mediaFailed: boolean; restarting: number }
  | { kind: 'ended'; consultationId: string | null; stars: number | null; sending: boolean; rated: boolean; error: WidgetKey | null; followUp: boolean }
  | { kind: 'cancelled' }
  | { kind: 'message'; sending: boolean; error: WidgetKey | null; sent: boolean }
  | { kind: 'book' }
  | { kind: 'inbox'; error: WidgetKey | null };

/** Booking a time, on its own screen or, for a follow-up, under the rating. */
interface BookingForm {
  followUpOf: string | null;
  /** null while the free slots are read. */
  slots: Slot[] | null;
  day: string;
  start: string;
  sending: boolean;
  error: WidgetKey | null;
  booked: Booking | null;
}

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
 * product the shopper is looking at (data-product-id, data-product-tags), names the page's store
 * (data-store-id, which matching prefers), offers a call only while
 * someone can answer, waits in the queue with the position and an estimate, and holds the call: the
 * staff member's video, the shopper's own camera (off until they switch it on), microphone, chat and
 * the products the staff member shares; afterwards a rating.
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
  private localVideo: HTMLVideoElement | null = null;
  private readonly reported = new Set<string>();
  /** A queue update that came before the answer to our own request, applied once we know the id. */
  private earlyUpdate: QueueUpdate | null = null;
  private availability: Availability | null = null;
  private availabilityFailed = false;
  private pollTimer: ReturnType<typeof setInterval> | null = null;
  private chat = new ChatLog('shopper');
  private chatDraft = '';
  private chatError: ChatProblem | null = null;
  private readonly addedToCart = new Set<string>();
  private devices: Devices = { ...INITIAL_DEVICES };
  private deviceError: WidgetKey | null = null;
  private camera: MediaStreamTrack | null = null;
  private microphone: MediaStreamTrack | null = null;
  private comment = '';
  private booking: BookingForm | null = null;
  private messages: ShopperMessage[] = [];
  private bookings: Booking[] = [];

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
    void this.checkAvailability();
    void this.loadInbox();
    this.pollTimer ??= setInterval(() => {
      if (this.view.kind === 'closed' || this.view.kind === 'later' || this.view.kind === 'inbox') {
        void this.checkAvailability();
        void this.loadInbox();
      }
    }, AVAILABILITY_POLL_MS);
  }

  disconnectedCallback(): void {
    if (this.pollTimer) {
      clearInterval(this.pollTimer);
      this.pollTimer = null;
    }
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
    this.remoteVideo?.setAttribute('aria-label', this.t('remoteVideoLabel'));
    this.localVideo?.setAttribute('aria-label', this.t('localVideoLabel'));
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

  private async checkAvailability(): Promise<void> {
    try {
      this.availability = await this.api.availability(this.language);
      this.availabilityFailed = false;
    } catch (error) {
      this.availability = null;
      this.availabilityFailed = true;
      console.warn('Tsunagu: availability could not be read', error);
    }
    this.render();
  }

  /** Replies and bookings, read only for a shopper who left a message or booked on this browser. */
  private async loadInbox(): Promise<void> {
    if (!storage()?.getItem(FOLLOW_UPS_KEY)) {
      return;
    }
    try {
      [this.messages, this.bookings] = await Promise.all([this.api.myMessages(), this.api.myBookings()]);
      this.render();
    } catch (error) {
      console.warn('Tsunagu: replies and bookings could not be read', error);
    }
  }

  private rememberFollowUps(): void {
    storage()?.setItem(FOLLOW_UPS_KEY, '1');
    void this.loadInbox();
  }

  private get mode(): LauncherMode {
    return launcherMode(this.availability, this.availabilityFailed);
  }

  // ---- flow ---------------------------------------------------------------------------------

  private open(): void {
    const idle = ['closed', 'ended', 'cancelled', 'later', 'inbox'].includes(this.view.kind);
    if (idle) {
      this.show(this.mode === 'talk' ? { kind: 'form', sending: false, error: null } : { kind: 'later' });
    }
    this.root.querySelector<HTMLElement>('[data-testid=topic], [data-testid=later-retry], [data-testid=cancel], [data-testid=hang-up]')?.focus();
  }

  private close(): void {
    this.closeSocket();
    this.show({ kind: 'closed' });
    void this.checkAvailability();
  }

  private async submit(): Promise<void> {
    if (this.view.kind !== 'form' || this.view.sending) {
      return;
    }
    this.show({ kind: 'form', sending: true, error: null });
    try {
      try {
        await this.api.setConsent(this.draft.consent);
      } catch (error) {
        // The request itself carries the choice too, so matching honours it either way.
        console.warn('Tsunagu: the consent choice was not stored', error);
      }
      await this.enterQueue(() => this.api.ask(this.newRequest()));
    } catch (error) {
      const invalid = error instanceof ApiError && error.status === 400;
      this.show({ kind: 'form', sending: false, error: invalid ? 'errorInvalid' : 'errorUnavailable' });
    }
  }

  private newRequest(): NewRequest {
    return {
      language: this.draft.language, topic: this.draft.topic.trim(), useBehaviour: this.draft.consent,
      preferredStoreId: this.dataset.storeId?.trim() || null,
    };
  }

  /** Opens the socket first, so that no push about the request is missed, then queues and waits. */
  private async enterQueue(ask: () => Promise<ConsultationRequest>): Promise<void> {
    try {
      await this.openSocket().whenOpen(SOCKET_OPEN_TIMEOUT_MS);
      const request = await ask();
      this.show({
        kind: 'waiting', requestId: request.id, status: request.status, position: request.position,
        estimatedWaitSeconds: request.estimatedWaitSeconds ?? null,
      });
      const early = this.earlyUpdate;
      this.earlyUpdate = null;
      if (early?.requestId === request.id) {
        this.onQueueUpdate(early);
      }
    } catch (error) {
      this.closeSocket();
      throw error;
    }
  }

  private async joinBooking(booking: Booking): Promise<void> {
    try {
      await this.enterQueue(() => this.api.joinBooking(booking.id));
    } catch (error) {
      console.warn('Tsunagu: the booked consultation could not be joined', error);
      this.show({ kind: 'inbox', error: 'errorUnavailable' });
      void this.loadInbox();
    }
  }

  private async sendMessage(): Promise<void> {
    const topic = this.draft.topic.trim();
    if (this.view.kind !== 'message' || this.view.sending) {
      return;
    }
    if (!topic || topic.length > MESSAGE_MAX_LENGTH) {
      this.show({ ...this.view, error: 'messageInvalid' });
      return;
    }
    this.show({ ...this.view, sending: true, error: null });
    try {
      await this.api.leaveMessage(this.newRequest());
      this.draft.topic = '';
      this.show({ kind: 'message', sending: false, error: null, sent: true });
      this.rememberFollowUps();
    } catch (error) {
      const invalid = error instanceof ApiError && error.status === 400;
      this.show({ kind: 'message', sending: false, error: invalid ? 'messageInvalid' : 'errorUnavailable', sent: false });
    }
  }

  /** Starts booking a time: on its own screen, or under the rating for a follow-up with the same staff member. */
  private startBooking(followUpOf: string | null): void {
    this.booking = { followUpOf, slots: null, day: '', start: '', sending: false, error: null, booked: null };
    if (!followUpOf) {
      this.show({ kind: 'book' });
    }
    void this.loadSlots();
  }

  private async loadSlots(): Promise<void> {
    const form = this.booking;
    if (!form) {
      return;
    }
    form.slots = null;
    this.render();
    try {
      form.slots = (await this.api.slots(this.draft.language, form.followUpOf)).slots;
    } catch (error) {
      console.warn('Tsunagu: free times could not be read', error);
      form.slots = [];
      form.error = 'errorUnavailable';
    }
    const [day, slots] = slotsByDay(form.slots).entries().next().value ?? ['', []];
    form.day = day;
    form.start = slots[0]?.start ?? '';
    this.render();
  }

  private async book(): Promise<void> {
    const form = this.booking;
    if (!form || form.sending || !form.start) {
      return;
    }
    form.sending = true;
    form.error = null;
    this.render();
    try {
      form.booked = await this.api.book(form.start, this.newRequest(), form.followUpOf);
      this.rememberFollowUps();
    } catch (error) {
      const slug = error instanceof ApiError ? error.slug : null;
      form.error = slug === 'slot-taken' ? 'bookTaken' : slug === 'too-many-bookings' ? 'bookTooMany' : 'errorUnavailable';
      if (slug === 'slot-taken') {
        void this.loadSlots();
      }
    }
    form.sending = false;
    this.render();
  }

  private async cancelBooking(booking: Booking): Promise<void> {
    try {
      await this.api.cancelBooking(booking.id);
      if (this.booking?.booked?.id === booking.id) {
        this.booking.booked = null;
        void this.loadSlots();
      }
    } catch (error) {
      console.warn('Tsunagu: the booking could not be cancelled', error);
    }
    await this.loadInbox();
    this.render();
  }

  /** Saves the booking as an .ics file through a temporary link. */
  private async downloadCalendar(booking: Booking): Promise<void> {
    try {
      const url = URL.createObjectURL(await this.api.bookingCalendar(booking.id));
      h('a', { href: url, download: 'tsunagu-booking.ics' }).click();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    } catch (error) {
      console.warn('Tsunagu: the calendar file could not be read', error);
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
    this.finishCall(consultationId);
  }

  private finishCall(consultationId: string | null): void {
    this.leaveCall();
    this.closeSocket();
    this.show({ kind: 'ended', consultationId, stars: null, sending: false, rated: false, error: null, followUp: false });
  }

  private async sendRating(): Promise<void> {
    const view = this.view;
    if (view.kind !== 'ended' || !view.consultationId || view.sending || view.rated) {
      return;
    }
    if (!isStars(view.stars)) {
      this.show({ ...view, error: 'ratingChoose' });
      return;
    }
    this.show({ ...view, sending: true, error: null });
    try {
      await this.api.rate(view.consultationId, view.stars, this.comment.trim());
      this.show({ ...view, sending: false, rated: true, error: null });
    } catch (error) {
      // 409 already-rated: the rating is there, which is what the shopper wanted.
      const done = error instanceof ApiError && error.status === 409;
      this.show({ ...view, sending: false, rated: done, error: done ? null : 'ratingFailed' });
    }
  }

  // ---- in the call --------------------------------------------------------------------------

  private sendChat(): void {
    if (this.view.kind !== 'call') {
      return;
    }
    this.chatError = chatProblem(this.chatDraft);
    const text = this.chatDraft.trim();
    if (!this.chatError && this.socket?.send({ type: 'chat', consultationId: this.view.consultationId, text })) {
      this.chat.sent(text);
      this.chatDraft = '';
    }
    this.render();
  }

  private addToCart(product: ProductCard): void {
    const event = new CustomEvent('tsunagu-add-to-cart', { detail: { product }, bubbles: true, composed: true, cancelable: true });
    const handled = !this.dispatchEvent(event);
    this.api.reportCartAdd(product.id).catch(error => console.warn('Tsunagu: the cart event was not recorded', error));
    if (!handled) {
      // The page has no cart of its own to take it: the product page has the shop's own button.
      window.open(new URL(product.url, location.href).toString(), '_blank', 'noopener');
    }
    this.addedToCart.add(product.id);
    this.render();
  }

  private async toggleCamera(): Promise<void> {
    const on = !this.devices.camera;
    this.deviceError = null;
    if (on) {
      try {
        const stream = await navigator.mediaDevices.getUserMedia({ video: true });
        this.camera = stream.getVideoTracks()[0] ?? null;
      } catch {
        this.deviceError = 'cameraUnavailable';
        this.render();
        return;
      }
      if (this.localVideo && this.camera) {
        showStream(this.localVideo, new MediaStream([this.camera]));
      }
    } else {
      this.camera?.stop();
      this.camera = null;
      if (this.localVideo) {
        this.localVideo.srcObject = null;
      }
    }
    this.devices = { ...this.devices, camera: on };
    await this.session?.setTrack('video', this.camera);
    this.render();
  }

  private async startMicrophone(): Promise<void> {
    try {
      const stream = await navigator.mediaDevices.getUserMedia({ audio: true });
      this.microphone = stream.getAudioTracks()[0] ?? null;
      if (this.microphone) {
        this.microphone.enabled = this.devices.microphone;
        await this.session?.setTrack('audio', this.microphone);
      }
    } catch {
      this.microphone = null;
      this.devices = { ...this.devices, microphone: false };
      this.deviceError = 'microphoneUnavailable';
      this.render();
    }
  }

  private toggleMicrophone(): void {
    if (!this.microphone) {
      void this.startMicrophone().then(() => {
        this.devices = { ...this.devices, microphone: this.microphone !== null };
        this.render();
      });
      return;
    }
    this.devices = { ...this.devices, microphone: !this.devices.microphone };
    // A disabled track sends silence; the line stays negotiated for unmuting.
    this.microphone.enabled = this.devices.microphone;
    this.render();
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
      // Tickets live 10 minutes; a call may last longer.
      refreshToken: () => this.api.ticket(),
      refreshEveryMs: 5 * 60_000,
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
      // The server forgets room membership with the socket: resume it with the token it gave.
      this.session?.join();
      void this.catchUp();
    }
    this.render();
  }

  /**
   * Pushes sent while the socket was down are lost: a waiting shopper reads the request again, and
   * starts the call if a staff member took it meanwhile (call-start is not sent twice).
   */
  private async catchUp(): Promise<void> {
    if (this.view.kind !== 'waiting') {
      return;
    }
    const { requestId } = this.view;
    try {
      const request = await this.api.request(requestId);
      if (request.status === 'CONNECTED' && request.consultationId) {
        const ice = await this.api.iceServers();
        this.onCallStart({
          type: 'call-start', consultationId: request.consultationId, role: 'shopper',
          iceServers: ice.iceServers, iceTransportPolicy: ice.iceTransportPolicy ?? 'all',
        });
      } else {
        this.onQueueUpdate({
          type: 'queue-update', requestId, status: request.status, position: request.position,
          estimatedWaitSeconds: request.estimatedWaitSeconds,
        });
      }
    } catch (error) {
      console.warn('Tsunagu: the request could not be read again', error);
    }
  }

  private onMessage(message: ServerMessage): void {
    const inThisCall = this.view.kind === 'call' && 'consultationId' in message && this.view.consultationId === message.consultationId;
    switch (message.type) {
      case 'queue-update':
        this.onQueueUpdate(message);
        break;
      case 'call-start':
        this.onCallStart(message);
        break;
      case 'call-end':
      case 'hang-up':
        if (inThisCall) {
          this.finishCall(message.consultationId);
        }
        break;
      case 'chat':
        if (inThisCall) {
          this.chat.received(message);
          this.render();
        }
        break;
      case 'product-card':
        if (inThisCall) {
          this.chat.receivedProduct(message.product);
          this.render();
        }
        break;
      case 'peer-paused':
      case 'peer-resumed':
      case 'peer-left':
      case 'peer-joined':
        if (inThisCall && this.view.kind === 'call') {
          const peer: Peer = message.type === 'peer-paused' ? 'paused' : message.type === 'peer-left' ? 'left' : 'present';
          this.show({ ...this.view, peer });
        }
        void this.session?.handle(message);
        break;
      case 'error':
        if (message.code === 'BAD_RESUME') {
          this.session?.resumeRefused();
        }
        break;
      default:
        void this.session?.handle(message);
    }
  }

  private onQueueUpdate(update: QueueUpdate): void {
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
      this.finishCall(null);
    } else {
      const estimate = update.estimatedWaitSeconds === undefined ? this.view.estimatedWaitSeconds : update.estimatedWaitSeconds;
      this.show({ ...this.view, status: update.status, position: update.position, estimatedWaitSeconds: estimate });
    }
  }

  private onCallStart(start: CallStart): void {
    // call-start may come twice (matching retries): one call per consultation, and none after it ended.
    if (this.view.kind !== 'waiting' || start.role !== 'shopper') {
      return;
    }
    this.remoteVideo = liveVideo('remote-video', this.t('remoteVideoLabel'), false);
    this.localVideo = liveVideo('local-preview', this.t('localVideoLabel'), true);
    this.chat = new ChatLog('shopper');
    this.chatDraft = '';
    this.devices = { ...INITIAL_DEVICES };
    this.deviceError = null;
    const consultationId = start.consultationId;
    this.session = new PeerSession({
      consultationId,
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
          this.show({ ...this.view, streaming: true, peer: 'present' });
        }
      },
      onConnectionState: state => {
        if (this.view.kind === 'call' && this.view.consultationId === consultationId) {
          const restarting = state === 'connected' ? 0 : this.session?.iceRestarts ?? 0;
          this.show({ ...this.view, restarting, mediaFailed: state === 'connected' ? false : this.view.mediaFailed });
        }
      },
      onGiveUp: () => {
        if (this.view.kind === 'call') {
          this.show({ ...this.view, mediaFailed: true, restarting: 0 });
        }
      },
      onError: error => console.warn('Tsunagu: the call could not be set up', error),
    });
    this.show({ kind: 'call', consultationId, streaming: false, peer: 'waiting', mediaFailed: false, restarting: 0 });
    this.session.join();
    void this.startMicrophone();
  }

  private leaveCall(): void {
    this.session?.close();
    this.session = null;
    this.camera?.stop();
    this.microphone?.stop();
    this.camera = null;
    this.microphone = null;
    for (const video of [this.remoteVideo, this.localVideo]) {
      if (video) {
        video.srcObject = null;
      }
    }
    this.remoteVideo = null;
    this.localVideo = null;
  }

  // ---- rendering ----------------------------------------------------------------------------

  private show(view: View): void {
    this.view = view;
    this.render();
  }

  private line(line: Line): string {
    return this.t(line.key, line.params);
  }

  private render(): void {
    // Redrawing replaces the elements: keep the keyboard focus on the control that had it.
    const focused = (this.root.activeElement as HTMLElement | null)?.dataset?.testid ?? null;
    const t = this.t;
    const mode = this.mode;
    const askIcon = h('span', { 'aria-hidden': 'true' });
    askIcon.innerHTML = '<svg viewBox="0 0 24 24"><path d="M4 6h11a2 2 0 0 1 2 2v1.5l4-2.5v10l-4-2.5V16a2 2 0 0 1-2 2H4a2 2 0 0 1-2-2V8a2 2 0 0 1 2-2z"/></svg>';
    const ask = mode === 'talk'
      ? h('button', { type: 'button', class: 'ask', 'data-testid': 'ask', 'aria-haspopup': 'dialog' }, askIcon, t('ask'))
      : h('button', { type: 'button', class: 'ask later', 'data-testid': 'ask-later', 'aria-haspopup': 'dialog', disabled: mode === 'checking' },
        mode === 'checking' ? t('checking') : t('askLater'));
    ask.addEventListener('click', () => this.open());
    const news = inboxState(this.messages, this.bookings, Date.now());
    const inbox = news ? h('button', { type: 'button', class: news === 'due' ? 'ask' : 'ask later', 'data-testid': 'inbox-open', 'aria-haspopup': 'dialog' },
      t(news === 'due' ? 'bookingJoin' : 'inboxOpen')) : null;
    inbox?.addEventListener('click', () => this.show({ kind: 'inbox', error: null }));
    const langSwitch = h('button', {
      type: 'button', class: 'lang', 'data-testid': 'lang-switch', lang: otherLanguage(this.language),
      'aria-label': t('languageSwitchLabel'),
    }, t('languageSwitch'));
    langSwitch.addEventListener('click', () => this.switchLanguage());

    const style = h('style', {}, WIDGET_CSS);
    // With the panel open the switch moves into its header: the launcher may lie under the panel.
    const panelOpen = this.view.kind !== 'closed';
    const launcher = h('div', { class: 'launcher' }, ask, inbox, panelOpen ? null : langSwitch);
    const frame = h('div', { class: 'frame', lang: this.language }, launcher,
      panelOpen ? this.renderPanel(langSwitch) : null);
    this.root.replaceChildren(style, frame);
    if (focused) {
      refocus(this.root.querySelector<HTMLElement>(`[data-testid="${focused}"]`));
    }
  }

  private renderPanel(langSwitch: HTMLElement): HTMLElement {
    const t = this.t;
    const closable = this.view.kind !== 'waiting' && this.view.kind !== 'call';
    const close = closable ? h('button', { type: 'button', class: 'close', 'data-testid': 'close', 'aria-label': t('close') }, '×') : null;
    close?.addEventListener('click', () => this.close());
    const banner = this.socketState === 'reconnecting' && (this.view.kind === 'waiting' || this.view.kind === 'call')
      ? h('p', { class: 'banner', role: 'status', 'data-testid': 'reconnecting' }, t('reconnecting'))
      : null;
    const panel = h('section', { class: 'panel', role: 'dialog', 'aria-labelledby': 'tsunagu-title', 'data-testid': 'panel' },
      h('header', {}, h('h2', { id: 'tsunagu-title' }, this.panelTitle()), h('div', { class: 'tools' }, langSwitch, close)),
      banner,
      h('div', { class: 'body' }, this.renderBody()));
    panel.addEventListener('keydown', event => {
      if (event.key === 'Escape' && closable) {
        this.close();
      }
    });
    return panel;
  }

  private panelTitle(): string {
    switch (this.view.kind) {
      case 'later': return this.t('laterTitle');
      case 'waiting': return this.t('waitingTitle');
      case 'call': return this.t('inCallTitle');
      case 'ended': return this.t('endedTitle');
      case 'cancelled': return this.t('cancelledTitle');
      case 'message': return this.t('messageTitle');
      case 'book': return this.t('bookTitle');
      case 'inbox': return this.t('inboxOpen');
      default: return this.t('panelTitle');
    }
  }

  private renderBody(): (HTMLElement | null)[] {
    const view = this.view;
    switch (view.kind) {
      case 'later': return this.renderLater();
      case 'form': return this.renderForm(view.sending, view.error);
      case 'waiting': return this.renderWaiting(view);
      case 'call': return this.renderCall(view);
      case 'ended': return this.renderEnded(view);
      case 'cancelled': return [h('div', { class: 'actions' }, this.renderAskAgain())];
      case 'message': return this.renderMessage(view);
      case 'book': return this.renderBooking();
      case 'inbox': return this.renderInbox(view.error);
      case 'closed': return [];
    }
  }

  /** Nobody can answer: say so plainly, with the hours the retailer gave, and check again. */
  private renderLater(): (HTMLElement | null)[] {
    const t = this.t;
    const hours = this.dataset[this.language === 'ja' ? 'hoursJa' : 'hoursEn'] ?? this.dataset.hours;
    const retry = h('button', { type: 'button', class: 'primary', 'data-testid': 'later-retry' }, t('laterRetry'));
    retry.addEventListener('click', () => {
      void this.checkAvailability().then(() => {
        if (this.mode === 'talk' && this.view.kind === 'later') {
          this.show({ kind: 'form', sending: false, error: null });
        }
      });
    });
    const leave = h('button', { type: 'button', class: 'secondary', 'data-testid': 'later-leave-message' }, t('laterLeaveMessage'));
    leave.addEventListener('click', () => this.show({ kind: 'message', sending: false, error: null, sent: false }));
    const book = h('button', { type: 'button', class: 'secondary', 'data-testid': 'later-book' }, t('laterBook'));
    book.addEventListener('click', () => this.startBooking(null));
    const onShift = this.availability?.staffOnShift ?? 0;
    return [
      h('p', { 'data-testid': 'later-message', role: 'status' }, t('laterBody')),
      onShift > 0 ? h('p', { class: 'hint' }, t('laterStaffOnShift', { count: onShift })) : null,
      hours ? h('p', { 'data-testid': 'later-hours' }, t('laterHours', { hours })) : null,
      h('p', {}, t('laterOr')),
      h('div', { class: 'actions' }, leave, book, retry),
    ];
  }

  /**
   * The fields every form shares (what about, language, consent), on the draft they all share; test
   * ids carry the form's prefix ("" for the call, "message-", "book-").
   */
  private draftFields(prefix: string, label: WidgetKey, maxLength: number, onLanguage?: () => void): HTMLElement[] {
    const t = this.t;
    const id = (name: string) => `tsunagu-${prefix}${name}`;
    const topic = h('textarea', { id: id('topic'), 'data-testid': `${prefix}topic`, maxlength: maxLength, placeholder: t('topicPlaceholder') });
    topic.value = this.draft.topic;
    topic.addEventListener('input', () => { this.draft.topic = topic.value; });

    const language = h('select', { id: id('language'), 'data-testid': `${prefix}language` },
      h('option', { value: 'ja' }, t('languageJa')),
      h('option', { value: 'en' }, t('languageEn')));
    language.value = this.draft.language;
    language.addEventListener('change', () => {
      if (isLanguage(language.value)) {
        this.draft.language = language.value;
        onLanguage?.();
      }
    });

    const consent = h('input', { type: 'checkbox', 'data-testid': `${prefix}consent`, 'aria-describedby': id('consent-hint') });
    consent.checked = this.draft.consent;
    consent.addEventListener('change', () => { this.draft.consent = consent.checked; });
    return [
      h('label', { for: id('topic') }, t(label)), topic,
      h('label', { for: id('language') }, t('languageLabel')), language,
      h('fieldset', { class: 'consent' },
        h('legend', {}, t('consentLegend')),
        h('label', { class: 'check' }, consent, h('span', {}, t('consent'))),
        h('p', { class: 'hint', id: id('consent-hint') }, t('consentHint'))),
    ];
  }

  /** A form that calls `onSubmit` instead of navigating, with its error and its submit button last. */
  private form(fields: (HTMLElement | null)[], error: WidgetKey | null, submit: HTMLElement, onSubmit: () => void): HTMLFormElement {
    const form = h('form', { class: 'stack', novalidate: true }, fields,
      error ? h('p', { class: 'error', role: 'alert' }, this.t(error)) : null,
      h('div', { class: 'actions' }, submit));
    form.addEventListener('submit', event => {
      event.preventDefault();
      onSubmit();
    });
    return form;
  }

  private renderForm(sending: boolean, error: WidgetKey | null): HTMLElement[] {
    const t = this.t;
    const submit = h('button', { type: 'submit', class: 'primary', 'data-testid': 'submit', disabled: sending },
      sending ? t('sending') : t('submit'));
    return [this.form([...this.draftFields('', 'topicLabel', TOPIC_MAX_LENGTH), h('p', { class: 'hint' }, t('cameraNote'))],
      error, submit, () => void this.submit())];
  }

  private renderMessage(view: Extract<View, { kind: 'message' }>): HTMLElement[] {
    const t = this.t;
    if (view.sent) {
      return [h('p', { role: 'status', 'data-testid': 'message-sent' }, t('messageSent'))];
    }
    const submit = h('button', { type: 'submit', class: 'primary', 'data-testid': 'message-submit', disabled: view.sending },
      view.sending ? t('sending') : t('messageSubmit'));
    return [this.form([h('p', { class: 'hint' }, t('messageHint')), ...this.draftFields('message-', 'messageTopicLabel', MESSAGE_MAX_LENGTH)],
      view.error, submit, () => void this.sendMessage())];
  }

  /** Free slots by day, then the booking's confirmation with the calendar file; times in the store's zone. */
  private renderBooking(): HTMLElement[] {
    const t = this.t;
    const form = this.booking;
    if (!form) {
      return [];
    }
    if (form.booked) {
      return [h('div', { class: 'stack', role: 'status', 'data-testid': 'booking-confirmation' }, this.renderBooked(form.booked))];
    }
    const submit = h('button', { type: 'submit', class: 'primary', 'data-testid': 'book-submit', disabled: form.sending || !form.start },
      form.sending ? t('sending') : t('bookSubmit'));
    let times: (HTMLElement | null)[] = [h('p', { role: 'status', 'data-testid': 'book-slots' }, t(form.slots ? 'bookNoSlots' : 'bookLoading'))];
    const byDay = slotsByDay(form.slots ?? []);
    const daySlots = byDay.get(form.day) ?? [];
    if (daySlots.length) {
      const zone = daySlots[0].timeZone;
      const day = h('select', { id: 'tsunagu-book-day', 'data-testid': 'book-day' },
        [...byDay].map(([value, slots]) => h('option', { value }, formatDay(slots[0].start, this.language, zone))));
      day.value = form.day;
      day.addEventListener('change', () => {
        form.day = day.value;
        form.start = byDay.get(day.value)?.[0]?.start ?? '';
        this.render();
      });
      const time = h('select', { id: 'tsunagu-book-time', 'data-testid': 'book-time' },
        daySlots.map(slot => h('option', { value: slot.start }, formatTime(slot.start, this.language, slot.timeZone))));
      time.value = form.start;
      time.addEventListener('change', () => { form.start = time.value; });
      times = [h('label', { for: 'tsunagu-book-day' }, t('bookDay')), day,
        h('label', { for: 'tsunagu-book-time' }, t('bookTime', { zone })), time];
    }
    return [this.form([...times, ...this.draftFields('book-', 'topicLabel', TOPIC_MAX_LENGTH, () => void this.loadSlots())],
      form.error, submit, () => void this.book())];
  }

  /** One booking: when and with whom, and what can be done with it. */
  private renderBooked(booking: Booking): (HTMLElement | null)[] {
    const t = this.t;
    const join = isDue(booking, Date.now())
      ? h('button', { type: 'button', class: 'primary', 'data-testid': 'booking-join' }, t('bookingJoin')) : null;
    join?.addEventListener('click', () => void this.joinBooking(booking));
    const ics = h('button', { type: 'button', class: 'secondary', 'data-testid': 'booking-ics' }, t('bookingCalendar'));
    ics.addEventListener('click', () => void this.downloadCalendar(booking));
    const cancel = h('button', { type: 'button', class: 'secondary', 'data-testid': 'booking-cancel' }, t('bookingCancel'));
    cancel.addEventListener('click', () => void this.cancelBooking(booking));
    return [
      h('p', { class: 'booked' }, t('bookingConfirmed', {
        time: formatDateTime(booking.start, this.language, booking.timeZone), zone: booking.timeZone, staff: booking.staffName,
      })),
      join ? null : h('p', { class: 'hint' }, t('bookingJoinHint')),
      h('div', { class: 'actions' }, join, ics, cancel),
    ];
  }

  private renderInbox(error: WidgetKey | null): (HTMLElement | null)[] {
    const t = this.t;
    const messages = this.messages.map(message => h('li', { 'data-testid': 'inbox-message' },
      h('p', { class: 'hint' }, formatDateTime(message.createdAt, this.language, this.dataset.timeZone || undefined)),
      h('p', { class: 'text' }, message.topic),
      message.answer
        ? h('p', { class: 'answer', 'data-testid': 'message-answer' }, h('strong', {}, t('inboxAnswer')), ' ', message.answer)
        : h('p', { class: 'hint' }, t('inboxAwaiting'))));
    const bookings = this.bookings.map(booking => h('li', { 'data-testid': 'inbox-booking' }, this.renderBooked(booking)));
    return [
      error ? h('p', { class: 'error', role: 'alert' }, t(error)) : null,
      bookings.length ? h('h3', {}, t('inboxBookings')) : null,
      bookings.length ? h('ul', { class: 'inbox' }, bookings) : null,
      messages.length ? h('h3', {}, t('inboxMessages')) : null,
      messages.length ? h('ul', { class: 'inbox' }, messages) : null,
      messages.length || bookings.length ? null : h('p', {}, t('inboxEmpty')),
    ];
  }

  private renderWaiting(view: Extract<View, { kind: 'waiting' }>): HTMLElement[] {
    const t = this.t;
    const wait = waitLine(view.estimatedWaitSeconds);
    const cancel = h('button', { type: 'button', class: 'secondary', 'data-testid': 'cancel' }, t('cancel'));
    cancel.addEventListener('click', () => void this.cancel());
    return [
      h('div', { class: 'spinner', role: 'presentation' }),
      h('div', { role: 'status', 'aria-live': 'polite' },
        h('p', { class: 'position', 'data-testid': 'queue-position' }, this.line(queueLine(view.status, view.position))),
        wait && view.status === 'WAITING' ? h('p', { class: 'estimate', 'data-testid': 'queue-estimate' }, this.line(wait)) : null),
      h('div', { class: 'actions' }, cancel),
    ];
  }

  private renderCall(view: Extract<View, { kind: 'call' }>): (HTMLElement | null)[] {
    const t = this.t;
    let note: string | null = null;
    if (view.mediaFailed) {
      note = t('mediaFailed');
    } else if (view.peer === 'left') {
      note = t('peerLeft');
    } else if (view.peer === 'paused') {
      note = t('peerPaused');
    } else if (view.restarting > 0) {
      note = t('mediaRestarting', { attempt: view.restarting, max: MAX_ICE_RESTARTS });
    } else if (!view.streaming) {
      note = t('callConnecting');
    }
    const camera = h('button', {
      type: 'button', class: 'toggle', 'data-testid': 'camera-toggle', 'aria-pressed': String(this.devices.camera),
    }, this.devices.camera ? t('cameraOff') : t('cameraOn'));
    camera.addEventListener('click', () => void this.toggleCamera());
    const mute = h('button', {
      type: 'button', class: 'toggle', 'data-testid': 'mute-toggle', 'aria-pressed': String(!this.devices.microphone),
    }, this.devices.microphone ? t('mute') : t('unmute'));
    mute.addEventListener('click', () => this.toggleMicrophone());
    const hangUp = h('button', { type: 'button', class: 'danger', 'data-testid': 'hang-up' }, t('hangUp'));
    hangUp.addEventListener('click', () => this.hangUp());
    const own = h('div', { class: 'own' },
      this.devices.camera ? this.localVideo : h('span', { 'data-testid': 'camera-off' }, t('cameraIsOff')));
    return [
      h('div', { class: 'stage' }, this.remoteVideo, own, note ? h('p', { role: 'status', 'data-testid': 'call-status' }, note) : null),
      this.deviceError ? h('p', { class: 'error', role: 'alert' }, t(this.deviceError)) : null,
      h('div', { class: 'actions controls' }, camera, mute, hangUp),
      this.renderChat(view.consultationId),
    ];
  }

  private renderChat(consultationId: string): HTMLElement {
    const t = this.t;
    const entries = this.chat.entries.map(entry => {
      if (entry.kind === 'product') {
        return h('li', { class: 'product' }, this.renderProduct(entry.product));
      }
      return h('li', { class: entry.own ? 'own' : 'peer' },
        h('span', { class: 'who' }, entry.own ? t('chatFromYou') : t('chatFromStaff'), ' · ',
          h('time', { datetime: entry.at }, formatTime(entry.at, this.language, this.dataset.timeZone || undefined))),
        h('span', { class: 'text' }, entry.text));
    });
    const input = h('input', {
      type: 'text', id: `tsunagu-chat-${consultationId}`, 'data-testid': 'chat-input', placeholder: t('chatPlaceholder'),
      autocomplete: 'off', 'aria-invalid': this.chatError ? 'true' : false,
    });
    input.value = this.chatDraft;
    input.addEventListener('input', () => { this.chatDraft = input.value; });
    const send = h('button', { type: 'submit', class: 'secondary', 'data-testid': 'chat-send' }, t('chatSend'));
    const form = h('form', { class: 'chat-form', novalidate: true },
      h('label', { for: `tsunagu-chat-${consultationId}`, class: 'visually-hidden' }, t('chatLabel')), input, send);
    form.addEventListener('submit', event => {
      event.preventDefault();
      this.sendChat();
    });
    const log = h('ol', { class: 'chat-log', 'data-testid': 'chat-log', 'aria-live': 'polite', 'aria-label': t('chatTitle') }, entries);
    queueMicrotask(() => { log.scrollTop = log.scrollHeight; });
    return h('section', { class: 'chat' },
      h('h3', {}, t('chatTitle')),
      entries.length ? log : h('p', { class: 'hint', 'data-testid': 'chat-log' }, t('chatEmpty')),
      this.chatError === 'tooLong' ? h('p', { class: 'error', role: 'alert' }, t('chatTooLong')) : null,
      form);
  }

  private renderProduct(product: ProductCard): HTMLElement {
    const t = this.t;
    const added = this.addedToCart.has(product.id);
    const cart = h('button', { type: 'button', class: 'primary', 'data-testid': 'product-add-to-cart', disabled: added },
      added ? t('productAdded') : t('productAddToCart'));
    cart.addEventListener('click', () => this.addToCart(product));
    return h('article', { class: 'card', 'data-testid': 'product-card', 'data-product-id': product.id },
      product.imageUrl ? h('img', { src: product.imageUrl, alt: '' }) : null,
      h('div', {},
        h('p', { class: 'hint' }, t('productShared')),
        h('p', { class: 'name' }, product.name),
        h('p', { class: 'price' }, formatMoney(product.price, product.currency || 'JPY', this.language)),
        h('div', { class: 'actions' },
          h('a', { href: product.url, target: '_blank', rel: 'noopener', 'data-testid': 'product-open' }, t('productOpen')),
          cart)));
  }

  private renderEnded(view: Extract<View, { kind: 'ended' }>): HTMLElement[] {
    const t = this.t;
    const elements: HTMLElement[] = [h('p', { 'data-testid': 'call-ended', role: 'status' }, t('endedBody'))];
    if (view.consultationId && view.rated) {
      elements.push(h('p', { 'data-testid': 'rating-thanks', role: 'status' }, t('ratingThanks')));
    } else if (view.consultationId) {
      const stars = [1, 2, 3, 4, 5].map(value => {
        const radio = h('input', { type: 'radio', name: 'tsunagu-stars', value, 'data-testid': `rating-star-${value}` });
        radio.checked = view.stars === value;
        radio.addEventListener('change', () => {
          if (this.view.kind === 'ended') {
            this.show({ ...this.view, stars: value, error: null });
          }
        });
        return h('label', { class: 'star', title: t('ratingStar', { stars: value }) }, radio,
          h('span', { 'aria-hidden': 'true' }, view.stars !== null && value <= view.stars ? '★' : '☆'),
          h('span', { class: 'visually-hidden' }, t('ratingStar', { stars: value })));
      });
      const comment = h('textarea', { id: 'tsunagu-comment', 'data-testid': 'rating-comment', maxlength: COMMENT_MAX_LENGTH, rows: 2 });
      comment.value = this.comment;
      comment.addEventListener('input', () => { this.comment = comment.value; });
      const submit = h('button', { type: 'submit', class: 'primary', 'data-testid': 'rating-submit', disabled: view.sending }, t('ratingSubmit'));
      const form = h('form', { class: 'stack', novalidate: true },
        h('fieldset', { class: 'stars' }, h('legend', {}, t('ratingLegend')), stars),
        h('label', { for: 'tsunagu-comment' }, t('ratingComment')), comment,
        view.error ? h('p', { class: 'error', role: 'alert' }, t(view.error)) : null,
        h('div', { class: 'actions' }, submit));
      form.addEventListener('submit', event => {
        event.preventDefault();
        void this.sendRating();
      });
      elements.push(form);
    }
    const consultationId = view.consultationId;
    const followUp = consultationId
      ? h('button', { type: 'button', class: 'secondary', 'data-testid': 'follow-up', 'aria-expanded': String(view.followUp) }, t('followUp'))
      : null;
    followUp?.addEventListener('click', () => {
      if (this.view.kind === 'ended') {
        if (!this.view.followUp) {
          this.startBooking(consultationId);
        }
        this.show({ ...this.view, followUp: !this.view.followUp });
      }
    });
    elements.push(h('div', { class: 'actions' }, followUp, ...this.renderAskAgain()));
    if (view.followUp) {
      elements.push(h('section', { class: 'stack' },
        h('p', { class: 'hint', 'data-testid': 'follow-up-info', role: 'status' }, t('followUpInfo')),
        this.renderBooking()));
    }
    return elements;
  }

  private renderAskAgain(): HTMLElement[] {
    const again = h('button', { type: 'button', class: 'primary', 'data-testid': 'ask-again' }, this.t('askAgain'));
    again.addEventListener('click', () => {
      this.comment = '';
      this.show({ kind: 'closed' });
      void this.checkAvailability().then(() => this.open());
    });
    return [again];
  }
}
