package io.tsunagu.signaling.message;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.tsunagu.signaling.message.SignalMessage.CallEnd;
import io.tsunagu.signaling.message.SignalMessage.CallRole;
import io.tsunagu.signaling.message.SignalMessage.CallStart;
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
            "{\"type\":\"hang-up\",\"consultationId\":\"" + CONSULTATION_ID + "\"}"})
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
            "{\"type\":\"hang-up\",\"consultationId\":null}|consultationId"})
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
            "{\"type\":\"queue-update\",\"requestId\":\"" + CONSULTATION_ID + "\",\"status\":\"OFFERED\",\"position\":null}"})
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
        assertThat(tree(new Joined(id, true))).isEqualTo(JSON.readTree(
                "{\"type\":\"joined\",\"consultationId\":\"" + CONSULTATION_ID + "\",\"peerPresent\":true}"));
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
            "{\"type\":\"join\",\"type\":\"join\",\"consultationId\":\"" + CONSULTATION_ID + "\"}|MALFORMED",
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

    private JsonNode tree(SignalMessage message) throws Exception {
        return JSON.readTree(codec.encode(message));
    }
}
