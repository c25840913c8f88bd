package io.tsunagu.matching.solver;

import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;
import io.tsunagu.matching.domain.FreeStaff;
import io.tsunagu.matching.domain.MatchingPlan;
import io.tsunagu.matching.domain.WaitingRequest;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** One violating and one zero case per constraint; each test's name says which method it checks. */
class MatchingConstraintProviderTest {

    private static final String JAPANESE = "ja";
    private static final String ENGLISH = "en";
    private static final String MOUNTAINEERING = "mountaineering";
    private static final String CAMPING = "camping";
    private static final long WAITED_SECONDS = 41;

    private final ConstraintVerifier<MatchingConstraintProvider, MatchingPlan> verifier =
            ConstraintVerifier.build(new MatchingConstraintProvider(), MatchingPlan.class, WaitingRequest.class);

    private static FreeStaff staff(String username, int freeSlots, boolean available, Set<String> languages) {
        return new FreeStaff(username, "tokyo", languages, Map.of(MOUNTAINEERING, 5, CAMPING, 3), freeSlots, available);
    }

    private static WaitingRequest request(String language, Map<String, Double> interests, Set<String> declinedBy,
                                          FreeStaff assigned) {
        WaitingRequest request = new WaitingRequest(UUID.randomUUID(), language, interests, declinedBy, WAITED_SECONDS);
        request.setStaff(assigned);
        return request;
    }

    private static WaitingRequest japaneseRequestFor(FreeStaff assigned) {
        return request(JAPANESE, Map.of(), Set.of(), assigned);
    }

    @Test
    void staffFreePenalizesAssignmentsBeyondTheFreeSlots() {
        FreeStaff aoi = staff("aoi", 1, true, Set.of(JAPANESE));
        verifier.verifyThat(MatchingConstraintProvider::staffFree)
                .given(aoi, japaneseRequestFor(aoi), japaneseRequestFor(aoi), japaneseRequestFor(aoi))
                .penalizesBy(2);
    }

    @Test
    void staffFreePenalizesAnyAssignmentToStaffWhoAreNotAvailable() {
        FreeStaff away = staff("aoi", 1, false, Set.of(JAPANESE));
        verifier.verifyThat(MatchingConstraintProvider::staffFree)
                .given(away, japaneseRequestFor(away))
                .penalizesBy(1);
    }

    @Test
    void staffFreeIsZeroWithinTheFreeSlots() {
        FreeStaff aoi = staff("aoi", 2, true, Set.of(JAPANESE));
        verifier.verifyThat(MatchingConstraintProvider::staffFree)
                .given(aoi, japaneseRequestFor(aoi), japaneseRequestFor(aoi), japaneseRequestFor(null))
                .penalizesBy(0);
    }

    @Test
    void languagePenalizesStaffWhoDoNotSpeakTheShoppersLanguage() {
        FreeStaff englishOnly = staff("aoi", 1, true, Set.of(ENGLISH));
        verifier.verifyThat(MatchingConstraintProvider::language)
                .given(englishOnly, japaneseRequestFor(englishOnly))
                .penalizesBy(1);
    }

    @Test
    void languageIsZeroWhenTheStaffSpeaksIt() {
        FreeStaff bilingual = staff("aoi", 1, true, Set.of(JAPANESE, ENGLISH));
        verifier.verifyThat(MatchingConstraintProvider::language)
                .given(bilingual, japaneseRequestFor(bilingual), request(ENGLISH, Map.of(), Set.of(), bilingual))
                .penalizesBy(0);
    }

    @Test
    void declinedBeforePenalizesStaffWhoTurnedTheRequestDown() {
        FreeStaff aoi = staff("aoi", 1, true, Set.of(JAPANESE));
        verifier.verifyThat(MatchingConstraintProvider::declinedBefore)
                .given(aoi, request(JAPANESE, Map.of(), Set.of("aoi"), aoi))
                .penalizesBy(1);
    }

    @Test
    void declinedBeforeIsZeroForStaffWhoNeverTurnedItDown() {
        FreeStaff aoi = staff("aoi", 1, true, Set.of(JAPANESE));
        verifier.verifyThat(MatchingConstraintProvider::declinedBefore)
                .given(aoi, request(JAPANESE, Map.of(), Set.of("hana"), aoi))
                .penalizesBy(0);
    }

    @Test
    void waitingShopperPenalizesAnUnassignedRequestByTheSecondsWaitedPlusOne() {
        verifier.verifyThat(MatchingConstraintProvider::waitingShopper)
                .given(japaneseRequestFor(null))
                .penalizesBy(WAITED_SECONDS + 1);
    }

    @Test
    void waitingShopperIsZeroWhenEveryRequestIsAssigned() {
        FreeStaff aoi = staff("aoi", 1, true, Set.of(JAPANESE));
        verifier.verifyThat(MatchingConstraintProvider::waitingShopper)
                .given(aoi, japaneseRequestFor(aoi))
                .penalizesBy(0);
    }

    @Test
    void expertiseFitRewardsInterestScoreTimesLevelScaledByAHundred() {
        FreeStaff aoi = staff("aoi", 1, true, Set.of(JAPANESE));
        // 2.0 × mountaineering 5 + 0.5 × camping 3 = 11.5 → 1150; a tag aoi lacks adds nothing.
        WaitingRequest climber = request(JAPANESE, Map.of(MOUNTAINEERING, 2.0, CAMPING, 0.5, "skiing", 4.0), Set.of(), aoi);
        verifier.verifyThat(MatchingConstraintProvider::expertiseFit)
                .given(aoi, climber)
                .rewardsWith(1150);
    }

    @Test
    void expertiseFitIsZeroWithoutSharedInterests() {
        FreeStaff aoi = staff("aoi", 1, true, Set.of(JAPANESE));
        verifier.verifyThat(MatchingConstraintProvider::expertiseFit)
                .given(aoi, request(JAPANESE, Map.of("skiing", 3.0), Set.of(), aoi), japaneseRequestFor(null))
                .rewardsWith(0);
    }
}
