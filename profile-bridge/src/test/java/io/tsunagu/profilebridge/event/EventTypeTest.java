package io.tsunagu.profilebridge.event;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventTypeTest {

    @Test
    void theValidationPatternAcceptsExactlyTheTypes() {
        String online = Arrays.stream(EventType.values()).filter(t -> !t.offline()).map(EventType::wireName)
                .collect(Collectors.joining("|"));
        String offline = Arrays.stream(EventType.values()).filter(EventType::offline).map(EventType::wireName)
                .collect(Collectors.joining("|"));

        assertThat(EventType.PATTERN).isEqualTo(online);
        assertThat(EventType.OFFLINE_PATTERN).isEqualTo(offline);
    }

    @Test
    void weightsFollowHowStronglyEachKindSignalsInterest() {
        assertThat(Arrays.stream(EventType.values()).mapToDouble(EventType::weight).toArray())
                .containsExactly(0.5, 1, 1, 2, 3, 5, 0.5, 5, 2);
    }

    @Test
    void wireNamesReadBackAndUnknownOnesAreRefused() {
        assertThat(EventType.fromWireName("cart_add")).isEqualTo(EventType.CART_ADD);
        assertThatThrownBy(() -> EventType.fromWireName("CART_ADD")).isInstanceOf(IllegalArgumentException.class);
    }
}
