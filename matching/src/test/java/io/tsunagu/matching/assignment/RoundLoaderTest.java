package io.tsunagu.matching.assignment;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;
import io.tsunagu.matching.client.Presence;
import io.tsunagu.matching.client.ProfileBridge;
import io.tsunagu.matching.client.Signaling;
import io.tsunagu.matching.client.StaffDirectory;
import io.tsunagu.matching.client.StaffMember;
import io.tsunagu.matching.client.StaffStatus;
import io.tsunagu.matching.domain.FreeStaff;
import io.tsunagu.matching.domain.WaitingRequest;
import io.tsunagu.matching.support.DemoStaff;
import io.tsunagu.matching.support.Shoppers;
import io.tsunagu.matching.support.Tables;
import io.tsunagu.testing.DemoUsers;
import io.tsunagu.testing.TestShopperTickets;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import static io.tsunagu.testing.ApiCalls.asShopper;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

/** A round's facts: staff-directory's new staff fields, tolerant of their absence, and the shopper's history. */
@QuarkusTest
class RoundLoaderTest {

    /** The matching loop's own thread; see {@code MatchingLoop}. */
    private static final String MATCHING_LOOP_THREAD = "matching-loop";
    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @InjectMock
    StaffDirectory staffDirectoryMock;
    @InjectMock
    ProfileBridge profileBridgeMock;
    @InjectMock
    Signaling signalingMock;
    @Inject
    Tables tables;
    @Inject
    EntityManager entityManager;
    @Inject
    RoundLoader loader;
    @Inject
    ObjectMapper objectMapper;

    private final String returningShopper = TestShopperTickets.newVisitorId();

    /** aoi only chats and leaves in 5 minutes; ren is off shift; hana (not free) served the shopper an hour ago. */
    @BeforeEach
    void aReturningShopperWaits() {
        tables.clear();
        StaffMember aoi = new StaffMember(DemoUsers.AOI, "tokyo", List.of("ja", "en"), List.of(), 1, Presence.AVAILABLE,
                List.of("CHAT"), true, NOW.plusSeconds(300));
        StaffMember renOffShift = new StaffMember(DemoUsers.REN, "osaka", List.of("ja"), List.of(), 1, Presence.AVAILABLE,
                null, false, null);
        List<StaffMember> available = List.of(aoi, renOffShift);
        // The loop sees nobody, so the request stays in the queue for the loader under test.
        when(staffDirectoryMock.availableStaff()).thenAnswer(call ->
                Thread.currentThread().getName().startsWith(MATCHING_LOOP_THREAD) ? List.of() : available);
        when(staffDirectoryMock.roster()).thenReturn(Optional.of(Stream.of(DemoStaff.AOI, DemoStaff.REN, DemoStaff.HANA)
                .map(member -> new StaffStatus(member.username(), member.storeId(), member.languages(),
                        member.maxConcurrent(), member.presence(), true))
                .toList()));
        when(profileBridgeMock.interests(returningShopper)).thenReturn(Map.of("skiing", 2.0));
        pastConsultation(returningShopper, DemoUsers.HANA, NOW.minusSeconds(3600));
    }

    @Test
    void theRoundCarriesShiftsChannelsHistoryAndRelaxation() {
        String requestId = Shoppers.openRequest(returningShopper);

        RoundLoader.Round round = loader.load(NOW);

        assertThat(round.staff()).extracting(FreeStaff::getUsername).containsExactly(DemoUsers.AOI);
        FreeStaff aoi = round.staff().get(0);
        assertThat(aoi.getChannels()).containsExactly("CHAT");
        // A typical consultation (15 min) started now would end 10 min after the shift.
        assertThat(aoi.getShiftEndOverrunSeconds()).isEqualTo(600);
        WaitingRequest request = round.requests().get(0);
        assertThat(request.getId()).hasToString(requestId);
        assertThat(request.getChannel()).isEqualTo("VIDEO");
        assertThat(request.getPreviousStaff()).isEqualTo(DemoUsers.HANA);
        assertThat(request.getUsualStoreId()).as("hana's store, read from the whole staff list").isEqualTo("sapporo");
        assertThat(request.getRequiredTag()).isEqualTo("skiing");
        assertThat(request.getMinimumLevel()).as("nobody free knows skiing, so nothing is required").isZero();
        assertThat(request.getStoreAffinityPercent()).isEqualTo(100);
    }

