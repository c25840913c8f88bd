package io.tsunagu.staffdirectory.staff;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * A staff member as the API shows it. {@code onShift} and {@code shiftEndsAt} are evaluated now,
 * in the store's time zone; {@code shiftEndsAt} is null off shift. {@code presence} is what the staff
 * member is doing (a busy state shown over their choice); {@code availability} is their own choice of
 * AVAILABLE, AWAY or OFFLINE, which says whether they take further offers up to {@code maxConcurrent}.
 */
public record StaffView(String username, String displayName, String storeId, List<String> languages,
                        List<Expertise> expertise, int maxConcurrent, List<Channel> channels, Presence presence,
                        Instant presenceSince, Presence availability, boolean onShift, Instant shiftEndsAt, String profileText) {

    /** Strongest expertise first, so that a reader sees what the staff member is best at. */
    private static final Comparator<StaffExpertise> STRONGEST_FIRST =
            Comparator.comparingInt(StaffExpertise::level).reversed().thenComparing(StaffExpertise::tagId);

    public static StaffView of(Staff staff, ShiftStatus shift) {
        List<Expertise> expertise = staff.getExpertise().stream()
                .sorted(STRONGEST_FIRST)
                .map(e -> new Expertise(e.tagId(), e.level()))
                .toList();
        return new StaffView(staff.getUsername(), staff.getDisplayName(), staff.getStoreId(), staff.getLanguages(),
                expertise, staff.getMaxConcurrent(), staff.getChannels(), staff.getPresence(), staff.getPresenceSince(), staff.getAvailability(),
                shift.onShift(), shift.endsAt(), staff.getProfileText() == null ? "" : staff.getProfileText());
    }

    /** Whether a staff member is on shift at some instant, and until when. */
    public record ShiftStatus(boolean onShift, Instant endsAt) {

        public static final ShiftStatus OFF = new ShiftStatus(false, null);
    }
}
