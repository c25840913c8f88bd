package io.tsunagu.profilebridge.cdp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static io.tsunagu.profilebridge.cdp.FakeSegment.SPACE;
import static io.tsunagu.profilebridge.cdp.FakeSegment.TOKEN;
import static io.tsunagu.profilebridge.cdp.FakeSegment.WRITE_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The Segment connector against a {@link FakeSegment} on loopback. */
class SegmentConnectorTest {

    private static final String MEMBER = "m-123";

    private FakeSegment fakeSegment;
    private SegmentConnector connector;

    @BeforeEach
    void startTheFakeSegment() throws IOException {
        fakeSegment = new FakeSegment(0);
        fakeSegment.knows(MEMBER, "{\"first_name\":\"Yui\",\"lifetime_value\":42000,\"vip\":true}");
        connector = new SegmentConnector(fakeSegment.base(), SPACE, TOKEN, fakeSegment.base(), WRITE_KEY,
                new ObjectMapper().registerModule(new JavaTimeModule()));
    }

    @AfterEach
    void stopIt() {
        fakeSegment.close();
    }

    @Test
    void aKnownMembersTraitsArePulled() {
        Optional<CdpProfile> profile = connector.fetch(MEMBER);

        assertThat(profile).isPresent();
        assertThat(profile.get().traits()).containsEntry("first_name", "Yui").containsEntry("lifetime_value", 42000)
                .containsEntry("vip", true);
    }

    @Test
    void anUnknownMemberHasNoProfile() {
        assertThat(connector.fetch("m-nobody")).isEmpty();
    }

    @Test
    void aRefusedTokenIsAnErrorNotAnEmptyProfile() {
        SegmentConnector wrongToken = new SegmentConnector(fakeSegment.base(), SPACE, "wrong", fakeSegment.base(), WRITE_KEY,
                new ObjectMapper());

        assertThatThrownBy(() -> wrongToken.fetch(MEMBER)).isInstanceOf(CdpUnavailableException.class).hasMessageContaining("401");
    }

    @Test
    void aConsultationIsPushedAsATrackEventWithItsIdAsMessageId() throws IOException {
        UUID consultation = UUID.randomUUID();
        connector.pushConsultation(MEMBER, new CdpConsultation(consultation, "aoi", List.of("camping"), List.of("p-7"),
                "PURCHASED", LocalDate.parse("2026-12-01"), Instant.parse("2026-11-24T10:00:00Z")));

        assertThat(fakeSegment.tracked()).hasSize(1);
        JsonNode body = new ObjectMapper().readTree(fakeSegment.tracked().get(0));
        assertThat(body.get("userId").asText()).isEqualTo(MEMBER);
        assertThat(body.get("event").asText()).isEqualTo(SegmentConnector.EVENT);
        assertThat(body.get("messageId").asText()).isEqualTo(consultation.toString());
        assertThat(body.get("timestamp").asText()).isEqualTo("2026-11-24T10:00:00Z");
        assertThat(body.at("/properties/outcome").asText()).isEqualTo("PURCHASED");
        assertThat(body.at("/properties/followUpOn").asText()).isEqualTo("2026-12-01");
    }

    @Test
    void aFailedPushIsReported() {
        fakeSegment.answerTracksWith(500);

        assertThatThrownBy(() -> connector.pushConsultation(MEMBER, new CdpConsultation(UUID.randomUUID(), "aoi", List.of(),
                List.of(), null, null, Instant.now()))).isInstanceOf(CdpUnavailableException.class).hasMessageContaining("500");
    }

    @Test
    void anUnreachableCdpIsReported() {
        URI gone = fakeSegment.base();
        fakeSegment.close();
        SegmentConnector unreachable = new SegmentConnector(gone, SPACE, TOKEN, gone, WRITE_KEY, new ObjectMapper());

        assertThatThrownBy(() -> unreachable.fetch(MEMBER)).isInstanceOf(CdpUnavailableException.class);
    }
}
