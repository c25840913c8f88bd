package io.tsunagu.matching.client;

import java.util.List;

/**
 * A staff member's presence and shift as staff-directory lists them, for the queue estimates and
 * for withdrawing offers from staff who left. {@code onShift} is null from a staff-directory that
 * does not report shifts yet; then anyone not OFFLINE counts as on shift.
 */
public record StaffStatus(String username, String storeId, List<String> languages, int maxConcurrent,
                          Presence presence, Boolean onShift, Presence availability) {

    public StaffStatus {
        languages = languages == null ? List.of() : List.copyOf(languages);
    }

    /** A staff member whose own choice is what their presence shows. */
    public StaffStatus(String username, String storeId, List<String> languages, int maxConcurrent,
                       Presence presence, Boolean onShift) {
        this(username, storeId, languages, maxConcurrent, presence, onShift, null);
    }

    public boolean isOnShift() {
        return onShift != null ? onShift : presence != Presence.OFFLINE;
    }

    public boolean speaks(String language) {
        return languages.contains(language);
    }

    /** Gone from the desk (or, during a call, taking nothing more): an offer pending for them will not be answered. */
    public boolean isAbsent() {
        Presence chosen = availability != null ? availability : presence;
        return chosen == Presence.AWAY || chosen == Presence.OFFLINE;
    }
}
