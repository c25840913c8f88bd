package io.tsunagu.profilebridge.consent;

import java.time.Instant;

/** The current decision; {@code at} is null when the shopper never decided (behaviour is then not used). */
public record ConsentView(boolean useBehaviour, Instant at) {
}
