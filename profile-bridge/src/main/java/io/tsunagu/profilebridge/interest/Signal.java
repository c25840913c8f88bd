package io.tsunagu.profilebridge.interest;

import java.time.Instant;
import java.util.List;

/** Evidence of interest in some tags: how strong, and when it happened. */
public record Signal(List<String> tags, double weight, Instant at) {

    public Signal {
        tags = List.copyOf(tags);
    }
}
