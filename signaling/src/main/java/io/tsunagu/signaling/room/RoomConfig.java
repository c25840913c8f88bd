package io.tsunagu.signaling.room;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import org.hibernate.validator.constraints.time.DurationMin;

import java.time.Duration;

@ConfigMapping(prefix = "tsunagu.signaling.room")
public interface RoomConfig {

    /** A room still open after this long was never ended by matching (a lost DELETE); the cleanup ends it. */
    @WithDefault("PT12H")
    @DurationMin(minutes = 1)
    Duration maxAge();
}
