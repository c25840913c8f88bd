package io.tsunagu.matching.booking;

import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class BookingFitTest {

    private static final Map<String, Double> CLIMBER = Map.of("mountaineering", 2.0, "camping", 0.8);

    private static StaffShifts staff(String username, Map<String, Integer> levels) {
        return new StaffShifts(username, username, "tokyo", ZoneId.of("Asia/Tokyo"), List.of("ja"), levels,
                List.of("VIDEO"), List.of());
    }

    @Test
    void theBestExpertiseFitComesFirst() {
        StaffShifts climber = staff("aoi", Map.of("mountaineering", 5, "camping", 3));
        StaffShifts skier = staff("hana", Map.of("skiing", 5, "mountaineering", 2));
        StaffShifts runner = staff("ren", Map.of("trail-running", 4));

        assertThat(BookingFit.rank(List.of(runner, skier, climber), CLIMBER, Map.of()))
                .extracting(StaffShifts::username).containsExactly("aoi", "hana", "ren");
    }

    @Test
    void anEqualFitGoesToWhoeverHasFewerBookingsThenByName() {
        StaffShifts aoi = staff("aoi", Map.of());
        StaffShifts hana = staff("hana", Map.of());
        StaffShifts ren = staff("ren", Map.of());

        assertThat(BookingFit.rank(List.of(ren, hana, aoi), Map.of(), Map.of("aoi", 2L)))
                .extracting(StaffShifts::username).containsExactly("hana", "ren", "aoi");
    }

    @Test
    void theStrongestMatchNamesTheInterestThatWeighsMost() {
        StaffShifts aoi = staff("aoi", Map.of("mountaineering", 5, "camping", 3));

        assertThat(BookingFit.strongestMatch(aoi, CLIMBER)).contains(new BookingFit.Match("mountaineering", 5));
        assertThat(BookingFit.strongestMatch(staff("ren", Map.of("townwear", 4)), CLIMBER)).isEmpty();
        assertThat(BookingFit.strongestMatch(aoi, Map.of())).isEmpty();
    }
}
