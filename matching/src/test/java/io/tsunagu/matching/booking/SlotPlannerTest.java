package io.tsunagu.matching.booking;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SlotPlannerTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final Duration HALF_HOUR = Duration.ofMinutes(30);
    /** 2026-11-25 09:00 in Tokyo. */
    private static final Instant NINE = Instant.parse("2026-11-25T00:00:00Z");
    private static final Instant EARLIEST = NINE.minus(Duration.ofDays(1));
    private static final Instant LATEST = NINE.plus(Duration.ofDays(14));
    private static final SlotPlanner.Wish JAPANESE = new SlotPlanner.Wish("ja", null, null);

    private static StaffShifts staff(String username, String storeId, List<String> languages, Instant start, Instant end) {
        return new StaffShifts(username, username, storeId, TOKYO, languages, Map.of(), List.of("VIDEO"),
                List.of(new StaffShifts.Shift(start, end)));
    }

    private static List<Instant> starts(List<SlotPlanner.Slot> slots) {
        return slots.stream().map(SlotPlanner.Slot::start).toList();
    }

    @Test
    void slotsLieOnTheLocalGridWhollyInsideTheShift() {
        // 09:10–10:45 local: the grid points 09:30 and 10:00 have room; 10:30 would end past the shift.
        StaffShifts aoi = staff("aoi", "tokyo", List.of("ja"), NINE.plus(Duration.ofMinutes(10)), NINE.plus(Duration.ofMinutes(105)));

        List<SlotPlanner.Slot> slots = SlotPlanner.plan(List.of(aoi), List.of(), JAPANESE, EARLIEST, LATEST, HALF_HOUR);

        assertThat(starts(slots)).containsExactly(NINE.plus(HALF_HOUR), NINE.plus(Duration.ofMinutes(60)));
        assertThat(slots.get(0).end()).isEqualTo(NINE.plus(Duration.ofMinutes(60)));
    }

    @Test
    void theGridFollowsTheStoresMidnightNotUtc() {
        // Kathmandu is UTC+05:45: its local 09:00 is 03:15 UTC, a grid point there but not in UTC.
        ZoneId kathmandu = ZoneId.of("Asia/Kathmandu");
        Instant localNine = Instant.parse("2026-11-25T03:15:00Z");
        StaffShifts staff = new StaffShifts("raj", "raj", "kathmandu", kathmandu, List.of("en"), Map.of(), List.of("VIDEO"),
                List.of(new StaffShifts.Shift(localNine, localNine.plus(Duration.ofHours(1)))));

        List<SlotPlanner.Slot> slots = SlotPlanner.plan(List.of(staff), List.of(),
                new SlotPlanner.Wish("en", null, null), EARLIEST, LATEST, HALF_HOUR);

        assertThat(starts(slots)).containsExactly(localNine, localNine.plus(HALF_HOUR));
    }

    @Test
    void aSlotIsFreeWhileSomeSuitableStaffMemberHasNoOverlappingBooking() {
        StaffShifts aoi = staff("aoi", "tokyo", List.of("ja"), NINE, NINE.plus(Duration.ofHours(1)));
        StaffShifts ren = staff("ren", "osaka", List.of("ja"), NINE, NINE.plus(HALF_HOUR));
        List<SlotPlanner.Booked> booked = List.of(
                new SlotPlanner.Booked("aoi", NINE, NINE.plus(HALF_HOUR)),
                // An older booking of another length still blocks what it overlaps.
                new SlotPlanner.Booked("aoi", NINE.plus(Duration.ofMinutes(45)), NINE.plus(Duration.ofMinutes(75))));

        List<SlotPlanner.Slot> slots = SlotPlanner.plan(List.of(aoi, ren), booked, JAPANESE, EARLIEST, LATEST, HALF_HOUR);

        assertThat(starts(slots)).containsExactly(NINE);
        assertThat(slots.get(0).free()).extracting(StaffShifts::username).containsExactly("ren");
    }

    @Test
    void languageStoreAndStaffMemberFilterTheCandidates() {
        StaffShifts aoi = staff("aoi", "tokyo", List.of("ja", "en"), NINE, NINE.plus(HALF_HOUR));
        StaffShifts ren = staff("ren", "osaka", List.of("ja"), NINE, NINE.plus(HALF_HOUR));
        List<StaffShifts> roster = List.of(aoi, ren);

        assertThat(SlotPlanner.plan(roster, List.of(), new SlotPlanner.Wish("en", null, null), EARLIEST, LATEST, HALF_HOUR)
                .get(0).free()).extracting(StaffShifts::username).containsExactly("aoi");
        assertThat(SlotPlanner.plan(roster, List.of(), new SlotPlanner.Wish("ja", "osaka", null), EARLIEST, LATEST, HALF_HOUR)
                .get(0).free()).extracting(StaffShifts::username).containsExactly("ren");
        assertThat(SlotPlanner.plan(roster, List.of(), new SlotPlanner.Wish("ja", null, "aoi"), EARLIEST, LATEST, HALF_HOUR)
                .get(0).free()).extracting(StaffShifts::username).containsExactly("aoi");
        assertThat(SlotPlanner.plan(roster, List.of(), new SlotPlanner.Wish("zh", null, null), EARLIEST, LATEST, HALF_HOUR))
                .isEmpty();
    }

    @Test
    void staffWhoDoNotTakeVideoAreNeverBooked() {
        StaffShifts chatOnly = new StaffShifts("ren", "ren", "osaka", TOKYO, List.of("ja"), Map.of(), List.of("CHAT"),
                List.of(new StaffShifts.Shift(NINE, NINE.plus(HALF_HOUR))));

        assertThat(SlotPlanner.plan(List.of(chatOnly), List.of(), JAPANESE, EARLIEST, LATEST, HALF_HOUR)).isEmpty();
    }

    @Test
    void onlySlotsFromTheEarliestStartAndBeforeTheHorizonAreOffered() {
        StaffShifts aoi = staff("aoi", "tokyo", List.of("ja"), NINE, NINE.plus(Duration.ofHours(3)));

        List<SlotPlanner.Slot> slots = SlotPlanner.plan(List.of(aoi), List.of(), JAPANESE,
                NINE.plus(Duration.ofMinutes(20)), NINE.plus(Duration.ofMinutes(90)), HALF_HOUR);

        assertThat(starts(slots)).containsExactly(NINE.plus(HALF_HOUR), NINE.plus(Duration.ofMinutes(60)));
    }

    @Test
    void shiftsThatTouchOrOverlapGiveEachSlotOnce() {
        StaffShifts aoi = new StaffShifts("aoi", "aoi", "tokyo", TOKYO, List.of("ja"), Map.of(), List.of("VIDEO"), List.of(
                new StaffShifts.Shift(NINE, NINE.plus(Duration.ofHours(1))),
                new StaffShifts.Shift(NINE.plus(HALF_HOUR), NINE.plus(Duration.ofMinutes(90)))));

        List<SlotPlanner.Slot> slots = SlotPlanner.plan(List.of(aoi), List.of(), JAPANESE, EARLIEST, LATEST, HALF_HOUR);

        assertThat(starts(slots)).containsExactly(NINE, NINE.plus(HALF_HOUR), NINE.plus(Duration.ofMinutes(60)));
        assertThat(slots).allSatisfy(slot -> assertThat(slot.free()).hasSize(1));
    }
}
