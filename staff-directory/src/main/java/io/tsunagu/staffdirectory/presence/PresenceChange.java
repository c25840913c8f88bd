package io.tsunagu.staffdirectory.presence;

import jakarta.validation.constraints.NotNull;

/** The body of a presence change; the value is checked against {@link Presence} by the service. */
public record PresenceChange(@NotNull String presence) {
}
