package io.tsunagu.signaling.ice;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.tsunagu.signaling.message.SignalMessage.IceTransportPolicy;

/** How browsers gather ICE candidates. */
@ConfigMapping(prefix = "tsunagu.ice")
public interface IceConfig {

    /** all: direct paths first, TURN when they fail; relay: only through TURN (keeps test media on loopback). */
    @WithDefault("all")
    IceTransportPolicy transportPolicy();
}
