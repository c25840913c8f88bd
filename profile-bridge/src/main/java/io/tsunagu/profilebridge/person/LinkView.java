package io.tsunagu.profilebridge.person;

import java.util.UUID;

/** The person the identities belong to now; {@code mergeId} when two people with history became one. */
public record LinkView(UUID personId, UUID mergeId) {
}
