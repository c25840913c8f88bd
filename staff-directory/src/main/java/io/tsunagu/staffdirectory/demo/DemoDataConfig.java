package io.tsunagu.staffdirectory.demo;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "tsunagu.demo-data")
public interface DemoDataConfig {

    /** Load the demo stores, tags and staff at start; never on in a retailer's production database. */
    @WithDefault("false")
    boolean enabled();
}
