package io.tsunagu.signaling.limits;

import io.quarkus.websockets.next.HttpUpgradeCheck;
import io.quarkus.websockets.next.runtime.SecurityHttpUpgradeCheck;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Refuses an upgrade from a page whose origin is not allowed (403), before any credential is looked at:
 * a page elsewhere cannot ride on a browser's credentials (cross-site WebSocket hijacking). A browser
 * always sends {@code Origin} on a WebSocket upgrade and a page cannot change it, so an upgrade without
 * one comes from a non-browser client, which could send any origin it liked; it is admitted, and its
 * credentials decide.
 */
@ApplicationScoped
@Priority(SecurityHttpUpgradeCheck.BEAN_PRIORITY + 100)
public class OriginCheck implements HttpUpgradeCheck {

    private static final Logger LOG = Logger.getLogger(OriginCheck.class);
    private static final int FORBIDDEN = 403;

    private final Set<String> allowed;

    OriginCheck(LimitsConfig config) {
        this.allowed = config.allowedOrigins().stream().map(OriginCheck::normalize).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public Uni<CheckResult> perform(HttpUpgradeContext context) {
        String origin = context.httpRequest().getHeader("Origin");
        if (origin == null || allowed.contains(normalize(origin))) {
            return CheckResult.permitUpgrade();
        }
        LOG.debugf("upgrade refused: origin not allowed");
        return CheckResult.rejectUpgrade(FORBIDDEN);
    }

    /** Origins compare as browsers serialise them: lower case, no trailing slash. */
    private static String normalize(String origin) {
        String trimmed = origin.strip().toLowerCase(Locale.ROOT);
        return trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }
}
