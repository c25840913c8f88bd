package io.tsunagu.matching.request;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class InterestSnapshotTest {

    private static final Map<String, Double> BROWSED_SKIING = Map.of("skiing", 3.0, "townwear", 0.5);
    private static final Map<String, Double> TYPED_MOUNTAINEERING = Map.of("mountaineering", 1.0);

    @Test
    void withoutATypedTopicTheBehaviourIsTheSnapshot() {
        assertThat(InterestSnapshot.withIntent(BROWSED_SKIING, Map.of())).isEqualTo(BROWSED_SKIING);
    }

    @Test
    void aTypedTagCountsAsMuchAsTheStrongestBrowsingSignal() {
        Map<String, Double> snapshot = InterestSnapshot.withIntent(BROWSED_SKIING, TYPED_MOUNTAINEERING);

        assertThat(snapshot).containsEntry("skiing", 3.0).containsEntry("townwear", 0.5);
        assertThat(snapshot.get("mountaineering")).isCloseTo(3.0, within(1e-9));
    }

    @Test
    void aTypedTagAddsToTheSameBrowsedTag() {
        Map<String, Double> snapshot = InterestSnapshot.withIntent(Map.of("mountaineering", 2.0), Map.of("mountaineering", 0.5));

        assertThat(snapshot.get("mountaineering")).isCloseTo(3.0, within(1e-9));
    }

    @Test
    void withoutBehaviourTheTypedTagsKeepTheirOwnScores() {
        assertThat(InterestSnapshot.withIntent(Map.of(), Map.of("hiking", 1.0, "rainwear", 0.5)))
                .containsOnly(Map.entry("hiking", 1.0), Map.entry("rainwear", 0.5));
    }
}
