package io.tsunagu.signaling.connection;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.quarkus.websockets.next.HttpUpgradeCheck;
import io.quarkus.websockets.next.runtime.SecurityHttpUpgradeCheck;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.function.BiConsumer;

/**
 * Answers an upgrade whose credentials do not verify (an expired shopper ticket, a forged token) with
 * one plain 401. Left alone, a failed lazy authentication on this path is answered twice: the REST
 * layer's failure handler maps it to a problem response, and the upgrade then writes its own status
 * to the same request and logs an error, for every stale browser. The failure handler is replaced for
 * {@code /ws} only, and this check, running before the endpoint's security annotations, turns the
 * failure into the 401. Missing credentials (401) and a wrong role (403) stay with the annotations.
 */
@ApplicationScoped
@Priority(SecurityHttpUpgradeCheck.BEAN_PRIORITY + 1)
public class AuthenticationUpgradeCheck implements HttpUpgradeCheck {

    private static final int UNAUTHORIZED = 401;
    private static final BiConsumer<RoutingContext, Throwable> LEAVE_TO_UPGRADE_CHECK = (context, failure) -> {
    };

    void silenceDefaultFailureHandler(@Observes Router router) {
        // Security filters take the order -priority: this runs after authentication has installed its
        // failure handler, and before the upgrade resolves the identity.
        router.route(SignalingSocket.PATH).order(-SecurityHandlerPriorities.FORM_AUTHENTICATION).handler(context -> {
            context.put(QuarkusHttpUser.AUTH_FAILURE_HANDLER, LEAVE_TO_UPGRADE_CHECK);
            context.next();
        });
    }

    @Override
    public Uni<CheckResult> perform(HttpUpgradeContext context) {
        return context.securityIdentity()
                .onItem().transformToUni(identity -> CheckResult.permitUpgrade())
                .onFailure(AuthenticationFailedException.class).recoverWithUni(() -> CheckResult.rejectUpgrade(UNAUTHORIZED));
    }
}
