package io.tsunagu.signaling.message;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.tsunagu.signaling.message.SignalMessage.CallEnd;
import io.tsunagu.signaling.message.SignalMessage.CallRole;
import io.tsunagu.signaling.message.SignalMessage.CallStart;
import io.tsunagu.signaling.message.SignalMessage.Chat;
import io.tsunagu.signaling.message.SignalMessage.PeerPaused;
import io.tsunagu.signaling.message.SignalMessage.PeerResumed;
import io.tsunagu.signaling.message.SignalMessage.Refreshed;
import io.tsunagu.signaling.message.SignalMessage.Resumed;
import io.tsunagu.signaling.message.SignalMessage.ErrorMessage;
import io.tsunagu.signaling.message.SignalMessage.IceServer;
import io.tsunagu.signaling.message.SignalMessage.IceTransportPolicy;
import io.tsunagu.signaling.message.SignalMessage.Joined;
import io.tsunagu.signaling.message.SignalMessage.PeerJoined;
import io.tsunagu.signaling.message.SignalMessage.PeerLeft;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** One round trip and one rejection per message type. */
@QuarkusTest
class SignalMessageCodecTest {

    private static final String CONSULTATION_ID = "0d4f5c36-2b8e-4c9a-a1f7-3e6b9d2c8a40";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    SignalMessageCodec codec;

    /** Each client message, as a browser sends it, comes out of the codec unchanged. */
    @ParameterizedTest
    @ValueSource(strings = {
            "{\"type\":\"join\",\"consultationId\":\"" + CONSULTATION_ID + "\"}",
            "{\"type\":\"offer\",\"consultationId\":\"" + CONSULTATION_ID + "\",\"sdp\":\"v=0\\r\\n\"}",
            "{\"type\":\"answer\",\"consultationId\":\"" + CONSULTATION_ID + "\",\"sdp\":\"v=0\\r\\n\"}",
            "{\"type\":\"ice-candidate\",\"consultationId\":\"" + CONSULTATION_ID + "\",\"candidate\":{\"candidate\":\"\",\"sdpMid\":\"0\",\"sdpMLineIndex\":0}}",
            "{\"type\":\"ice-candidate\",\"consultationId\":\"" + CONSULTATION_ID + "\",\"candidate\":{\"candidate\":\"candidate:1 1 udp 1 127.0.0.1 49160 typ relay\",\"sdpMid\":\"0\",\"sdpMLineIndex\":0,\"usernameFragment\":\"ANDS\"}}",
            "{\"type\":\"hang-up\",\"consultationId\":\"" + CONSULTATION_ID + "\"}",
            "{\"type\":\"ice-restart\",\"consultationId\":\"" + CONSULTATION_ID + "\"}",
            "{\"type\":\"resume\",\"consultationId\":\"" + CONSULTATION_ID + "\",\"resumeToken\":\"q0Xc7r1n\"}",
            "{\"type\":\"leave\",\"consultationId\":\"" + CONSULTATION_ID + "\"}",
            "{\"type\":\"refresh\",\"token\":\"eyJhbGciOi.e30.c2ln\"}",
            "{\"type\":\"chat\",\"consultationId\":\"" + CONSULTATION_ID + "\",\"text\":\"このジャケットは防水ですか？\"}",
            "{\"type\":\"product-card\",\"consultationId\":\"" + CONSULTATION_ID + "\",\"product\":{\"id\":\"p-101\",\"name\":\"山岳ジャケット\",\"price\":12800,\"currency\":\"JPY\",\"url\":\"/products/p-101.html\",\"imageUrl\":null}}",
            "{\"type\":\"product-card\",\"consultationId\":\"" + CONSULTATION_ID + "\",\"product\":{\"id\":\"p-7\",\"name\":\"Tent\",\"price\":199.5,\"currency\":\"EUR\",\"url\":\"https://shop.example/p-7\",\"imageUrl\":\"https://shop.example/p-7.jpg\"}}"})
    void clientMessagesRoundTrip(String wire) throws Exception {
        SignalMessage message = codec.decodeClientMessage(wire);
        assertThat(JSON.readTree(codec.encode(message))).isEqualTo(JSON.readTree(wire));
    }

