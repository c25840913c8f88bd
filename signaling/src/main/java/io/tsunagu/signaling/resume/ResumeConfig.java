package io.tsunagu.signaling.resume;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import org.hibernate.validator.constraints.time.DurationMin;

import java.time.Duration;

/** How long a dropped socket may come back into its room. */
@ConfigMapping(prefix = "tsunagu.signaling.resume")
public interface ResumeConfig {

    /**
     * After a participant's last socket in a room drops, the peer sees a pause for this long; a socket that
     * resumes (or joins) within it continues the call, and after it the call is ended. Covers a train tunnel.
     */
    @WithDefault("PT30S")
    @DurationMin(millis = 100)
    Duration grace();

    /** How often the rooms whose participants stayed away past the grace period are looked for (a scheduler expression). */
    @WithDefault("1s")
    String sweepInterval();
}
