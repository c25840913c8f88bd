package io.tsunagu.signaling.connection;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.tsunagu.signaling.Rooms;
import io.tsunagu.signaling.TestSocket;
import io.tsunagu.testing.DemoUsers;
import io.tsunagu.testing.KeycloakTokens;
import io.tsunagu.testing.TestShopperTickets;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The messages added to the room protocol, each through a real socket: one round trip and one rejection. */
@QuarkusTest
class ProtocolTest {

    private static final String STAFF = DemoUsers.HANA;
    private static final String PRODUCT = """
            {"id":"p-101","name":"山岳ジャケット","price":12800,"currency":"JPY","url":"/products/p-101.html","imageUrl":null}""";

    @TestHTTPResource("/")
    URI baseUri;

    /** A started call: both sides joined, and the staff side has heard of the shopper. */
    private record Call(UUID consultationId, TestSocket staff, TestSocket shopper) implements AutoCloseable {
        @Override
        public void close() {
            shopper.close();
            staff.close();
        }
    }

    private Call call() {
        String visitorId = TestShopperTickets.newVisitorId();
        UUID consultationId = Rooms.open(visitorId, STAFF);
        TestSocket staff = TestSocket.staff(baseUri, STAFF);
        TestSocket shopper = TestSocket.shopper(baseUri, visitorId);
        staff.send(join(consultationId));
        staff.next("joined");
        shopper.send(join(consultationId));
        shopper.next("joined");
        staff.next("peer-joined");
        return new Call(consultationId, staff, shopper);
    }

    @Test
    void chatIsRelayedWithItsSenderAndTime() {
        try (Call call = call()) {
            Instant before = Instant.now().minusSeconds(1);
            call.shopper().send("""
                    {"type":"chat","consultationId":"%s","text":"このジャケットは防水ですか？"}""".formatted(call.consultationId()));
            JsonNode chat = call.staff().next("chat");
            assertThat(chat.path("text").asText()).isEqualTo("このジャケットは防水ですか？");
            assertThat(chat.path("from").asText()).isEqualTo("shopper");
            assertThat(chat.path("consultationId").asText()).isEqualTo(call.consultationId().toString());
            assertThat(Instant.parse(chat.path("at").asText())).isAfter(before).isBefore(Instant.now().plusSeconds(1));

            call.staff().send("""
                    {"type":"chat","consultationId":"%s","text":"Yes, fully waterproof."}""".formatted(call.consultationId()));
            assertThat(call.shopper().next("chat").path("from").asText()).isEqualTo("staff");
            call.staff().expectSilence();
        }
    }

    @Test
    void chatOverTwoThousandCharactersIsTooLargeAndTheSocketStaysOpen() {
        try (Call call = call()) {
            call.shopper().send("""
                    {"type":"chat","consultationId":"%s","text":"%s"}""".formatted(call.consultationId(), "x".repeat(2001)));
            JsonNode error = call.shopper().next("error");
            assertThat(error.path("code").asText()).isEqualTo("TOO_LARGE");
            assertThat(error.path("message").asText()).startsWith("text:");
            call.staff().expectSilence();
            call.shopper().send("""
                    {"type":"chat","consultationId":"%s","text":"short"}""".formatted(call.consultationId()));
            assertThat(call.staff().next("chat").path("text").asText()).isEqualTo("short");
        }
    }

    @Test
    void productCardsGoFromStaffToShopperUnchanged() throws Exception {
        try (Call call = call()) {
            call.staff().send("""
                    {"type":"product-card","consultationId":"%s","product":%s}""".formatted(call.consultationId(), PRODUCT));
            JsonNode card = call.shopper().next("product-card");
            assertThat(card.path("product")).isEqualTo(new com.fasterxml.jackson.databind.ObjectMapper().readTree(PRODUCT));
        }
    }

    @Test
    void aShopperCannotSendAProductCard() {
        try (Call call = call()) {
            call.shopper().send("""
                    {"type":"product-card","consultationId":"%s","product":%s}""".formatted(call.consultationId(), PRODUCT));
            assertThat(call.shopper().next("error").path("code").asText()).isEqualTo("FORBIDDEN");
            call.staff().expectSilence();
        }
    }

    @Test
    void iceRestartIsRelayedEitherWay() {
        try (Call call = call()) {
            call.shopper().send(iceRestart(call.consultationId()));
            assertThat(call.staff().next("ice-restart").path("consultationId").asText()).isEqualTo(call.consultationId().toString());
            call.staff().send(iceRestart(call.consultationId()));
            call.shopper().next("ice-restart");
        }
    }

    @Test
    void iceRestartForAnotherRoomIsRejected() {
        try (Call call = call()) {
            call.shopper().send(iceRestart(UUID.randomUUID()));
            assertThat(call.shopper().next("error").path("code").asText()).isEqualTo("NOT_IN_ROOM");
            call.staff().expectSilence();
        }
    }

