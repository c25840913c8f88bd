package io.tsunagu.matching.booking;

import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.tsunagu.matching.client.ProfileBridge;
import io.tsunagu.matching.client.Signaling;
import io.tsunagu.matching.client.StaffDirectory;
import io.tsunagu.matching.support.DemoStaff;
import io.tsunagu.matching.support.Shoppers;
import io.tsunagu.matching.support.Tables;
import io.tsunagu.testing.DemoUsers;
import io.tsunagu.testing.TestShopperTickets;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.tsunagu.testing.ApiCalls.anonymous;
import static io.tsunagu.testing.ApiCalls.as;
import static io.tsunagu.testing.ApiCalls.asShopper;
import static io.tsunagu.testing.ApiCalls.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.mockito.Mockito.when;

/** Slots, bookings, the calendar file, cancel and join; staff-directory's calendars and the other parts mocked. */
@QuarkusTest
class BookingResourceTest {

    private static final String SLOTS = "/api/matching/booking-slots";
    private static final String BOOKINGS = "/api/matching/bookings";
    private static final String MINE = BOOKINGS + "/mine";
    private static final String UPCOMING = BOOKINGS + "/upcoming";
    private static final String BOOKING = BOOKINGS + "/{id}";
    private static final String CALENDAR = BOOKING + "/calendar";
    private static final String JOIN = BOOKING + "/join";
    private static final String UNKNOWN_ID = "6f1c2a52-5b0e-4a59-9c1f-0d6f4c1b2a77";
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    /** Tomorrow 10:00 in Tokyo: a slot of every demo staff member, whose shifts run round the clock. */
    private static final Instant TOMORROW_TEN = LocalDate.now(TOKYO).plusDays(1).atTime(LocalTime.of(10, 0)).atZone(TOKYO).toInstant();
    private static final int CONTENDERS = 12;

    private static final StaffShifts AOI = roundTheClock(DemoUsers.AOI, "Aoi Tanaka", "tokyo", List.of("ja", "en"),
            Map.of("mountaineering", 5, "camping", 3));
    private static final StaffShifts REN = roundTheClock(DemoUsers.REN, "Ren Suzuki", "osaka", List.of("ja"),
            Map.of("trail-running", 4, "townwear", 4));
    private static final StaffShifts HANA = roundTheClock(DemoUsers.HANA, "Hana Sato", "sapporo", List.of("ja", "en", "zh"),
            Map.of("skiing", 5, "mountaineering", 2));

    @InjectMock
    StaffCalendars calendarsMock;
    @InjectMock
    ProfileBridge profileBridgeMock;
    @InjectMock
    StaffDirectory staffDirectoryMock;
    @InjectMock
    Signaling signalingMock;
    @Inject
    Tables tables;
    @Inject
    BookingFixture fixture;

    private final String climber = TestShopperTickets.newVisitorId();

    /** Shifts of a whole day, every day from yesterday to 15 days ahead, in Tokyo. */
    private static StaffShifts roundTheClock(String username, String name, String storeId, List<String> languages,
                                             Map<String, Integer> levels) {
        List<StaffShifts.Shift> shifts = new ArrayList<>();
        for (LocalDate day = LocalDate.now(TOKYO).minusDays(1); day.isBefore(LocalDate.now(TOKYO).plusDays(16)); day = day.plusDays(1)) {
            shifts.add(new StaffShifts.Shift(day.atStartOfDay(TOKYO).toInstant(), day.plusDays(1).atStartOfDay(TOKYO).toInstant()));
        }
        return new StaffShifts(username, name, storeId, TOKYO, languages, levels, List.of("VIDEO", "VOICE", "CHAT"), shifts);
    }

    private static StaffShifts onlyFrom(StaffShifts staff, Instant start, Instant end) {
        return new StaffShifts(staff.username(), staff.displayName(), staff.storeId(), staff.zone(), staff.languages(),
                staff.levels(), staff.channels(), List.of(new StaffShifts.Shift(start, end)));
    }

    @BeforeEach
    void threeStaffOnShift() {
        tables.clear();
        when(calendarsMock.read(14)).thenReturn(Optional.of(List.of(AOI, REN, HANA)));
        when(profileBridgeMock.interests(climber)).thenReturn(Shoppers.CLIMBER_INTERESTS);
    }

    private static Map<String, Object> booking(Instant start) {
        return new HashMap<>(Map.of("start", start.toString(), "language", "ja", "topic", Shoppers.TOPIC, "useBehaviour", true));
    }

    private static Response book(String visitor, Map<String, Object> body) {
        return asShopper(visitor).body(body).post(BOOKINGS);
    }

