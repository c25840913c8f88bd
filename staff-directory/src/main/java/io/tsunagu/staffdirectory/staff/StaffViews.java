package io.tsunagu.staffdirectory.staff;

import io.tsunagu.staffdirectory.shift.ShiftStatuses;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Staff as the API shows them, with whether they are on shift now. */
@ApplicationScoped
public class StaffViews {

    private final ShiftStatuses shifts;
    private final Clock clock;

    public StaffViews(ShiftStatuses shifts, Clock clock) {
        this.shifts = shifts;
        this.clock = clock;
    }

    public StaffView of(Staff member) {
        return StaffView.of(member, shifts.of(member, clock.instant()));
    }

    public List<StaffView> of(List<Staff> staff) {
        Instant now = clock.instant();
        Map<String, StaffView.ShiftStatus> statuses = shifts.of(staff, now);
        return staff.stream().map(member -> StaffView.of(member, statuses.get(member.getUsername()))).toList();
    }
}
