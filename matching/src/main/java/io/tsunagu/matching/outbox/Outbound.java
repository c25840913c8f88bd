package io.tsunagu.matching.outbox;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.JsonNode;
import io.tsunagu.matching.client.Presence;

import java.time.Instant;
import java.util.UUID;

/**
 * One call matching owes another part, as stored in the outbox. Each is harmless when repeated
 * (the receivers set, replace or open-again), which is what lets the sender retry after a crash.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Outbound.SetPresence.class, name = "set-presence"),
        @JsonSubTypes.Type(value = Outbound.PushToStaff.class, name = "push-to-staff"),
        @JsonSubTypes.Type(value = Outbound.OpenRoom.class, name = "open-room"),
        @JsonSubTypes.Type(value = Outbound.CloseRoom.class, name = "close-room"),
        @JsonSubTypes.Type(value = Outbound.GrantReport.class, name = "grant-report")})
public sealed interface Outbound {

    /** Messages with the same key reach their receiver in the order they were written. */
    @JsonIgnore
    String orderingKey();

    /** staff-directory: the busy state matching owns (the last one written wins). */
    record SetPresence(String staffUsername, Presence presence) implements Outbound {
        @Override
        public String orderingKey() {
            return "staff:" + staffUsername;
        }
    }

    /** signaling: a server message (offer-notice, offer-withdrawn) to a staff member's sockets. */
    record PushToStaff(String staffUsername, JsonNode message) implements Outbound {
        @Override
        public String orderingKey() {
            return "staff:" + staffUsername;
        }
    }

    /** signaling: the room of a consultation, which starts the call in both browsers. */
    record OpenRoom(UUID consultationId, String visitorId, String staffUsername) implements Outbound {
        @Override
        public String orderingKey() {
            return "room:" + consultationId;
        }
    }

    /** signaling: the end of a consultation's room. */
    record CloseRoom(UUID consultationId) implements Outbound {
        @Override
        public String orderingKey() {
            return "room:" + consultationId;
        }
    }

    /** profile-bridge: the staff member may read the shopper's report until then (a later grant replaces it). */
    record GrantReport(String visitorId, String staffUsername, Instant until) implements Outbound {
        @Override
        public String orderingKey() {
            return "report:" + visitorId + ":" + staffUsername;
        }
    }
}