    /** Each client message without its required field is rejected, naming the field. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"type\":\"join\"}|consultationId",
            "{\"type\":\"offer\",\"consultationId\":\"" + CONSULTATION_ID + "\",\"sdp\":\"\"}|sdp",
            "{\"type\":\"answer\",\"consultationId\":\"" + CONSULTATION_ID + "\"}|sdp",
            "{\"type\":\"ice-candidate\",\"consultationId\":\"" + CONSULTATION_ID + "\",\"candidate\":{\"sdpMid\":\"0\"}}|candidate.candidate",
            "{\"type\":\"hang-up\",\"consultationId\":null}|consultationId",
            "{\"type\":\"ice-restart\"}|consultationId",
            "{\"type\":\"resume\",\"consultationId\":\"" + CONSULTATION_ID + "\"}|resumeToken",
            "{\"type\":\"leave\",\"consultationId\":\"x\"}|consultationId",
            "{\"type\":\"refresh\",\"token\":\"\"}|token",
            "{\"type\":\"chat\",\"consultationId\":\"" + CONSULTATION_ID + "\",\"text\":\"\"}|text",
            "{\"type\":\"chat\",\"consultationId\":\"" + CONSULTATION_ID + "\",\"text\":\"hi\",\"from\":\"staff\"}|from",
            "{\"type\":\"product-card\",\"consultationId\":\"" + CONSULTATION_ID + "\",\"product\":{\"id\":\"p-1\",\"name\":\"x\",\"price\":1,\"currency\":\"JPY\",\"url\":\"javascript:alert(1)\"}}|product.url",
            "{\"type\":\"product-card\",\"consultationId\":\"" + CONSULTATION_ID + "\",\"product\":{\"id\":\"p-1\",\"name\":\"x\",\"price\":-1,\"currency\":\"JPY\",\"url\":\"/p\"}}|product.price",
            "{\"type\":\"product-card\",\"consultationId\":\"" + CONSULTATION_ID + "\",\"product\":{\"id\":\"p-1\",\"name\":\"x\",\"price\":\"1\",\"currency\":\"JPY\",\"url\":\"/p\"}}|product.price"})
    void clientMessagesWithoutRequiredFieldsAreRejected(String wire, String field) {
        MessageRejectedException rejected = catchThrowableOfType(MessageRejectedException.class, () -> codec.decodeClientMessage(wire));
        assertThat(rejected.code()).isIn(ErrorCode.MISSING_FIELD, ErrorCode.INVALID_FIELD);
        assertThat(rejected.field()).isEqualTo(field);
    }

    /** Each pushable message round-trips; the offer inside an offer-notice passes through whole. */
    @ParameterizedTest
    @ValueSource(strings = {
            "{\"type\":\"offer-notice\",\"offer\":{\"id\":\"o-1\",\"reasons\":[{\"constraint\":\"expertise fit\",\"score\":\"0hard/12soft\"}]}}",
            "{\"type\":\"offer-withdrawn\",\"offerId\":\"" + CONSULTATION_ID + "\",\"reason\":\"CANCELLED\"}",
            "{\"type\":\"offer-withdrawn\",\"offerId\":\"" + CONSULTATION_ID + "\",\"reason\":\"RESCINDED\"}",
            "{\"type\":\"queue-update\",\"requestId\":\"" + CONSULTATION_ID + "\",\"status\":\"WAITING\",\"position\":2,\"estimatedWaitSeconds\":45}",
            "{\"type\":\"queue-update\",\"requestId\":\"" + CONSULTATION_ID + "\",\"status\":\"OFFERED\",\"position\":null,\"estimatedWaitSeconds\":null}"})
    void pushableMessagesRoundTrip(String wire) throws Exception {
        SignalMessage message = codec.decodePush((ObjectNode) JSON.readTree(wire));
        assertThat(JSON.readTree(codec.encode(message))).isEqualTo(JSON.readTree(wire));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"type\":\"offer-notice\"}|offer",
            "{\"type\":\"offer-withdrawn\",\"offerId\":\"" + CONSULTATION_ID + "\",\"reason\":\"LATER\"}|reason",
            "{\"type\":\"queue-update\",\"requestId\":\"" + CONSULTATION_ID + "\",\"status\":\"waiting\"}|status"})
    void pushableMessagesWithBadFieldsAreRejected(String wire, String field) throws Exception {
        ObjectNode node = (ObjectNode) JSON.readTree(wire);
        MessageRejectedException rejected = catchThrowableOfType(MessageRejectedException.class, () -> codec.decodePush(node));
        assertThat(rejected.field()).isEqualTo(field);
    }

    /** Messages only the server writes: their JSON is what docs/api.md shows. */
    @Test
    void serverMessagesHaveTheDocumentedShape() throws Exception {
        UUID id = UUID.fromString(CONSULTATION_ID);
        assertThat(tree(new Joined(id, true, "tok-1"))).isEqualTo(JSON.readTree(
                "{\"type\":\"joined\",\"consultationId\":\"" + CONSULTATION_ID + "\",\"peerPresent\":true,\"resumeToken\":\"tok-1\"}"));
        assertThat(tree(new Resumed(id, false, "tok-2"))).isEqualTo(JSON.readTree(
                "{\"type\":\"resumed\",\"consultationId\":\"" + CONSULTATION_ID + "\",\"peerPresent\":false,\"resumeToken\":\"tok-2\"}"));
        assertThat(tree(new Refreshed(Instant.parse("2026-11-24T10:00:00Z")))).isEqualTo(JSON.readTree(
                "{\"type\":\"refreshed\",\"expiresAt\":\"2026-11-24T10:00:00Z\"}"));
        assertThat(tree(new PeerPaused(id))).isEqualTo(JSON.readTree("{\"type\":\"peer-paused\",\"consultationId\":\"" + CONSULTATION_ID + "\"}"));
        assertThat(tree(new PeerResumed(id))).isEqualTo(JSON.readTree("{\"type\":\"peer-resumed\",\"consultationId\":\"" + CONSULTATION_ID + "\"}"));
        assertThat(tree(new Chat(id, "はい", CallRole.STAFF, Instant.parse("2026-11-24T10:00:01.250Z")))).isEqualTo(JSON.readTree(
                "{\"type\":\"chat\",\"consultationId\":\"" + CONSULTATION_ID + "\",\"text\":\"はい\",\"from\":\"staff\",\"at\":\"2026-11-24T10:00:01.250Z\"}"));
        assertThat(tree(new PeerJoined(id))).isEqualTo(JSON.readTree("{\"type\":\"peer-joined\",\"consultationId\":\"" + CONSULTATION_ID + "\"}"));
        assertThat(tree(new PeerLeft(id))).isEqualTo(JSON.readTree("{\"type\":\"peer-left\",\"consultationId\":\"" + CONSULTATION_ID + "\"}"));
        assertThat(tree(new CallEnd(id))).isEqualTo(JSON.readTree("{\"type\":\"call-end\",\"consultationId\":\"" + CONSULTATION_ID + "\"}"));
        assertThat(tree(new ErrorMessage(ErrorCode.NOT_IN_ROOM, "join first"))).isEqualTo(JSON.readTree(
                "{\"type\":\"error\",\"code\":\"NOT_IN_ROOM\",\"message\":\"join first\"}"));
        assertThat(tree(new CallStart(id, CallRole.SHOPPER,
                List.of(IceServer.stun(List.of("stun:127.0.0.1:3478")), new IceServer(List.of("turn:127.0.0.1:3478?transport=udp"), "1:abc", "c2VjcmV0")),
                IceTransportPolicy.RELAY))).isEqualTo(JSON.readTree("""
                {"type":"call-start","consultationId":"%s","role":"shopper","iceTransportPolicy":"relay",
                 "iceServers":[{"urls":["stun:127.0.0.1:3478"]},
                               {"urls":["turn:127.0.0.1:3478?transport=udp"],"username":"1:abc","credential":"c2VjcmV0"}]}"""
                .formatted(CONSULTATION_ID)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "not json|MALFORMED",
            "|MALFORMED",
            "{\"type\":\"join\"} {}|MALFORMED",
            "{\"type\":\"join\",\"type\":\"join\",\"consultationId\":\"" + CONSULTATION_ID + "\"}|DUPLICATE_KEY",
            "{\"type\":\"ice-candidate\",\"consultationId\":\"" + CONSULTATION_ID + "\",\"candidate\":{\"candidate\":\"\",\"candidate\":\"x\"}}|DUPLICATE_KEY",
            "{\"type\":\"join\",\"consultationId\":\"" + CONSULTATION_ID + "\",\"room\":\"x\"}|INVALID_FIELD",
            "{\"type\":\"ice-candidate\",\"consultationId\":\"" + CONSULTATION_ID + "\",\"candidate\":{\"candidate\":\"\",\"sdpMLineIndex\":\"0\"}}|INVALID_FIELD",
            "{\"type\":\"join\",\"consultationId\":42}|INVALID_FIELD",
            "{\"type\":42}|INVALID_FIELD",
            "{\"consultationId\":\"" + CONSULTATION_ID + "\"}|MISSING_FIELD",
            "{\"type\":\"peer-left\",\"consultationId\":\"" + CONSULTATION_ID + "\"}|UNKNOWN_TYPE",
            "{\"type\":\"JOIN\",\"consultationId\":\"" + CONSULTATION_ID + "\"}|UNKNOWN_TYPE",
            "{\"type\":\"ice-candidate\",\"consultationId\":\"" + CONSULTATION_ID + "\",\"candidate\":\"a=candidate\"}|INVALID_FIELD"})
    void rejectionsCarryTheirCode(String wire, ErrorCode code) {
        String text = wire == null ? "" : wire;
        MessageRejectedException rejected = catchThrowableOfType(MessageRejectedException.class, () -> codec.decodeClientMessage(text));
        assertThat(rejected.code()).isEqualTo(code);
    }

    /** Over-long fields and messages are TOO_LARGE, not merely invalid: the client learns to send less. */
    @Test
    void oversizeFieldsAndMessagesAreTooLarge() {
        String longChat = "{\"type\":\"chat\",\"consultationId\":\"" + CONSULTATION_ID + "\",\"text\":\"" + "あ".repeat(2001) + "\"}";
        MessageRejectedException chat = catchThrowableOfType(MessageRejectedException.class, () -> codec.decodeClientMessage(longChat));
        assertThat(chat.code()).isEqualTo(ErrorCode.TOO_LARGE);
        assertThat(chat.field()).isEqualTo("text");

        String paddedJoin = "{\"type\":\"join\",\"consultationId\":\"" + CONSULTATION_ID + "\"}" + " ".repeat(20_000);
        assertThat(catchThrowableOfType(MessageRejectedException.class, () -> codec.decodeClientMessage(paddedJoin)).code())
                .isEqualTo(ErrorCode.TOO_LARGE);
    }

    /** Chromium's own SDPs (fixtures) pass the codec whole. */
    @ParameterizedTest
    @ValueSource(strings = {"offer", "answer"})
    void realBrowserSdpsRoundTrip(String kind) throws Exception {
        String sdp = new String(getClass().getResourceAsStream("/sdp/chromium-" + kind + ".sdp").readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        ObjectNode wire = JSON.createObjectNode().put("type", kind).put("consultationId", CONSULTATION_ID).put("sdp", sdp);
        SignalMessage message = codec.decodeClientMessage(JSON.writeValueAsString(wire));
        assertThat(JSON.readTree(codec.encode(message))).isEqualTo(wire);
    }

    private JsonNode tree(SignalMessage message) throws Exception {
        return JSON.readTree(codec.encode(message));
    }
}
