package io.tsunagu.matching.support;

import io.tsunagu.matching.client.Presence;
import io.tsunagu.matching.client.StaffMember;
import io.tsunagu.testing.DemoUsers;

import java.util.List;

/** staff-directory's demo staff, as its API would list them while they are AVAILABLE. */
public final class DemoStaff {

    public static final StaffMember AOI = new StaffMember(DemoUsers.AOI, "tokyo", List.of("ja", "en"),
            List.of(new StaffMember.Expertise("mountaineering", 5), new StaffMember.Expertise("camping", 3)),
            1, Presence.AVAILABLE);
    public static final StaffMember REN = new StaffMember(DemoUsers.REN, "osaka", List.of("ja"),
            List.of(new StaffMember.Expertise("trail-running", 4), new StaffMember.Expertise("townwear", 4)),
            1, Presence.AVAILABLE);
    public static final StaffMember HANA = new StaffMember(DemoUsers.HANA, "sapporo", List.of("ja", "en", "zh"),
            List.of(new StaffMember.Expertise("skiing", 5), new StaffMember.Expertise("mountaineering", 2)),
            1, Presence.AVAILABLE);

    private DemoStaff() {
    }
}
