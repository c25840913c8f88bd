package io.tsunagu.shopperticket;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "tsunagu.shopper-ticket")
public interface ShopperTicketConfig {

    /** The HMAC secret shared by every part (at least 32 bytes); set it per deployment. */
    String secret();

    /** How long a ticket is valid; at most 15 minutes. */
    @WithDefault("PT10M")
    Duration lifetime();
}
