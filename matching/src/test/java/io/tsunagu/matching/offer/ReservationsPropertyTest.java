package io.tsunagu.matching.offer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Random histories of offers, answers and hang-ups against the reservation rules: capacity is
 * never exceeded, no request is in two live offers, an offer leaves PENDING only once and only by
 * a legal transition, and a refusal always has its stated reason. Each history comes from its own seed, so a
 * failure names the seed that reproduces it.
 */
class ReservationsPropertyTest {

    private static final List<String> STAFF = List.of("aoi", "ren", "hana");
    private static final int REQUESTS = 6;

    sealed interface Step permits Reserve, Close, EndCall {
    }

    record Reserve(int request, int staff) implements Step {
    }

    record Close(int offer, OfferStatus outcome) implements Step {
    }

    record EndCall(int staff) implements Step {
    }

    private static final int HISTORIES = 500;

    static LongStream seeds() {
        return LongStream.range(0, HISTORIES);
    }

    /** Reserve, close and hang-up steps at 5 : 4 : 1, 1 to 60 of them. */
    static List<Step> history(Random random) {
        List<Step> steps = new ArrayList<>();
        int length = 1 + random.nextInt(60);
        for (int i = 0; i < length; i++) {
            int kind = random.nextInt(10);
            if (kind < 5) {
                steps.add(new Reserve(random.nextInt(REQUESTS), random.nextInt(STAFF.size())));
            } else if (kind < 9) {
                OfferStatus[] statuses = OfferStatus.values();
                steps.add(new Close(random.nextInt(41), statuses[random.nextInt(statuses.length)]));
            } else {
                steps.add(new EndCall(random.nextInt(STAFF.size())));
            }
        }
        return steps;
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyHistoryKeepsTheReservationRules(long seed) {
        Random random = new Random(seed);
        List<Step> steps = history(random);
        int aoiMax = 1 + random.nextInt(3);
        int renMax = 1 + random.nextInt(3);
        int hanaMax = 1 + random.nextInt(3);
        Map<String, Integer> capacity = Map.of("aoi", aoiMax, "ren", renMax, "hana", hanaMax);
        List<UUID> requests = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            requests.add(UUID.randomUUID());
        }
        Reservations book = Reservations.empty();
        List<UUID> offers = new ArrayList<>();
        Map<UUID, List<OfferStatus>> histories = new LinkedHashMap<>();
        Map<String, Integer> calls = new HashMap<>();

        for (Step step : steps) {
            if (step instanceof Reserve reserve) {
                    UUID request = requests.get(reserve.request());
                    String staff = STAFF.get(reserve.staff());
                    int max = capacity.get(staff);
                    boolean requestLive = book.liveOffers().stream().anyMatch(offer -> offer.requestId().equals(request));
                    int loadBefore = book.load(staff);
                    UUID offerId = UUID.randomUUID();
                    if (requestLive || loadBefore >= max) {
                        assertThat(book.refusal(request, staff, max)).contains(
                                requestLive ? Reservations.Refusal.REQUEST_RESERVED : Reservations.Refusal.STAFF_FULL);
                        assertThatThrownBy(() -> book.reserve(offerId, request, staff, max)).isInstanceOf(IllegalStateException.class);
                        assertThat(book.load(staff)).isEqualTo(loadBefore);
                    } else {
                        assertThat(book.refusal(request, staff, max)).isEmpty();
                        book.reserve(offerId, request, staff, max);
                        offers.add(offerId);
                        histories.put(offerId, new ArrayList<>(List.of(OfferStatus.PENDING)));
                        assertThat(book.load(staff)).isEqualTo(loadBefore + 1);
                    }
            } else if (step instanceof Close close) {
                if (!offers.isEmpty()) {
                    UUID offerId = offers.get(close.offer() % offers.size());
                    OfferStatus before = book.offer(offerId).orElseThrow().status();
                    if (before == OfferStatus.PENDING && close.outcome() != OfferStatus.PENDING) {
                        Reservations.Held closed = book.close(offerId, close.outcome());
                        histories.get(offerId).add(closed.status());
                        if (close.outcome() == OfferStatus.ACCEPTED) {
                            calls.merge(closed.staffUsername(), 1, Integer::sum);
                        }
                    } else {
                        assertThatThrownBy(() -> book.close(offerId, close.outcome())).isInstanceOf(IllegalStateException.class);
                        assertThat(book.offer(offerId).orElseThrow().status()).isEqualTo(before);
                    }
                }
            } else if (step instanceof EndCall endCall) {
                    String staff = STAFF.get(endCall.staff());
                    if (calls.getOrDefault(staff, 0) > 0) {
                        book.endCall(staff);
                        calls.merge(staff, -1, Integer::sum);
                    } else {
                        assertThatThrownBy(() -> book.endCall(staff)).isInstanceOf(IllegalStateException.class);
                    }
            }
            assertInvariants(book, capacity, calls);
        }
        histories.values().forEach(history -> {
            assertThat(history.get(0)).isEqualTo(OfferStatus.PENDING);
            assertThat(history).hasSizeBetween(1, 2);
            if (history.size() == 2) {
                assertThat(OfferStatus.PENDING.canBecome(history.get(1))).isTrue();
            }
        });
    }

    private static void assertInvariants(Reservations book, Map<String, Integer> capacity, Map<String, Integer> calls) {
        for (String staff : STAFF) {
            long live = book.liveOffers().stream().filter(offer -> offer.staffUsername().equals(staff)).count();
            assertThat(book.load(staff)).isEqualTo(live + calls.getOrDefault(staff, 0));
            assertThat(book.load(staff)).as("load of %s", staff).isLessThanOrEqualTo(capacity.get(staff));
        }
        assertThat(book.liveOffers().stream().map(Reservations.Held::requestId).distinct().count())
                .as("requests in live offers are distinct").isEqualTo(book.liveOffers().size());
    }

    @Test
    void noStateLeadsBackToPendingOrOutOfATerminalState() {
        for (OfferStatus from : OfferStatus.values()) {
            for (OfferStatus to : OfferStatus.values()) {
                assertThat(from.canBecome(to)).as("%s → %s", from, to)
                        .isEqualTo(from == OfferStatus.PENDING && to != OfferStatus.PENDING);
            }
        }
    }
}