    @Test
    void everyRoomMessageBeforeJoinIsNotJoined() {
        try (TestSocket staff = TestSocket.staff(baseUri, STAFF)) {
            UUID consultationId = UUID.randomUUID();
            for (String message : new String[]{
                    iceRestart(consultationId),
                    "{\"type\":\"chat\",\"consultationId\":\"%s\",\"text\":\"hi\"}".formatted(consultationId),
                    "{\"type\":\"leave\",\"consultationId\":\"%s\"}".formatted(consultationId),
                    "{\"type\":\"product-card\",\"consultationId\":\"%s\",\"product\":%s}".formatted(consultationId, PRODUCT)}) {
                staff.send(message);
                assertThat(staff.next("error").path("code").asText()).as("before any join: %s", message).isEqualTo("NOT_JOINED");
            }
        }
    }

    @Test
    void leaveTellsThePeerAtOnce() {
        try (Call call = call()) {
            call.shopper().send("{\"type\":\"leave\",\"consultationId\":\"%s\"}".formatted(call.consultationId()));
            call.staff().next("peer-left");
            // Out of the room: nothing more from this socket reaches it.
            call.shopper().send(iceRestart(call.consultationId()));
            assertThat(call.shopper().next("error").path("code").asText()).isEqualTo("NOT_JOINED");
        }
    }

    @Test
    void leaveOfARoomNotJoinedIsRejected() {
        try (Call call = call()) {
            call.shopper().send("{\"type\":\"leave\",\"consultationId\":\"%s\"}".formatted(UUID.randomUUID()));
            assertThat(call.shopper().next("error").path("code").asText()).isEqualTo("NOT_IN_ROOM");
            call.staff().expectSilence();
        }
    }

    @Test
    void unknownFieldsAreRejected() {
        try (Call call = call()) {
            call.shopper().send("""
                    {"type":"hang-up","consultationId":"%s","reason":"bye"}""".formatted(call.consultationId()));
            JsonNode error = call.shopper().next("error");
            assertThat(error.path("code").asText()).isEqualTo("INVALID_FIELD");
            assertThat(error.path("message").asText()).startsWith("reason:");
            call.staff().expectSilence();
        }
    }

    @Test
    void staffRefreshWithAFreshTokenExtendsTheSocket() {
        try (TestSocket staff = TestSocket.staff(baseUri, STAFF)) {
            staff.send("{\"type\":\"refresh\",\"token\":\"%s\"}".formatted(KeycloakTokens.accessToken(STAFF)));
            JsonNode refreshed = staff.next("refreshed");
            assertThat(Instant.parse(refreshed.path("expiresAt").asText())).isAfter(Instant.now());
            assertThat(staff.isOpen()).isTrue();
        }
    }

    @Test
    void refreshWithSomebodyElsesTokenIsRejected() {
        try (TestSocket staff = TestSocket.staff(baseUri, STAFF)) {
            staff.send("{\"type\":\"refresh\",\"token\":\"%s\"}".formatted(KeycloakTokens.accessToken(DemoUsers.REN)));
            JsonNode error = staff.next("error");
            assertThat(error.path("code").asText()).isEqualTo("INVALID_FIELD");
            assertThat(error.path("message").asText()).startsWith("token:");
            staff.send("{\"type\":\"refresh\",\"token\":\"not-a-token\"}");
            assertThat(staff.next("error").path("code").asText()).isEqualTo("INVALID_FIELD");
            assertThat(staff.isOpen()).isTrue();
        }
    }

    @Test
    void shopperRefreshWithAFreshTicketExtendsTheSocket() {
        String visitorId = TestShopperTickets.newVisitorId();
        try (TestSocket shopper = TestSocket.shopper(baseUri, visitorId)) {
            shopper.send("{\"type\":\"refresh\",\"token\":\"%s\"}".formatted(TestShopperTickets.ticketFor(visitorId)));
            assertThat(Instant.parse(shopper.next("refreshed").path("expiresAt").asText())).isAfter(Instant.now());

            shopper.send("{\"type\":\"refresh\",\"token\":\"%s\"}".formatted(TestShopperTickets.ticketFor(TestShopperTickets.newVisitorId())));
            assertThat(shopper.next("error").path("code").asText()).as("another shopper's ticket").isEqualTo("INVALID_FIELD");
            shopper.send("{\"type\":\"refresh\",\"token\":\"%s\"}".formatted(KeycloakTokens.accessToken(STAFF)));
            assertThat(shopper.next("error").path("code").asText()).as("a staff token").isEqualTo("INVALID_FIELD");
            shopper.send("{\"type\":\"refresh\",\"token\":\"%s\"}".formatted(TestShopperTickets.expiredTicketFor(visitorId)));
            assertThat(shopper.next("error").path("code").asText()).as("an expired ticket").isEqualTo("INVALID_FIELD");
            assertThat(shopper.awaitCloseOrNull(Duration.ofMillis(200))).isNull();
        }
    }

    private static String join(UUID consultationId) {
        return "{\"type\":\"join\",\"consultationId\":\"%s\"}".formatted(consultationId);
    }

    private static String iceRestart(UUID consultationId) {
        return "{\"type\":\"ice-restart\",\"consultationId\":\"%s\"}".formatted(consultationId);
    }
}
