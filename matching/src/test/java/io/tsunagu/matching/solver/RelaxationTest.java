package io.tsunagu.matching.solver;

import io.tsunagu.matching.domain.FreeStaff;
import io.tsunagu.matching.domain.WaitingRequest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The steps by which a waiting shopper's requirements widen. */
class RelaxationTest {

    private static final Relaxation DEFAULT = new Relaxation(List.of(Duration.ofSeconds(30), Duration.ofSeconds(90)),
            List.of(3, 2, 0), List.of(100, 50, 0));
    private static final FreeStaff AOI = new FreeStaff("aoi", "tokyo", Set.of("ja"), Map.of("mountaineering", 5), 1, true);
    private static final FreeStaff HANA = new FreeStaff("hana", "sapporo", Set.of("ja"), Map.of("mountaineering", 2), 1, true);

    private static WaitingRequest climberWaiting(long seconds) {
        return new WaitingRequest(UUID.randomUUID(), "ja", "VIDEO", Map.of("mountaineering", 2.0), Set.of(), seconds,
                null, "tokyo");
    }

    @Test
    void theMinimumLevelDropsAndTheStoreAffinityFadesAfterEachWait() {
        assertThat(List.of(DEFAULT.minimumLevel(0), DEFAULT.minimumLevel(29), DEFAULT.minimumLevel(30),
                DEFAULT.minimumLevel(89), DEFAULT.minimumLevel(90))).containsExactly(3, 3, 2, 2, 0);
        assertThat(List.of(DEFAULT.storeAffinityPercent(0), DEFAULT.storeAffinityPercent(30),
                DEFAULT.storeAffinityPercent(600))).containsExactly(100, 50, 0);
    }

    @Test
    void applySetsEachRequestsRequirementsForItsWait() {
        WaitingRequest fresh = climberWaiting(5);
        WaitingRequest longer = climberWaiting(45);
        WaitingRequest longest = climberWaiting(120);

        DEFAULT.apply(List.of(fresh, longer, longest), List.of(AOI, HANA));

        assertThat(fresh.getRequiredTag()).isEqualTo("mountaineering");
        assertThat(List.of(fresh.getMinimumLevel(), longer.getMinimumLevel(), longest.getMinimumLevel()))
                .containsExactly(3, 2, 0);
        assertThat(List.of(fresh.getStoreAffinityPercent(), longer.getStoreAffinityPercent(),
                longest.getStoreAffinityPercent())).containsExactly(100, 50, 0);
        assertThat(PairScore.allowed(fresh, HANA)).isFalse();
        assertThat(PairScore.allowed(longer, HANA)).isTrue();
    }

    @Test
    void theMinimumLevelNeverExceedsTheBestFreeStaffMember() {
        WaitingRequest fresh = climberWaiting(0);

        DEFAULT.apply(List.of(fresh), List.of(HANA));

        assertThat(fresh.getMinimumLevel()).isEqualTo(2);
        assertThat(PairScore.allowed(fresh, HANA)).isTrue();
    }

    @Test
    void stepsAndLevelsMustAgree() {
        assertThatThrownBy(() -> new Relaxation(List.of(Duration.ofSeconds(30)), List.of(3), List.of(100, 0)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Relaxation(List.of(Duration.ofSeconds(90), Duration.ofSeconds(30)),
                List.of(3, 2, 0), List.of(100, 50, 0)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
