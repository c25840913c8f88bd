import type { CallStart, ClientMessage, IceCandidateJson, ServerMessage } from './messages';

export type CallRole = CallStart['role'];

/** The part of RTCPeerConnection a session uses, so that tests can hand in a fake. */
export type PeerConnectionLike = Pick<RTCPeerConnection,
  'remoteDescription' | 'connectionState' | 'signalingState' | 'onicecandidate' | 'ontrack' | 'onconnectionstatechange' | 'addTrack'
  | 'getTransceivers' | 'createOffer' | 'createAnswer' | 'setLocalDescription' | 'setRemoteDescription'
  | 'addIceCandidate' | 'close'>;

/** A call whose media failed is restarted at most this many times before the session gives up. */
export const MAX_ICE_RESTARTS = 5;

/**
 * The shopper waits this long after a media failure before asking for a restart: the staff side sees
 * the failure too and usually re-offers first, and two crossing restarts would only collide.
 */
export const SHOPPER_RESTART_DELAY_MS = 2000;

export interface PeerSessionOptions {
  consultationId: string;
  role: CallRole;
  peerConnection: PeerConnectionLike;
  send: (message: ClientMessage) => void;
  /** What the staff side sends from the start (camera and microphone). The shopper adds tracks later with setTrack. */
  localStream?: MediaStream | null;
  onRemoteStream: (stream: MediaStream) => void;
  onConnectionState?: (state: RTCPeerConnectionState) => void;
  /** Media failed and MAX_ICE_RESTARTS restarts did not bring it back. */
  onGiveUp?: () => void;
  onError?: (error: unknown) => void;
}

/**
 * One side of a consultation's WebRTC call, driven by signalling frames. The staff side makes the SDP
 * offer once the shopper is in the room; the shopper side answers. ICE candidates that arrive before
 * the remote description are held back until it is set, and frames are handled one at a time, so
 * that a candidate never overtakes the description it belongs to.
 *
 * The room is entered with `join`, and after a dropped socket with `resume` and the last resume token.
 * When media fails the session restarts ICE: the staff side re-offers with iceRestart, the shopper side
 * asks for that with an `ice-restart` frame.
 */
export class PeerSession {
  readonly consultationId: string;
  private readonly pc: PeerConnectionLike;
  private pendingCandidates: IceCandidateJson[] = [];
  private offered = false;
  private closed = false;
  private work: Promise<void> = Promise.resolve();
  private resumeToken: string | null = null;
  private restarts = 0;
  private offersReceived = 0;
  /** The local tracks the owner wants sent, applied again after every answer. */
  private readonly wanted = new Map<'audio' | 'video', MediaStreamTrack | null>();

  constructor(private readonly options: PeerSessionOptions) {
    this.consultationId = options.consultationId;
    this.pc = options.peerConnection;
    this.pc.onicecandidate = event => {
      // A null candidate only marks the end of gathering; the peer learns nothing from it.
      const candidate = event.candidate;
      if (candidate && !this.closed) {
        this.send({
          type: 'ice-candidate',
          consultationId: this.consultationId,
          candidate: { candidate: candidate.candidate, sdpMid: candidate.sdpMid, sdpMLineIndex: candidate.sdpMLineIndex },
        });
      }
    };
    this.pc.ontrack = event => {
      options.onRemoteStream(event.streams[0] ?? new MediaStream([event.track]));
    };
    this.pc.onconnectionstatechange = () => this.onConnectionState(this.pc.connectionState);
    const local = options.localStream;
    local?.getTracks().forEach(track => this.pc.addTrack(track, local));
  }

  get role(): CallRole {
    return this.options.role;
  }

  get isClosed(): boolean {
    return this.closed;
  }

  /** How many ICE restarts this session has made since media last worked. */
  get iceRestarts(): number {
    return this.restarts;
  }

  /** Enters the room: `join` the first time, `resume` with the last token after a dropped socket. */
  join(): void {
    if (this.resumeToken) {
      this.send({ type: 'resume', consultationId: this.consultationId, resumeToken: this.resumeToken });
    } else {
      this.send({ type: 'join', consultationId: this.consultationId });
    }
  }

  /** The server did not take the resume token (expired, or another node): enter as new. */
  resumeRefused(): void {
    this.resumeToken = null;
    this.join();
  }

  /**
   * Puts a local track on the wire, or takes it off (null). The shopper's answer negotiates sending
   * on every transceiver, so turning the camera on needs no new negotiation; without a track nothing
   * is sent.
   */
  async setTrack(kind: 'audio' | 'video', track: MediaStreamTrack | null): Promise<boolean> {
    this.wanted.set(kind, track);
    return this.applyTrack(kind, track);
  }

