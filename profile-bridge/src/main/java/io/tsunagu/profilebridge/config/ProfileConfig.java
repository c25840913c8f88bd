package io.tsunagu.profilebridge.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "tsunagu.profile")
public interface ProfileConfig {

    /** How long until a behaviour signal counts half as much in the interests; recent behaviour outweighs old. */
    @WithDefault("P7D")
    Duration halfLife();

    /** How long the taxonomy read from staff-directory (products → tags) is used before it is read again. */
    @WithDefault("PT5M")
    Duration taxonomyRefresh();
}
