package io.tsunagu.signaling.limits;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import org.hibernate.validator.constraints.time.DurationMin;

import java.time.Duration;
import java.util.List;

/** What one client may do with the socket: where it may come from, how many it may hold, how fast it may talk. */
@ConfigMapping(prefix = "tsunagu.signaling")
public interface LimitsConfig {

    /**
     * Page origins whose browsers may open a socket (scheme://host[:port], as the browser sends it): the
     * shop and console behind the edge, and every retailer page that embeds the widget.
     */
    @WithDefault("http://localhost:8080,http://127.0.0.1:8080")
    @NotEmpty
    List<@NotBlank String> allowedOrigins();

    /**
     * Open sockets one staff member or shopper may hold, on all nodes together when they share Redis:
     * a few tabs, and a reconnect racing the old socket.
     */
    @WithDefault("3")
    @Min(1)
    int maxSocketsPerIdentity();

    /** The per-socket message rate. */
    @Valid
    Rate rate();

    interface Rate {

        /** Messages per second a socket may send for as long as it likes. */
        @WithDefault("20")
        @Min(1)
        int messagesPerSecond();

        /** Messages (other than ICE candidates) a quiet socket may send at once: an offer, a few chat lines. */
        @WithDefault("50")
        @Min(1)
        int burst();

        /** ICE candidates per second a socket may send for as long as it likes, on a budget of their own. */
        @WithDefault("10")
        @Min(1)
        int iceCandidatesPerSecond();

        /**
         * ICE candidates a quiet socket may send at once: a browser gathers one per network path and TURN
         * transport in a burst, and again on each ICE restart.
         */
        @WithDefault("100")
        @Min(1)
        int iceCandidateBurst();

        /** Messages refused (from either budget) within one abuse window after which the socket is closed. */
        @WithDefault("100")
        @Min(1)
        int abuseRejections();

        /** The window in which refused messages are counted. */
        @WithDefault("PT10S")
        @DurationMin(millis = 100)
        Duration abuseWindow();
    }
}