  private async applyTrack(kind: 'audio' | 'video', track: MediaStreamTrack | null): Promise<boolean> {
    const transceiver = this.pc.getTransceivers().find(candidate => candidate.receiver?.track?.kind === kind);
    if (!transceiver) {
      return false;
    }
    await transceiver.sender.replaceTrack(track);
    return true;
  }

  /** Takes one frame for this call; frames of other calls are not this session's business. */
  handle(message: ServerMessage): Promise<void> {
    if (!('consultationId' in message) || message.consultationId !== this.consultationId || this.closed) {
      return this.work;
    }
    this.work = this.work.then(() => this.apply(message)).catch(error => this.options.onError?.(error));
    return this.work;
  }

  /** Starts an ICE restart now (also called by the owner, for instance after a long reconnect). */
  restartIce(): boolean {
    if (this.closed) {
      return false;
    }
    if (this.restarts >= MAX_ICE_RESTARTS) {
      this.options.onGiveUp?.();
      return false;
    }
    this.restarts++;
    this.options.onConnectionState?.(this.pc.connectionState);
    if (this.role === 'staff') {
      this.work = this.work.then(() => this.makeOffer(true)).catch(error => this.options.onError?.(error));
    } else {
      this.send({ type: 'ice-restart', consultationId: this.consultationId });
    }
    return true;
  }

  close(): void {
    if (!this.closed) {
      this.closed = true;
      this.pendingCandidates = [];
      this.pc.close();
    }
  }

  private onConnectionState(state: RTCPeerConnectionState): void {
    if (state === 'connected') {
      this.restarts = 0;
    } else if (state === 'failed' && this.role === 'staff') {
      this.restartIce();
    } else if (state === 'failed') {
      const failedAt = this.offersReceived;
      setTimeout(() => {
        // A fresh offer in the meantime is the staff side's restart already under way.
        if (this.pc.connectionState === 'failed' && this.offersReceived === failedAt) {
          this.restartIce();
        }
      }, SHOPPER_RESTART_DELAY_MS);
    }
    this.options.onConnectionState?.(state);
  }

  private async apply(message: ServerMessage): Promise<void> {
    if (this.closed) {
      return;
    }
    switch (message.type) {
      case 'joined':
        this.resumeToken = message.resumeToken ?? null;
        if (message.peerPresent) {
          await this.offerIfStaff();
        }
        break;
      case 'resumed':
        this.resumeToken = message.resumeToken;
        if (message.peerPresent) {
          await this.offerIfStaff();
        }
        break;
      case 'peer-joined':
        await this.offerIfStaff();
        break;
      case 'ice-restart':
        if (this.role === 'staff' && this.offered) {
          await this.makeOffer(true);
        }
        break;
      case 'offer':
        if (this.role === 'shopper') {
          this.offersReceived++;
          await this.answer(message.sdp);
        }
        break;
      case 'answer':
        // An answer to an offer already answered (restarts that crossed) has nothing left to apply.
        if (this.role === 'staff' && this.pc.signalingState === 'have-local-offer') {
          await this.pc.setRemoteDescription({ type: 'answer', sdp: message.sdp });
          await this.flushCandidates();
        }
        break;
      case 'ice-candidate':
        if (this.pc.remoteDescription) {
          await this.pc.addIceCandidate(message.candidate);
        } else {
          this.pendingCandidates.push(message.candidate);
        }
        break;
      default:
        break;
    }
  }

  private async offerIfStaff(): Promise<void> {
    if (this.role !== 'staff' || this.offered) {
      return;
    }
    this.offered = true;
    await this.makeOffer(false);
  }

  private async makeOffer(iceRestart: boolean): Promise<void> {
    const offer = await this.pc.createOffer(iceRestart ? { iceRestart: true } : undefined);
    await this.pc.setLocalDescription(offer);
    this.send({ type: 'offer', consultationId: this.consultationId, sdp: offer.sdp ?? '' });
  }

  private async answer(sdp: string): Promise<void> {
    await this.pc.setRemoteDescription({ type: 'offer', sdp });
    if (!this.options.localStream) {
      // Negotiate sending on every line so that the shopper's camera and microphone can be switched
      // on later without a new offer; a sender without a track sends nothing.
      this.pc.getTransceivers().forEach(transceiver => {
        if (transceiver.direction !== 'stopped') {
          transceiver.direction = 'sendrecv';
        }
      });
    }
    for (const [kind, track] of this.wanted) {
      await this.applyTrack(kind, track);
    }
    await this.flushCandidates();
    const answer = await this.pc.createAnswer();
    await this.pc.setLocalDescription(answer);
    this.send({ type: 'answer', consultationId: this.consultationId, sdp: answer.sdp ?? '' });
  }

  private async flushCandidates(): Promise<void> {
    const candidates = this.pendingCandidates;
    this.pendingCandidates = [];
    for (const candidate of candidates) {
      await this.pc.addIceCandidate(candidate);
    }
  }

  private send(message: ClientMessage): void {
    this.options.send(message);
  }
}
