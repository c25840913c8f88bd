package io.tsunagu.profilebridge.person;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The merge undone: the restored person has its identities (listed) back. */
public record UndoView(UUID mergeId, UUID survivorPersonId, UUID restoredPersonId, List<String> movedIdentities, Instant undoneAt) {
}
