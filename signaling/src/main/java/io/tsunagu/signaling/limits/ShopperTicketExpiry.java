package io.tsunagu.signaling.limits;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.websockets.next.runtime.SecuritySupport;
import io.smallrye.mutiny.Uni;
import io.tsunagu.shopperticket.ShopperTicketIdentityProvider;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;

/**
 * Gives a shopper's identity the expiry attribute Quarkus reads for WebSockets, so that a shopper socket
 * is closed when its ticket expires, as a staff socket is when its Keycloak token does (close code
 * {@value CloseCodes#IDENTITY_EXPIRED}). Quarkus sets a timer per socket: the close is on time, not at
 * the next sweep.
 */
@ApplicationScoped
public class ShopperTicketExpiry implements SecurityIdentityAugmentor {

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (!(identity.getAttribute(ShopperTicketIdentityProvider.EXPIRES_AT) instanceof Instant expiresAt)
                || identity.getAttribute(SecuritySupport.QUARKUS_IDENTITY_EXPIRE_TIME) != null) {
            return Uni.createFrom().item(identity);
        }
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder(identity)
                .addAttribute(SecuritySupport.QUARKUS_IDENTITY_EXPIRE_TIME, expiresAt.getEpochSecond())
                .build());
    }
}
