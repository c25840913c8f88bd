package io.tsunagu.profilebridge.person;

import java.util.UUID;

/**
 * Fired inside the transaction that merged two people or undid a merge, so that what is kept per
 * person (interests, consent) follows.
 */
public record PersonsChanged(Kind kind, UUID survivorId, UUID absorbedId, UUID mergeId) {

    public enum Kind { MERGED, UNMERGED }
}
