package io.tsunagu.matching.client;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A staff member as staff-directory describes them; only what matching needs is read. */
public record StaffMember(String username, String storeId, List<String> languages, List<Expertise> expertise,
                          int maxConcurrent, Presence presence) {

    public StaffMember {
        languages = languages == null ? List.of() : List.copyOf(languages);
        expertise = expertise == null ? List.of() : List.copyOf(expertise);
    }

    /** Tag → level (1–5). */
    public Map<String, Integer> expertiseLevels() {
        return expertise.stream().collect(Collectors.toUnmodifiableMap(Expertise::tag, Expertise::level, Math::max));
    }

    public record Expertise(String tag, int level) {
    }
}
