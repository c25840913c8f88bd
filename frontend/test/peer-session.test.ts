import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ClientMessage, IceCandidateJson } from '../src/shared/messages';
import { type CallRole, MAX_ICE_RESTARTS, type PeerConnectionLike, PeerSession, SHOPPER_RESTART_DELAY_MS } from '../src/shared/peer-session';

const CONSULTATION = '5b0e7c1e-8d4f-4c38-9a51-0f6c2b9d3e11';
const OTHER_CONSULTATION = '9c1f8d2f-9e50-4d49-8b62-1a7d3cae4f22';
const OFFER_SDP = 'v=0\r\no=staff\r\n';
const ANSWER_SDP = 'v=0\r\no=shopper\r\n';
const CANDIDATE_1: IceCandidateJson = { candidate: 'candidate:1 1 udp 2122260223 127.0.0.1 50000 typ relay', sdpMid: '0', sdpMLineIndex: 0 };
const CANDIDATE_2: IceCandidateJson = { candidate: 'candidate:2 1 udp 2122260223 127.0.0.1 50002 typ relay', sdpMid: '1', sdpMLineIndex: 1 };

/** Records what a session does to its peer connection, in order. */
class FakePeerConnection {
  remoteDescription: RTCSessionDescriptionInit | null = null;
  connectionState: RTCPeerConnectionState = 'new';
  signalingState: RTCSignalingState = 'stable';
  onicecandidate: ((event: unknown) => void) | null = null;
  ontrack: ((event: unknown) => void) | null = null;
  onconnectionstatechange: (() => void) | null = null;
  readonly calls: string[] = [];
  readonly added: IceCandidateJson[] = [];
  readonly transceivers = (['audio', 'video'] as const).map(kind => ({
    direction: 'recvonly' as RTCRtpTransceiverDirection,
    receiver: { track: { kind } },
    sender: { track: null as MediaStreamTrack | null, async replaceTrack(track: MediaStreamTrack | null) { this.track = track; } },
  }));
  readonly tracks: MediaStreamTrack[] = [];
  closed = false;

  addTrack(track: MediaStreamTrack): void {
    this.tracks.push(track);
  }

  getTransceivers() {
    return this.transceivers;
  }

  async createOffer(options?: RTCOfferOptions): Promise<RTCSessionDescriptionInit> {
    this.calls.push(options?.iceRestart ? 'createOffer(iceRestart)' : 'createOffer');
    return { type: 'offer', sdp: OFFER_SDP };
  }

  async createAnswer(): Promise<RTCSessionDescriptionInit> {
    this.calls.push(`createAnswer(${this.transceivers.map(t => t.direction).join(',')})`);
    return { type: 'answer', sdp: ANSWER_SDP };
  }

  async setLocalDescription(description: RTCSessionDescriptionInit): Promise<void> {
    this.signalingState = description.type === 'offer' ? 'have-local-offer' : 'stable';
    this.calls.push(`setLocal:${description.type}`);
  }

  async setRemoteDescription(description: RTCSessionDescriptionInit): Promise<void> {
    // Resolves later, as a browser does: frames that come meanwhile must wait their turn.
    await new Promise(resolve => setTimeout(resolve, 5));
    this.remoteDescription = description;
    this.signalingState = description.type === 'offer' ? 'have-remote-offer' : 'stable';
    this.calls.push(`setRemote:${description.type}`);
  }

  async addIceCandidate(candidate: IceCandidateJson): Promise<void> {
    if (!this.remoteDescription) {
      throw new Error('InvalidStateError: no remote description');
    }
    this.added.push(candidate);
    this.calls.push(`addIceCandidate:${candidate.sdpMid}`);
  }

  close(): void {
    this.closed = true;
  }

  changesState(state: RTCPeerConnectionState): void {
    this.connectionState = state;
    this.onconnectionstatechange?.();
  }

  gathers(candidate: IceCandidateJson | null): void {
    this.onicecandidate?.({ candidate: candidate && { ...candidate, usernameFragment: 'frag', toJSON: () => candidate } });
  }
}