    @Test
    void theStoreTheShopperPrefersIsTheirUsualStore() {
        asShopper(returningShopper).body(Map.of("language", "ja", "channel", "VIDEO", "preferredStoreId", "osaka"))
                .post("/api/matching/requests").then().statusCode(201);

        RoundLoader.Round round = loader.load(NOW);

        WaitingRequest request = round.requests().get(0);
        assertThat(request.getPreviousStaff()).isEqualTo(DemoUsers.HANA);
        assertThat(request.getUsualStoreId()).as("named by the shopper, ahead of hana's store").isEqualTo("osaka");
    }

    @Test
    void timeInRecentConsultationsIsTheLoad() {
        // 48 min inside the 8 h window is 10 %; a call that ended before the window adds nothing.
        pastConsultation(TestShopperTickets.newVisitorId(), DemoUsers.AOI, NOW.minusSeconds(3600), NOW.minusSeconds(720));
        pastConsultation(TestShopperTickets.newVisitorId(), DemoUsers.AOI, NOW.minusSeconds(9 * 3600), NOW.minusSeconds(8 * 3600 + 1800));
        Shoppers.openRequest(returningShopper);

        RoundLoader.Round round = loader.load(NOW);

        assertThat(round.staff().get(0).getRecentLoad()).as("busy share of the window, in percent").isEqualTo(10);
    }

    @Test
    void staffFromAnOlderStaffDirectoryAreOnShiftForEveryChannelWithNoEnd() throws Exception {
        String older = """
                {"username":"aoi","storeId":"tokyo","languages":["ja"],"expertise":[{"tag":"camping","level":3}],
                 "maxConcurrent":1,"presence":"AVAILABLE","presenceSince":"2026-11-24T10:00:00Z"}""";
        String newer = """
                {"username":"aoi","storeId":"tokyo","languages":["ja"],"expertise":[],"maxConcurrent":2,
                 "presence":"AVAILABLE","channels":["VOICE"],"onShift":false,"shiftEndsAt":"2026-11-24T18:00:00Z",
                 "profileText":"山が好きです"}""";

        StaffMember fromOlder = objectMapper.readValue(older, StaffMember.class);
        StaffMember fromNewer = objectMapper.readValue(newer, StaffMember.class);

        assertThat(fromOlder.channels()).containsExactly("VIDEO", "VOICE", "CHAT");
        assertThat(fromOlder.onShift()).isTrue();
        assertThat(fromOlder.shiftEndsAt()).isNull();
        assertThat(fromNewer.channels()).containsExactly("VOICE");
        assertThat(fromNewer.onShift()).isFalse();
        assertThat(fromNewer.shiftEndsAt()).isEqualTo(Instant.parse("2026-11-24T18:00:00Z"));
    }

    /** An ended consultation, with the request and offer it came from, as the offer flow leaves them. */
    @Transactional
    void pastConsultation(String visitorId, String staffUsername, Instant startedAt) {
        pastConsultation(visitorId, staffUsername, startedAt, startedAt);
    }

    @Transactional
    void pastConsultation(String visitorId, String staffUsername, Instant startedAt, Instant endedAt) {
        UUID requestId = UUID.randomUUID();
        UUID offerId = UUID.randomUUID();
        entityManager.createNativeQuery("INSERT INTO consultation_request (id, visitor_id, language, channel, use_behaviour,"
                        + " status, created_at, updated_at) VALUES (?1, ?2, 'ja', 'VIDEO', true, 'ENDED', ?3, ?3)")
                .setParameter(1, requestId).setParameter(2, visitorId).setParameter(3, startedAt).executeUpdate();
        entityManager.createNativeQuery("INSERT INTO offer (id, request_id, staff_username, status, created_at, expires_at,"
                        + " decided_at) VALUES (?1, ?2, ?3, 'ACCEPTED', ?4, ?4, ?4)")
                .setParameter(1, offerId).setParameter(2, requestId).setParameter(3, staffUsername)
                .setParameter(4, startedAt).executeUpdate();
        entityManager.createNativeQuery("INSERT INTO consultation (id, request_id, offer_id, visitor_id, staff_username,"
                        + " status, started_at, ended_at) VALUES (?1, ?2, ?3, ?4, ?5, 'ENDED', ?6, ?7)")
                .setParameter(1, UUID.randomUUID()).setParameter(2, requestId).setParameter(3, offerId)
                .setParameter(4, visitorId).setParameter(5, staffUsername).setParameter(6, startedAt)
                .setParameter(7, endedAt).executeUpdate();
    }
}
