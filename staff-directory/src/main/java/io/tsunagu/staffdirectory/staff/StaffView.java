package io.tsunagu.staffdirectory.staff;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** A staff member as the API shows it. */
public record StaffView(String username, String displayName, String storeId, List<String> languages,
                        List<Expertise> expertise, int maxConcurrent, Presence presence, Instant presenceSince) {

    /** Strongest expertise first, so that a reader sees what the staff member is best at. */
    private static final Comparator<StaffExpertise> STRONGEST_FIRST =
            Comparator.comparingInt(StaffExpertise::level).reversed().thenComparing(StaffExpertise::tagId);

    public static StaffView of(Staff staff) {
        List<Expertise> expertise = staff.getExpertise().stream()
                .sorted(STRONGEST_FIRST)
                .map(e -> new Expertise(e.tagId(), e.level()))
                .toList();
        return new StaffView(staff.getUsername(), staff.getDisplayName(), staff.getStoreId(), staff.getLanguages(),
                expertise, staff.getMaxConcurrent(), staff.getPresence(), staff.getPresenceSince());
    }
}