function session(role: CallRole, localStream: MediaStream | null = null) {
  const pc = new FakePeerConnection();
  const sent: ClientMessage[] = [];
  const errors: unknown[] = [];
  const gaveUp: boolean[] = [];
  const remoteStreams: MediaStream[] = [];
  const peerSession = new PeerSession({
    consultationId: CONSULTATION,
    role,
    peerConnection: pc as unknown as PeerConnectionLike,
    send: message => sent.push(message),
    localStream,
    onRemoteStream: stream => remoteStreams.push(stream),
    onError: error => errors.push(error),
    onGiveUp: () => gaveUp.push(true),
  });
  return { pc, sent, errors, remoteStreams, peerSession, gaveUp };
}

function fakeStream(trackIds: string[]): MediaStream {
  const tracks = trackIds.map(id => ({ id }) as MediaStreamTrack);
  return { getTracks: () => tracks } as unknown as MediaStream;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('PeerSession, shopper side', () => {
  it('joins the room of its consultation', () => {
    const { sent, peerSession } = session('shopper');
    peerSession.join();
    expect(sent).toEqual([{ type: 'join', consultationId: CONSULTATION }]);
  });

  it('holds back candidates that come before the offer, then adds them in order after it', async () => {
    const { pc, sent, errors, peerSession } = session('shopper');

    void peerSession.handle({ type: 'ice-candidate', consultationId: CONSULTATION, candidate: CANDIDATE_1 });
    void peerSession.handle({ type: 'offer', consultationId: CONSULTATION, sdp: OFFER_SDP });
    await peerSession.handle({ type: 'ice-candidate', consultationId: CONSULTATION, candidate: CANDIDATE_2 });

    expect(errors).toEqual([]);
    expect(pc.added).toEqual([CANDIDATE_1, CANDIDATE_2]);
    expect(pc.calls).toEqual([
      'setRemote:offer', 'addIceCandidate:0', 'createAnswer(sendrecv,sendrecv)', 'setLocal:answer', 'addIceCandidate:1',
    ]);
    expect(sent).toEqual([{ type: 'answer', consultationId: CONSULTATION, sdp: ANSWER_SDP }]);
  });

  it('negotiates sending but sends nothing until a track is set: camera and microphone start off', async () => {
    const { pc, peerSession } = session('shopper');
    await peerSession.handle({ type: 'offer', consultationId: CONSULTATION, sdp: OFFER_SDP });
    expect(pc.tracks).toEqual([]);
    expect(pc.transceivers.map(t => t.direction)).toEqual(['sendrecv', 'sendrecv']);
    expect(pc.transceivers.map(t => t.sender.track)).toEqual([null, null]);
  });

  it('turns the camera on and off on the video line without a new offer', async () => {
    const { pc, sent, peerSession } = session('shopper');
    await peerSession.handle({ type: 'offer', consultationId: CONSULTATION, sdp: OFFER_SDP });
    const camera = { id: 'camera', kind: 'video' } as MediaStreamTrack;
    expect(await peerSession.setTrack('video', camera)).toBe(true);
    expect(pc.transceivers[1].sender.track).toBe(camera);
    expect(pc.transceivers[0].sender.track).toBeNull();
    await peerSession.setTrack('video', null);
    expect(pc.transceivers[1].sender.track).toBeNull();
    expect(sent.filter(message => message.type === 'offer' || message.type === 'answer')).toHaveLength(1);
  });

  it('keeps a track chosen before the offer and puts it on the line when answering', async () => {
    const { pc, peerSession } = session('shopper');
    const microphone = { id: 'microphone', kind: 'audio' } as MediaStreamTrack;
    expect(await peerSession.setTrack('audio', microphone)).toBe(true);
    await peerSession.handle({ type: 'offer', consultationId: CONSULTATION, sdp: OFFER_SDP });
    expect(pc.transceivers[0].sender.track).toBe(microphone);
  });

  it('asks the staff side for an ICE restart when media stays failed, at most five times', async () => {
    vi.useFakeTimers();
    const { pc, sent, gaveUp } = session('shopper');
    for (let failure = 0; failure < MAX_ICE_RESTARTS; failure++) {
      pc.changesState('failed');
      await vi.advanceTimersByTimeAsync(SHOPPER_RESTART_DELAY_MS);
    }
    expect(sent).toEqual(Array(MAX_ICE_RESTARTS).fill({ type: 'ice-restart', consultationId: CONSULTATION }));
    expect(gaveUp).toEqual([]);
    pc.changesState('failed');
    await vi.advanceTimersByTimeAsync(SHOPPER_RESTART_DELAY_MS);
    expect(sent).toHaveLength(MAX_ICE_RESTARTS);
    expect(gaveUp).toEqual([true]);
  });

  it('does not ask when the staff side re-offered first, nor when media came back', async () => {
    vi.useFakeTimers();
    const { pc, sent, peerSession } = session('shopper');
    pc.changesState('failed');
    void peerSession.handle({ type: 'offer', consultationId: CONSULTATION, sdp: OFFER_SDP });
    await vi.advanceTimersByTimeAsync(SHOPPER_RESTART_DELAY_MS);
    pc.changesState('failed');
    pc.changesState('connected');
    await vi.advanceTimersByTimeAsync(SHOPPER_RESTART_DELAY_MS);
    expect(sent.filter(message => message.type === 'ice-restart')).toEqual([]);
  });

  it('counts restarts again from zero once media works', async () => {
    vi.useFakeTimers();
    const { pc, sent, peerSession } = session('shopper');
    pc.changesState('failed');
    await vi.advanceTimersByTimeAsync(SHOPPER_RESTART_DELAY_MS);
    pc.changesState('failed');
    await vi.advanceTimersByTimeAsync(SHOPPER_RESTART_DELAY_MS);
    expect(peerSession.iceRestarts).toBe(2);
    pc.changesState('connected');
    expect(peerSession.iceRestarts).toBe(0);
    expect(sent).toHaveLength(2);
  });

  it('resumes with the last token after a dropped socket, and joins anew when the token is refused', async () => {
    const { sent, peerSession } = session('shopper');
    peerSession.join();
    await peerSession.handle({ type: 'joined', consultationId: CONSULTATION, peerPresent: true, resumeToken: 'token-1' });
    peerSession.join();
    await peerSession.handle({ type: 'resumed', consultationId: CONSULTATION, peerPresent: true, resumeToken: 'token-2' });
    peerSession.join();
    peerSession.resumeRefused();
    expect(sent).toEqual([
      { type: 'join', consultationId: CONSULTATION },
      { type: 'resume', consultationId: CONSULTATION, resumeToken: 'token-1' },
      { type: 'resume', consultationId: CONSULTATION, resumeToken: 'token-2' },
      { type: 'join', consultationId: CONSULTATION },
    ]);
  });

  it('never makes an offer itself', async () => {
    const { pc, sent, peerSession } = session('shopper');
    await peerSession.handle({ type: 'joined', consultationId: CONSULTATION, peerPresent: true });
    await peerSession.handle({ type: 'peer-joined', consultationId: CONSULTATION });
    expect(pc.calls).toEqual([]);
    expect(sent).toEqual([]);
  });

  it('hands the remote stream on', () => {
    const { pc, remoteStreams } = session('shopper');
    const stream = fakeStream(['video']);
    pc.ontrack?.({ track: {}, streams: [stream] });
    expect(remoteStreams).toEqual([stream]);
  });
});

describe('PeerSession, staff side', () => {
  it('sends its camera and microphone', () => {
    const { pc } = session('staff', fakeStream(['camera', 'microphone']));
    expect(pc.tracks.map(track => track.id)).toEqual(['camera', 'microphone']);
  });

  it('makes the offer when the shopper is already in the room', async () => {
    const { pc, sent, peerSession } = session('staff');
    await peerSession.handle({ type: 'joined', consultationId: CONSULTATION, peerPresent: true });
    expect(pc.calls).toEqual(['createOffer', 'setLocal:offer']);
    expect(sent).toEqual([{ type: 'offer', consultationId: CONSULTATION, sdp: OFFER_SDP }]);
  });

  it('waits for the shopper to join before offering, and offers once', async () => {
    const { sent, peerSession } = session('staff');
    await peerSession.handle({ type: 'joined', consultationId: CONSULTATION, peerPresent: false });
    expect(sent).toEqual([]);

    await peerSession.handle({ type: 'peer-joined', consultationId: CONSULTATION });
    await peerSession.handle({ type: 'peer-joined', consultationId: CONSULTATION });
    expect(sent.filter(message => message.type === 'offer')).toHaveLength(1);
  });

  it('applies the answer and the candidates held back before it', async () => {
    const { pc, errors, peerSession } = session('staff');
    await peerSession.handle({ type: 'peer-joined', consultationId: CONSULTATION });
    void peerSession.handle({ type: 'ice-candidate', consultationId: CONSULTATION, candidate: CANDIDATE_1 });
    await peerSession.handle({ type: 'answer', consultationId: CONSULTATION, sdp: ANSWER_SDP });

    expect(errors).toEqual([]);
    expect(pc.remoteDescription).toEqual({ type: 'answer', sdp: ANSWER_SDP });
    expect(pc.calls.slice(-2)).toEqual(['setRemote:answer', 'addIceCandidate:0']);
  });

  it('re-offers with iceRestart when the shopper asks, and when its own media fails', async () => {
    const { pc, sent, peerSession } = session('staff');
    await peerSession.handle({ type: 'peer-joined', consultationId: CONSULTATION });
    await peerSession.handle({ type: 'ice-restart', consultationId: CONSULTATION });
    pc.changesState('failed');
    await peerSession.handle({ type: 'answer', consultationId: CONSULTATION, sdp: ANSWER_SDP });
    expect(pc.calls.filter(call => call.startsWith('createOffer'))).toEqual(['createOffer', 'createOffer(iceRestart)', 'createOffer(iceRestart)']);
    expect(sent.filter(message => message.type === 'offer')).toHaveLength(3);
    expect(sent.filter(message => message.type === 'ice-restart')).toEqual([]);
  });

  it('leaves an answer alone when its offer was already answered (restarts that crossed)', async () => {
    const { pc, errors, peerSession } = session('staff');
    await peerSession.handle({ type: 'peer-joined', consultationId: CONSULTATION });
    await peerSession.handle({ type: 'answer', consultationId: CONSULTATION, sdp: ANSWER_SDP });
    await peerSession.handle({ type: 'answer', consultationId: CONSULTATION, sdp: ANSWER_SDP });
    expect(pc.calls.filter(call => call === 'setRemote:answer')).toHaveLength(1);
    expect(errors).toEqual([]);
  });

  it('does not restart before it has offered', async () => {
    const { pc, peerSession } = session('staff');
    await peerSession.handle({ type: 'ice-restart', consultationId: CONSULTATION });
    expect(pc.calls).toEqual([]);
  });

  it('ignores an offer: the staff side is the one that offers', async () => {
    const { pc, sent, peerSession } = session('staff');
    await peerSession.handle({ type: 'offer', consultationId: CONSULTATION, sdp: OFFER_SDP });
    expect(pc.calls).toEqual([]);
    expect(sent).toEqual([]);
  });
});

describe('PeerSession, both sides', () => {
  it('sends its own candidates with the documented fields only, and not the end-of-candidates marker', () => {
    const { pc, sent } = session('staff');
    pc.gathers(CANDIDATE_1);
    pc.gathers(null);
    expect(sent).toEqual([{ type: 'ice-candidate', consultationId: CONSULTATION, candidate: CANDIDATE_1 }]);
  });

  it("ignores another consultation's frames", async () => {
    const { pc, sent, peerSession } = session('shopper');
    await peerSession.handle({ type: 'offer', consultationId: OTHER_CONSULTATION, sdp: OFFER_SDP });
    await peerSession.handle({ type: 'ice-candidate', consultationId: OTHER_CONSULTATION, candidate: CANDIDATE_1 });
    expect(pc.calls).toEqual([]);
    expect(sent).toEqual([]);
  });

  it('does nothing more once closed', async () => {
    const { pc, sent, peerSession } = session('shopper');
    peerSession.close();
    await peerSession.handle({ type: 'offer', consultationId: CONSULTATION, sdp: OFFER_SDP });
    pc.gathers(CANDIDATE_1);
    expect(pc.closed).toBe(true);
    expect(peerSession.isClosed).toBe(true);
    expect(pc.calls).toEqual([]);
    expect(sent).toEqual([]);
  });

  it('reports a failure and keeps handling later frames', async () => {
    const { pc, errors, peerSession } = session('staff');
    const createOffer = pc.createOffer.bind(pc);
    let failures = 1;
    pc.createOffer = async options => {
      if (failures-- > 0) {
        throw new Error('no codecs');
      }
      return createOffer(options);
    };
    await peerSession.handle({ type: 'peer-joined', consultationId: CONSULTATION });
    await peerSession.handle({ type: 'ice-restart', consultationId: CONSULTATION });
    await peerSession.handle({ type: 'answer', consultationId: CONSULTATION, sdp: ANSWER_SDP });
    expect(errors).toHaveLength(1);
    expect(pc.remoteDescription).toEqual({ type: 'answer', sdp: ANSWER_SDP });
  });
});
