package io.tsunagu.profilebridge.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "tsunagu.profile")
public interface ProfileConfig {

    /** How long until a behaviour signal counts half as much in the interests; recent behaviour outweighs old. */
    @WithDefault("P7D")
    Duration halfLife();

    /** Behaviour events older than this are removed by a scheduled job (checked every {@code retention-check}). */
    @WithDefault("P395D")
    Duration eventRetention();

    /** How often the retention job runs, in the scheduler's syntax ({@code 1h}, {@code 30m}). */
    @WithDefault("1h")
    String retentionCheck();

    /** How long the taxonomy read from staff-directory (products → tags) is used before it is read again. */
    @WithDefault("PT5M")
    Duration taxonomyRefresh();
}