    @Test
    void slotsAreCutFromTheShiftsOfStaffWhoSpeakTheLanguage() {
        Instant end = TOMORROW_TEN.plus(Duration.ofHours(1));
        when(calendarsMock.read(14)).thenReturn(Optional.of(List.of(onlyFrom(AOI, TOMORROW_TEN, end),
                onlyFrom(HANA, end, end.plus(Duration.ofMinutes(30))))));

        asShopper(climber).queryParam("language", "ja").get(SLOTS).then().statusCode(200)
                .body("slotMinutes", equalTo(30))
                .body("slots.start", contains(TOMORROW_TEN.toString(), TOMORROW_TEN.plus(Duration.ofMinutes(30)).toString(),
                        end.toString()))
                .body("slots[0].end", equalTo(TOMORROW_TEN.plus(Duration.ofMinutes(30)).toString()))
                .body("slots.timeZone", everyItem(equalTo("Asia/Tokyo")));
        asShopper(climber).queryParam("language", "zh").get(SLOTS).then().statusCode(200)
                .body("slots.start", contains(end.toString()));
        asShopper(climber).queryParam("language", "ja").queryParam("storeId", "tokyo").get(SLOTS).then().statusCode(200)
                .body("slots", hasSize(2));
        asShopper(climber).queryParam("language", "fr").get(SLOTS).then().statusCode(200).body("slots", empty());
    }

    @Test
    void theSlotsReachFourteenDaysAheadAndStartAfterNow() {
        List<String> starts = asShopper(climber).queryParam("language", "ja").get(SLOTS).then().statusCode(200)
                .extract().jsonPath().getList("slots.start", String.class);

        Instant first = Instant.parse(starts.get(0));
        Instant last = Instant.parse(starts.get(starts.size() - 1));
        assertThat(first).isAfter(Instant.now()).isBefore(Instant.now().plus(Duration.ofMinutes(36)));
        assertThat(last).isAfter(Instant.now().plus(Duration.ofDays(14)).minus(Duration.ofHours(1)))
                .isBefore(Instant.now().plus(Duration.ofDays(14)));
    }

    @Test
    void eachBookingGoesToTheBestFitStaffMemberStillFreeUntilTheSlotIsGone() {
        book(climber, booking(TOMORROW_TEN)).then().statusCode(201)
                .body("status", equalTo("BOOKED"))
                .body("staffUsername", equalTo(DemoUsers.AOI))
                .body("staffName", equalTo("Aoi Tanaka"))
                .body("storeId", equalTo("tokyo"))
                .body("timeZone", equalTo("Asia/Tokyo"))
                .body("start", equalTo(TOMORROW_TEN.toString()))
                .body("end", equalTo(TOMORROW_TEN.plus(Duration.ofMinutes(30)).toString()))
                .body("matchedTag", equalTo("mountaineering"))
                .body("matchedLevel", equalTo(5));
        String second = TestShopperTickets.newVisitorId();
        when(profileBridgeMock.interests(second)).thenReturn(Shoppers.CLIMBER_INTERESTS);
        book(second, booking(TOMORROW_TEN)).then().statusCode(201).body("staffUsername", equalTo(DemoUsers.HANA));
        book(TestShopperTickets.newVisitorId(), booking(TOMORROW_TEN)).then().statusCode(201)
                .body("staffUsername", equalTo(DemoUsers.REN));

        problem(book(TestShopperTickets.newVisitorId(), booking(TOMORROW_TEN)).then(), 409, "slot-taken");
        asShopper(climber).queryParam("language", "ja").get(SLOTS).then().statusCode(200)
                .body("slots.start", not(hasItem(TOMORROW_TEN.toString())))
                .body("slots.start", hasItem(TOMORROW_TEN.plus(Duration.ofMinutes(30)).toString()));
        as(DemoUsers.AOI).get(UPCOMING).then().statusCode(200)
                .body("start", contains(TOMORROW_TEN.toString())).body("[0].topic", equalTo(Shoppers.TOPIC));
    }

