package io.tsunagu.matching.access;

import io.quarkus.security.identity.SecurityIdentity;

/** Who is calling: a staff member (by user name), a shopper (by visitor id), an overseer, or another part. */
public record Caller(String name, Kind kind) {

    public static final String SHOPPER = "shopper";
    public static final String STAFF = "staff";
    public static final String MANAGER = "manager";
    public static final String ADMIN = "admin";
    /** Another Tsunagu part, with the client-credentials token of {@code tsunagu-service}. */
    public static final String SERVICE = "service";

    public enum Kind {
        SHOPPER, STAFF, OVERSEER, SERVICE
    }

    /** Resources call this only after {@code @RolesAllowed} let the identity in, so it has one of the roles. */
    public static Caller of(SecurityIdentity identity) {
        String name = identity.getPrincipal().getName();
        if (identity.hasRole(SHOPPER)) {
            return new Caller(name, Kind.SHOPPER);
        }
        if (identity.hasRole(STAFF)) {
            return new Caller(name, Kind.STAFF);
        }
        if (identity.hasRole(MANAGER) || identity.hasRole(ADMIN)) {
            return new Caller(name, Kind.OVERSEER);
        }
        if (identity.hasRole(SERVICE)) {
            return new Caller(name, Kind.SERVICE);
        }
        throw new IllegalStateException("caller " + name + " has none of the roles this part serves");
    }

    public boolean isShopper() {
        return kind == Kind.SHOPPER;
    }

    public boolean isStaff() {
        return kind == Kind.STAFF;
    }

    public boolean isOverseer() {
        return kind == Kind.OVERSEER;
    }
}
