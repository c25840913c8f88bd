package io.tsunagu.matching.solver;

import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;
import io.tsunagu.matching.domain.FreeStaff;
import io.tsunagu.matching.domain.MatchingPlan;
import io.tsunagu.matching.domain.WaitingRequest;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

    private static FreeStaff staffOf(String username, String storeId, Set<String> channels, boolean onShift,
                                     long shiftEndOverrunSeconds, int recentLoad) {
        return new FreeStaff(username, storeId, Set.of(JAPANESE), Map.of(MOUNTAINEERING, 5, CAMPING, 3), 2, true,
                channels, onShift, shiftEndOverrunSeconds, recentLoad);
    }

    private static FreeStaff staffOf(String username, String storeId) {
        return staffOf(username, storeId, FreeStaff.ALL_CHANNELS, true, 0, 0);
    }

    private static WaitingRequest historyRequest(String channel, String previousStaff, String usualStoreId,
                                                 FreeStaff assigned) {
        WaitingRequest request = new WaitingRequest(UUID.randomUUID(), JAPANESE, channel, Map.of(MOUNTAINEERING, 1.0),
                Set.of(), WAITED_SECONDS, previousStaff, usualStoreId);
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

    @Test
    void staffFreePenalizesAnyAssignmentToStaffWhoAreOffShift() {
        FreeStaff offShift = staffOf("aoi", "tokyo", FreeStaff.ALL_CHANNELS, false, 0, 0);
        verifier.verifyThat(MatchingConstraintProvider::staffFree)
                .given(offShift, japaneseRequestFor(offShift))
                .penalizesBy(1);
    }

    @Test
    void channelPenalizesStaffWhoDoNotServeTheShoppersChannel() {
        FreeStaff chatOnly = staffOf("aoi", "tokyo", Set.of("CHAT"), true, 0, 0);
        verifier.verifyThat(MatchingConstraintProvider::channel)
                .given(chatOnly, historyRequest("VIDEO", null, null, chatOnly))
                .penalizesBy(1);
    }

    @Test
    void channelIsZeroForAServedChannelAndForInStore() {
        FreeStaff chatOnly = staffOf("aoi", "tokyo", Set.of("CHAT"), true, 0, 0);
        verifier.verifyThat(MatchingConstraintProvider::channel)
                .given(chatOnly, historyRequest("CHAT", null, null, chatOnly), historyRequest("IN_STORE", null, null, chatOnly))
                .penalizesBy(0);
    }

    @Test
    void minimumExpertisePenalizesTheLevelsMissingInTheStrongestInterest() {
        FreeStaff campingExpert = new FreeStaff("ren", "osaka", Set.of(JAPANESE), Map.of(CAMPING, 5, MOUNTAINEERING, 1), 1, true);
        WaitingRequest climber = request(JAPANESE, Map.of(MOUNTAINEERING, 2.0, CAMPING, 0.5), Set.of(), campingExpert)
                .relax(4, WaitingRequest.FULL_AFFINITY_PERCENT);
        verifier.verifyThat(MatchingConstraintProvider::minimumExpertise)
                .given(campingExpert, climber)
                .penalizesBy(3);
    }

    @Test
    void minimumExpertiseIsZeroWhenTheLevelIsReachedOrRelaxedAway() {
        FreeStaff aoi = staff("aoi", 1, true, Set.of(JAPANESE));
        WaitingRequest expertNeeded = request(JAPANESE, Map.of(MOUNTAINEERING, 2.0), Set.of(), aoi).relax(5, 100);
        WaitingRequest relaxed = request(JAPANESE, Map.of("skiing", 2.0), Set.of(), aoi).relax(0, 100);
        verifier.verifyThat(MatchingConstraintProvider::minimumExpertise)
                .given(aoi, expertNeeded, relaxed)
                .penalizesBy(0);
    }

    @Test
    void continuityRewardsTheStaffMemberTheShopperMetBefore() {
        FreeStaff aoi = staffOf("aoi", "tokyo");
        verifier.verifyThat(MatchingConstraintProvider::continuity)
                .given(aoi, historyRequest("VIDEO", "aoi", null, aoi))
                .rewardsWith(PairScore.CONTINUITY_REWARD);
    }

    @Test
    void continuityIsZeroForSomeoneElse() {
        FreeStaff aoi = staffOf("aoi", "tokyo");
        verifier.verifyThat(MatchingConstraintProvider::continuity)
                .given(aoi, historyRequest("VIDEO", "ren", null, aoi), historyRequest("VIDEO", null, null, aoi))
                .rewardsWith(0);
    }

    @Test
    void storeAffinityRewardsTheUsualStoreAndFadesWithTheRelaxation() {
        FreeStaff aoi = staffOf("aoi", "tokyo");
        WaitingRequest regular = historyRequest("VIDEO", null, "tokyo", aoi);
        WaitingRequest fading = historyRequest("VIDEO", null, "tokyo", aoi).relax(0, 50);
        verifier.verifyThat(MatchingConstraintProvider::storeAffinity)
                .given(aoi, regular, fading)
                .rewardsWith(PairScore.STORE_AFFINITY_REWARD + PairScore.STORE_AFFINITY_REWARD / 2);
    }

    @Test
    void storeAffinityIsZeroForAnotherStoreOrOnceFaded() {
        FreeStaff aoi = staffOf("aoi", "tokyo");
        verifier.verifyThat(MatchingConstraintProvider::storeAffinity)
                .given(aoi, historyRequest("VIDEO", null, "osaka", aoi), historyRequest("VIDEO", null, "tokyo", aoi).relax(0, 0))
                .rewardsWith(0);
    }

    @Test
    void fairLoadPenalizesGivingEverythingToOneStaffMember() {
        FreeStaff aoi = staffOf("aoi", "tokyo");
        FreeStaff ren = staffOf("ren", "osaka");
        // Loads 2 and 0 around a mean of 1: the load balance's unfairness is √(1² + 1²) ≈ 1.414.
        verifier.verifyThat(MatchingConstraintProvider::fairLoad)
                .given(aoi, ren, japaneseRequestFor(aoi), japaneseRequestFor(aoi))
                .penalizesBy(1414);
    }

    @Test
    void fairLoadCountsRecentConsultationsAndIsZeroWhenLoadsAreEven() {
        FreeStaff busyEarlier = staffOf("aoi", "tokyo", FreeStaff.ALL_CHANNELS, true, 0, 1);
        FreeStaff idle = staffOf("ren", "osaka", FreeStaff.ALL_CHANNELS, true, 0, 0);
        verifier.verifyThat(MatchingConstraintProvider::fairLoad)
                .given(busyEarlier, idle, japaneseRequestFor(idle))
                .penalizesBy(0);
    }

    @Test
    void shiftEndPenalizesEachMinuteATypicalConsultationWouldRunOver() {
        FreeStaff leavingSoon = staffOf("aoi", "tokyo", FreeStaff.ALL_CHANNELS, true, 301, 0);
        verifier.verifyThat(MatchingConstraintProvider::shiftEnd)
                .given(leavingSoon, japaneseRequestFor(leavingSoon))
                .penalizesBy(6 * MatchingConstraintProvider.SHIFT_END_PER_MINUTE);
    }

    @Test
    void shiftEndIsZeroWhenTheConsultationFitsTheShift() {
        FreeStaff staying = staffOf("aoi", "tokyo");
        verifier.verifyThat(MatchingConstraintProvider::shiftEnd)
                .given(staying, japaneseRequestFor(staying))
                .penalizesBy(0);
    }

    @Test
    void bookedStaffPenalizesABookedRequestGivenToAnyoneElse() {
        FreeStaff aoi = staffOf("aoi", "tokyo");
        FreeStaff ren = staffOf("ren", "osaka");
        verifier.verifyThat(MatchingConstraintProvider::bookedStaff)
                .given(aoi, ren, japaneseRequestFor(ren).bookedWith("aoi"))
                .penalizesBy(1);
    }

    @Test
    void bookedStaffIsZeroForTheBookedStaffMemberAndForWalkIns() {
        FreeStaff aoi = staffOf("aoi", "tokyo");
        FreeStaff ren = staffOf("ren", "osaka");
        verifier.verifyThat(MatchingConstraintProvider::bookedStaff)
                .given(aoi, ren, japaneseRequestFor(aoi).bookedWith("aoi"), japaneseRequestFor(ren),
                        japaneseRequestFor(null).bookedWith("aoi"))
                .penalizesBy(0);
    }

    @Test
    void aBookedRequestNeedsNoMinimumLevelOfItsStaffMember() {
        WaitingRequest booked = request(JAPANESE, Map.of("skiing", 2.0), Set.of(), null).bookedWith("aoi").relax(3, 100);
        assertEquals(0, booked.getMinimumLevel());
    }
}
