package io.tsunagu.profilebridge.interest;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.tsunagu.profilebridge.person.IdentityRepository;
import io.tsunagu.testing.TestShopperTickets;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The kept vector's arithmetic, at fixed instants, against the real table. */
@QuarkusTest
class InterestStoreTest {

    private static final Duration HALF_LIFE = Duration.ofDays(7);
    private static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");
    private static final String TAG = "camping";

    @Inject
    InterestStore store;
    @Inject
    IdentityRepository identities;

    private UUID newPerson() {
        String visitor = TestShopperTickets.newVisitorId();
        return QuarkusTransaction.requiringNew().call(() -> {
            identities.ensureVisitor(visitor, T0);
            return identities.requireVisitor(visitor).personId;
        });
    }

    private void add(UUID person, double weight, Instant at, Instant asOf) {
        QuarkusTransaction.requiringNew().run(() -> store.add(person, List.of(new Signal(List.of(TAG), weight, at)), asOf));
    }

    private double scoreAt(UUID person, Instant now) {
        return QuarkusTransaction.requiringNew().call(() -> store.scores(person, now)).stream()
                .filter(s -> s.tag().equals(TAG)).mapToDouble(TagScore::score).findFirst().orElse(0);
    }

    @Test
    void aStoredScoreDecaysBeforeANewSignalIsAdded() {
        UUID person = newPerson();
        add(person, 1, T0, T0);
        add(person, 1, T0.plus(HALF_LIFE), T0.plus(HALF_LIFE));

        // 1 × 0.5 + 1, then both halve once more
        assertThat(scoreAt(person, T0.plus(HALF_LIFE))).isEqualTo(1.5);
        assertThat(scoreAt(person, T0.plus(HALF_LIFE.multipliedBy(2)))).isEqualTo(0.75);
    }

    @Test
    void aSignalArrivingLateCountsAsOfWhenItHappened() {
        UUID person = newPerson();
        // A purchase that happened a half-life ago, received now.
        add(person, 5, T0, T0.plus(HALF_LIFE));

        assertThat(scoreAt(person, T0.plus(HALF_LIFE))).isEqualTo(2.5);
    }

    @Test
    void addsInAnyOrderGiveTheSameScoreAsComputingFromEverySignal() {
        UUID inOrder = newPerson();
        UUID outOfOrder = newPerson();
        Instant later = T0.plus(Duration.ofDays(3));
        add(inOrder, 2, T0, T0);
        add(inOrder, 3, later, later);
        // The second writer's clock is behind the first's: the stored instant does not go back.
        add(outOfOrder, 3, later, later);
        add(outOfOrder, 2, T0, T0);

        Instant now = T0.plus(Duration.ofDays(10));
        InterestCalculator calculator = new InterestCalculator(HALF_LIFE);
        double expected = calculator.scores(List.of(new Signal(List.of(TAG), 2, T0), new Signal(List.of(TAG), 3, later)), now)
                .get(0).score();
        assertThat(scoreAt(inOrder, now)).isEqualTo(expected);
        assertThat(scoreAt(outOfOrder, now)).isEqualTo(expected);
    }
}