    @Test
    void exactlyOneOfManyShoppersWinsTheLastStaffMembersSlot() throws Exception {
        when(calendarsMock.read(14)).thenReturn(Optional.of(List.of(AOI)));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(CONTENDERS);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < CONTENDERS; i++) {
                String visitor = TestShopperTickets.newVisitorId();
                Callable<Integer> attempt = () -> {
                    start.await();
                    return book(visitor, booking(TOMORROW_TEN)).statusCode();
                };
                answers.add(pool.submit(attempt));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(60, TimeUnit.SECONDS));
            }
            assertThat(statuses).containsOnly(201, 409);
            assertThat(statuses).filteredOn(status -> status == 201).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        as(DemoUsers.AOI).get(UPCOMING).then().statusCode(200).body("", hasSize(1));
    }

    @Test
    void aTimeThatIsNoSlotIsABadRequest() {
        problem(book(climber, booking(TOMORROW_TEN.plus(Duration.ofMinutes(10)))).then(), 400, "not-a-slot");
        problem(book(climber, booking(Instant.now().minus(Duration.ofDays(1)))).then(), 400, "not-a-slot");
    }

    @Test
    void cancellingFreesTheSlotAndCanBeRepeated() {
        when(calendarsMock.read(14)).thenReturn(Optional.of(List.of(AOI)));
        String id = book(climber, booking(TOMORROW_TEN)).then().statusCode(201).extract().path("id");
        asShopper(climber).get(MINE).then().statusCode(200).body("id", contains(id));

        asShopper(climber).delete(BOOKING, id).then().statusCode(204);
        asShopper(climber).delete(BOOKING, id).then().statusCode(204);

        asShopper(climber).get(MINE).then().statusCode(200).body("", empty());
        as(DemoUsers.AOI).get(UPCOMING).then().statusCode(200).body("", empty());
        book(TestShopperTickets.newVisitorId(), booking(TOMORROW_TEN)).then().statusCode(201);
    }

    @Test
    void aShopperHoldsAtMostThreeUpcomingBookings() {
        for (int i = 0; i < 3; i++) {
            book(climber, booking(TOMORROW_TEN.plus(Duration.ofHours(i)))).then().statusCode(201);
        }
        problem(book(climber, booking(TOMORROW_TEN.plus(Duration.ofHours(3)))).then(), 409, "too-many-bookings");
    }

    @Test
    void theCalendarFileHoldsTheBookedTime() {
        String id = book(climber, booking(TOMORROW_TEN)).then().statusCode(201).extract().path("id");

        asShopper(climber).get(CALENDAR, id).then().statusCode(200)
                .contentType(containsString("text/calendar"))
                .header("Content-Disposition", containsString("tsunagu-booking.ics"))
                .body(containsString("BEGIN:VEVENT"))
                .body(containsString("UID:" + id + "@tsunagu"))
                .body(containsString("SUMMARY:スタッフとのビデオ相談（Aoi Tanaka）"));
        problem(asShopper().get(CALENDAR, id).then(), 404, "not-found");
    }

    @Test
    void aFollowUpIsBookedWithTheStaffMemberOfTheShoppersConsultation() {
        UUID consultation = fixture.pastConsultation(climber, DemoUsers.REN, "osaka");

        asShopper(climber).queryParam("language", "ja").queryParam("followUpOf", consultation.toString()).get(SLOTS)
                .then().statusCode(200).body("slots.start", hasItem(TOMORROW_TEN.toString()));
        Map<String, Object> body = booking(TOMORROW_TEN);
        body.put("followUpOf", consultation.toString());
        book(climber, body).then().statusCode(201)
                .body("staffUsername", equalTo(DemoUsers.REN))
                .body("followUpOf", equalTo(consultation.toString()));

        problem(asShopper().queryParam("language", "ja").queryParam("followUpOf", consultation.toString()).get(SLOTS).then(),
                404, "not-found");
        problem(asShopper(climber).queryParam("language", "ja").queryParam("followUpOf", UNKNOWN_ID).get(SLOTS).then(),
                404, "not-found");
    }

    @Test
    void joiningAtTheBookedTimeQueuesARequestOfferedOnlyToTheBookedStaffMember() {
        when(staffDirectoryMock.availableStaff()).thenReturn(List.of(DemoStaff.AOI, DemoStaff.REN));
        UUID booking = fixture.booking(climber, REN, Instant.now().minus(Duration.ofMinutes(1)), Duration.ofMinutes(30),
                Shoppers.CLIMBER_INTERESTS);

        String requestId = asShopper(climber).post(JOIN, booking).then().statusCode(200)
                .body("visitorId", equalTo(climber)).body("channel", equalTo("VIDEO"))
                .extract().path("id");
        asShopper(climber).post(JOIN, booking).then().statusCode(200).body("id", equalTo(requestId));

        // aoi fits the climber far better, and is free: the booking still goes to ren alone.
        String offered = await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200)).until(
                () -> as(DemoUsers.REN).get("/api/matching/offers/mine").then().statusCode(200).extract().jsonPath()
                        .getString("find { it.requestId == '" + requestId + "' }.id"),
                Objects::nonNull);
        assertThat(offered).isNotNull();
        as(DemoUsers.AOI).get("/api/matching/offers/mine").then().statusCode(200).body("", empty());
        asShopper(climber).get(MINE).then().body("[0].requestId", equalTo(requestId));
    }

    @Test
    void aBookingIsJoinedOnlyAtItsTimeAndNotOnceCancelled() {
        String tomorrow = book(climber, booking(TOMORROW_TEN)).then().statusCode(201).extract().path("id");
        problem(asShopper(climber).post(JOIN, tomorrow).then(), 409, "booking-not-due");

        UUID now = fixture.booking(climber, AOI, Instant.now().plus(Duration.ofMinutes(5)), Duration.ofMinutes(30), Map.of());
        asShopper(climber).delete(BOOKING, now).then().statusCode(204);
        problem(asShopper(climber).post(JOIN, now).then(), 409, "booking-cancelled");
        problem(asShopper().post(JOIN, tomorrow).then(), 404, "not-found");
        problem(asShopper(climber).post(JOIN, UNKNOWN_ID).then(), 404, "not-found");
    }

    @Test
    void whenStaffDirectoryDoesNotAnswerTheShopperIsToldToTryAgain() {
        when(calendarsMock.read(14)).thenReturn(Optional.empty());

        problem(asShopper(climber).queryParam("language", "ja").get(SLOTS).then(), 503, "part-unavailable");
        problem(book(climber, booking(TOMORROW_TEN)).then(), 503, "part-unavailable");
    }

    @Test
    void malformedAndInvalidInputIsABadRequest() {
        problem(asShopper(climber).body("{\"start\": ").post(BOOKINGS).then(), 400, "malformed-json");
        problem(asShopper(climber).body(Map.of("start", "tomorrow at ten", "language", "ja")).post(BOOKINGS).then(),
                400, "malformed-json");
        problem(asShopper(climber).body(Map.of("language", "Japanese", "topic", "x".repeat(501), "storeId", "Tokyo!"))
                .post(BOOKINGS).then(), 400, "invalid-request")
                .body("violations.field", hasItems("start", "language", "topic", "storeId"));
        problem(asShopper(climber).post(BOOKINGS).then(), 400, "invalid-request");
        problem(asShopper(climber).get(SLOTS).then(), 400, "invalid-request");
        problem(asShopper(climber).queryParam("language", "Japanese").get(SLOTS).then(), 400, "invalid-request");
        asShopper(climber).queryParam("language", "ja").queryParam("followUpOf", "not-a-uuid").get(SLOTS)
                .then().statusCode(404);
        asShopper(climber).delete(BOOKING, "not-a-uuid").then().statusCode(404);
    }

    @Test
    void withoutATicketOrTokenEveryEndpointIsUnauthorized() {
        problem(anonymous().queryParam("language", "ja").get(SLOTS).then(), 401, "unauthorized");
        problem(anonymous().body(booking(TOMORROW_TEN)).post(BOOKINGS).then(), 401, "unauthorized");
        problem(anonymous().get(MINE).then(), 401, "unauthorized");
        problem(anonymous().get(UPCOMING).then(), 401, "unauthorized");
        problem(anonymous().delete(BOOKING, UNKNOWN_ID).then(), 401, "unauthorized");
        problem(anonymous().get(CALENDAR, UNKNOWN_ID).then(), 401, "unauthorized");
        problem(anonymous().post(JOIN, UNKNOWN_ID).then(), 401, "unauthorized");
    }

    @Test
    void eachSideIsForbiddenTheOthersEndpoints() {
        problem(as(DemoUsers.AOI).queryParam("language", "ja").get(SLOTS).then(), 403, "forbidden");
        problem(as(DemoUsers.AOI).body(booking(TOMORROW_TEN)).post(BOOKINGS).then(), 403, "forbidden");
        problem(as(DemoUsers.AOI).get(MINE).then(), 403, "forbidden");
        problem(as(DemoUsers.SORA).delete(BOOKING, UNKNOWN_ID).then(), 403, "forbidden");
        problem(as(DemoUsers.MEI).get(CALENDAR, UNKNOWN_ID).then(), 403, "forbidden");
        problem(as(DemoUsers.AOI).post(JOIN, UNKNOWN_ID).then(), 403, "forbidden");
        problem(asShopper(climber).get(UPCOMING).then(), 403, "forbidden");
        problem(as(DemoUsers.SORA).get(UPCOMING).then(), 403, "forbidden");
    }
}
