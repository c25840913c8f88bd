package io.tsunagu.signaling.ice;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;

import java.time.Duration;
import java.util.List;

/** STUN and TURN servers handed to browsers; TURN credentials follow coturn's use-auth-secret scheme. */
@ConfigMapping(prefix = "tsunagu.turn")
public interface TurnConfig {

    /** The secret shared with coturn (static-auth-secret); env TSUNAGU_TURN_SECRET; set it per deployment. */
    @WithDefault("dev-only-turn-secret-change-me")
    @NotBlank
    String secret();

    /** TURN URLs, UDP and TCP, so that a network that blocks UDP still gets a relay. */
    @WithDefault("turn:127.0.0.1:3478?transport=udp,turn:127.0.0.1:3478?transport=tcp")
    @NotEmpty
    List<@NotBlank String> urls();

    /** STUN URLs, for the browser to learn its public address. */
    @WithDefault("stun:127.0.0.1:3478")
    @NotEmpty
    List<@NotBlank String> stunUrls();

    /** How long a TURN credential is valid: long enough to set up a call, at most an hour so a leaked one dies soon. */
    @WithDefault("PT1H")
    @DurationMin(seconds = 60)
    @DurationMax(hours = 1)
    Duration credentialTtl();
}
