package io.tsunagu.signaling.ice;

import io.tsunagu.signaling.message.SignalMessage.IceServer;
import io.tsunagu.signaling.message.SignalMessage.IceTransportPolicy;

import java.util.List;

/** What a browser passes to {@code RTCPeerConnection}, and for how many seconds the TURN credential holds. */
public record IceServers(List<IceServer> iceServers, IceTransportPolicy iceTransportPolicy, long ttlSeconds) {
}
