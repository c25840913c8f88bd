package io.tsunagu.matching.client;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A staff member as staff-directory describes them; only what matching needs is read. The shift and
 * channel fields are read tolerant of their absence (older staff-directory): every channel, on shift, no end.
 * {@code presence} is what they are doing; {@code availability} is their own choice, which may stay AVAILABLE
 * during a call when their capacity allows another.
 */
public record StaffMember(String username, String storeId, List<String> languages, List<Expertise> expertise,
                          int maxConcurrent, Presence presence, List<String> channels, Boolean onShift,
                          Instant shiftEndsAt, Presence availability) {

    public static final List<String> ALL_CHANNELS = List.of("VIDEO", "VOICE", "CHAT");

    public StaffMember {
        languages = languages == null ? List.of() : List.copyOf(languages);
        expertise = expertise == null ? List.of() : List.copyOf(expertise);
        channels = channels == null ? ALL_CHANNELS : List.copyOf(channels);
        onShift = onShift == null ? Boolean.TRUE : onShift;
    }

    /** A staff member whose own choice is what their presence shows. */
    public StaffMember(String username, String storeId, List<String> languages, List<Expertise> expertise,
                       int maxConcurrent, Presence presence, List<String> channels, Boolean onShift,
                       Instant shiftEndsAt) {
        this(username, storeId, languages, expertise, maxConcurrent, presence, channels, onShift, shiftEndsAt, null);
    }

    /** A staff member on shift for every channel, with no known shift end. */
    public StaffMember(String username, String storeId, List<String> languages, List<Expertise> expertise,
                       int maxConcurrent, Presence presence) {
        this(username, storeId, languages, expertise, maxConcurrent, presence, null, null, null);
    }

    /**
     * Takes further offers, up to their capacity: they chose AVAILABLE (an older staff-directory shows only the
     * presence) and are not writing the notes of a call that ended.
     */
    public boolean takesOffers() {
        Presence chosen = availability != null ? availability : presence;
        return chosen == Presence.AVAILABLE && presence != Presence.WRAP_UP;
    }

    /** Tag → level (1–5). */
    public Map<String, Integer> expertiseLevels() {
        return expertise.stream().collect(Collectors.toUnmodifiableMap(Expertise::tag, Expertise::level, Math::max));
    }

    public record Expertise(String tag, int level) {
    }
}
