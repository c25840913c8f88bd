package io.tsunagu.staffdirectory.presence;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "tsunagu.presence")
public interface PresenceConfig {

    /** An AVAILABLE staff member whose console sent no heartbeat for this long becomes AWAY. */
    @WithDefault("60s")
    Duration awayAfter();

    /** How often AVAILABLE staff are checked for a silent console or an ended shift ("off" to stop). */
    @WithDefault("10s")
    String checkEvery();
}
