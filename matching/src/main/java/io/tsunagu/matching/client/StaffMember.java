package io.tsunagu.matching.client;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A staff member as staff-directory describes them; only what matching needs is read. The shift and
 * channel fields are read tolerant of their absence (older staff-directory): every channel, on shift, no end.
 */
public record StaffMember(String username, String storeId, List<String> languages, List<Expertise> expertise,
                          int maxConcurrent, Presence presence, List<String> channels, Boolean onShift,
                          Instant shiftEndsAt) {

    public static final List<String> ALL_CHANNELS = List.of("VIDEO", "VOICE", "CHAT");

    public StaffMember {
        languages = languages == null ? List.of() : List.copyOf(languages);
        expertise = expertise == null ? List.of() : List.copyOf(expertise);
        channels = channels == null ? ALL_CHANNELS : List.copyOf(channels);
        onShift = onShift == null ? Boolean.TRUE : onShift;
    }

    /** A staff member on shift for every channel, with no known shift end. */
    public StaffMember(String username, String storeId, List<String> languages, List<Expertise> expertise,
                       int maxConcurrent, Presence presence) {
        this(username, storeId, languages, expertise, maxConcurrent, presence, null, null, null);
    }

    /** Tag → level (1–5). */
    public Map<String, Integer> expertiseLevels() {
        return expertise.stream().collect(Collectors.toUnmodifiableMap(Expertise::tag, Expertise::level, Math::max));
    }

    public record Expertise(String tag, int level) {
    }
}
