package io.tsunagu.matching.booking;

import java.time.Instant;
import java.util.List;

/** The free slots: each with the time zone of the store whose staff would take it. */
public record SlotsView(int slotMinutes, List<SlotView> slots) {

    public record SlotView(Instant start, Instant end, String timeZone) {
    }
}
