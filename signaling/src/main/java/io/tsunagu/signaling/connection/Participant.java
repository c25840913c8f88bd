package io.tsunagu.signaling.connection;

import io.quarkus.security.identity.SecurityIdentity;
import io.tsunagu.signaling.Roles;

import java.util.Objects;
import java.util.Optional;

/**
 * Who is on the other end of a socket: a staff member by Keycloak user name, or a shopper by visitor
 * id. Fixed when the socket opens.
 */
public record Participant(Kind kind, String id) {

    /** Visitor ids as the widget makes them (docs/api.md). */
    public static final String VISITOR_ID_PATTERN = "[A-Za-z0-9_-]{8,64}";
    /** Keycloak user names: letters, digits and the punctuation Keycloak allows in them. */
    public static final String STAFF_USERNAME_PATTERN = "[A-Za-z0-9._@-]{1,255}";

    public enum Kind {
        STAFF, SHOPPER
    }

    public Participant {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
    }

    public static Participant staff(String username) {
        return new Participant(Kind.STAFF, username);
    }

    public static Participant shopper(String visitorId) {
        return new Participant(Kind.SHOPPER, visitorId);
    }

    /** The participant an authenticated identity speaks for; empty for one that is neither staff nor shopper. */
    public static Optional<Participant> of(SecurityIdentity identity) {
        if (identity.isAnonymous()) {
            return Optional.empty();
        }
        String name = identity.getPrincipal().getName();
        if (identity.hasRole(Roles.SHOPPER)) {
            return Optional.of(shopper(name));
        }
        if (identity.hasRole(Roles.STAFF)) {
            return Optional.of(staff(name));
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return kind + ":" + id;
    }
}
