import type { CallStart, ClientMessage, IceCandidateJson, ServerMessage } from './messages';

export type CallRole = CallStart['role'];

/** The part of RTCPeerConnection a session uses, so that tests can hand in a fake. */
export type PeerConnectionLike = Pick<RTCPeerConnection,
  'remoteDescription' | 'connectionState' | 'onicecandidate' | 'ontrack' | 'onconnectionstatechange' | 'addTrack'
  | 'getTransceivers' | 'createOffer' | 'createAnswer' | 'setLocalDescription' | 'setRemoteDescription'
  | 'addIceCandidate' | 'close'>;

export interface PeerSessionOptions {
  consultationId: string;
  role: CallRole;
  peerConnection: PeerConnectionLike;
  send: (message: ClientMessage) => void;
  /** What this side sends: the staff member's camera and microphone; nothing for a shopper (camera off). */
  localStream?: MediaStream | null;
  onRemoteStream: (stream: MediaStream) => void;
  onConnectionState?: (state: RTCPeerConnectionState) => void;
  onError?: (error: unknown) => void;
}

/**
 * One side of a consultation's WebRTC call, driven by signalling frames. The staff side makes the SDP
 * offer once the shopper is in the room; the shopper side answers and sends nothing. ICE candidates
 * that arrive before the remote description are held back until it is set, and frames are handled one
 * at a time, so that a candidate never overtakes the description it belongs to.
 */
export class PeerSession {
  readonly consultationId: string;
  private readonly pc: PeerConnectionLike;
  private pendingCandidates: IceCandidateJson[] = [];
  private offered = false;
  private closed = false;
  private work: Promise<void> = Promise.resolve();

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
    this.pc.onconnectionstatechange = () => options.onConnectionState?.(this.pc.connectionState);
    const local = options.localStream;
    local?.getTracks().forEach(track => this.pc.addTrack(track, local));
  }

  get role(): CallRole {
    return this.options.role;
  }

  get isClosed(): boolean {
    return this.closed;
  }

  /** Enters the room; also after a reconnected socket, whose room membership the server has forgotten. */
  join(): void {
    this.send({ type: 'join', consultationId: this.consultationId });
  }

  /** Takes one frame for this call; frames of other calls are not this session's business. */
  handle(message: ServerMessage): Promise<void> {
    if (!('consultationId' in message) || message.consultationId !== this.consultationId || this.closed) {
      return this.work;
    }
    this.work = this.work.then(() => this.apply(message)).catch(error => this.options.onError?.(error));
    return this.work;
  }

  close(): void {
    if (!this.closed) {
      this.closed = true;
      this.pendingCandidates = [];
      this.pc.close();
    }
  }

  private async apply(message: ServerMessage): Promise<void> {
    if (this.closed) {
      return;
    }
    switch (message.type) {
      case 'joined':
        if (message.peerPresent) {
          await this.offerIfStaff();
        }
        break;
      case 'peer-joined':
        await this.offerIfStaff();
        break;
      case 'offer':
        if (this.role === 'shopper') {
          await this.answer(message.sdp);
        }
        break;
      case 'answer':
        if (this.role === 'staff') {
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
    const offer = await this.pc.createOffer();
    await this.pc.setLocalDescription(offer);
    this.send({ type: 'offer', consultationId: this.consultationId, sdp: offer.sdp ?? '' });
  }

  private async answer(sdp: string): Promise<void> {
    await this.pc.setRemoteDescription({ type: 'offer', sdp });
    if (!this.options.localStream) {
      // The shopper's camera and microphone stay off: receive the staff member, send nothing.
      this.pc.getTransceivers().forEach(transceiver => {
        transceiver.direction = 'recvonly';
      });
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
