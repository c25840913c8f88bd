package io.tsunagu.profilebridge.event;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.Session;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class BehaviourEventRepository implements PanacheRepositoryBase<BehaviourEvent, UUID> {

    /** The kinds of event that name a product the shopper looked at closely. */
    public static final List<String> PRODUCT_TYPES = List.of(
            EventType.PRODUCT_VIEW.wireName(), EventType.FAVORITE.wireName(), EventType.CART_ADD.wireName());

    /*
     * One statement for the whole batch: the rows travel as one JSON parameter, so PostgreSQL parses,
     * plans and executes once instead of once per event. The events that were new (RETURNING) also
     * add to their identity's half-hour activity buckets, in the same statement.
     */
    private static final String INSERT = """
            WITH stored AS (
                INSERT INTO behaviour_event (id, identity_key, type, product_id, tags, store_id, amount, receipt_id, occurred_at, received_at)
                SELECT e.id, e.identity_key, e.type, e.product_id, e.tags, e.store_id, e.amount, e.receipt_id, e.occurred_at, ?
                FROM jsonb_to_recordset(?::jsonb) AS e(id uuid, identity_key text, type text, product_id text, tags text[],
                                                       store_id text, amount numeric, receipt_id text, occurred_at timestamptz)
                ON CONFLICT (id) DO NOTHING
                RETURNING id, identity_key, type, store_id, occurred_at, NOT (type = ANY (?)) AS online),
            activity AS (
                INSERT INTO identity_activity (identity_key, bucket, events, online_events, checkins, first_online, last_online,
                                               last_store_id, last_store_at)
                SELECT identity_key, to_timestamp(floor(extract(epoch FROM occurred_at) / 1800) * 1800), count(*),
                       count(*) FILTER (WHERE online), count(*) FILTER (WHERE type = 'store_checkin'),
                       min(occurred_at) FILTER (WHERE online), max(occurred_at) FILTER (WHERE online),
                       (array_agg(store_id ORDER BY occurred_at DESC) FILTER (WHERE store_id IS NOT NULL))[1],
                       max(occurred_at) FILTER (WHERE store_id IS NOT NULL)
                FROM stored GROUP BY 1, 2
                ORDER BY 1, 2
                ON CONFLICT (identity_key, bucket) DO UPDATE SET
                    events = identity_activity.events + excluded.events,
                    online_events = identity_activity.online_events + excluded.online_events,
                    checkins = identity_activity.checkins + excluded.checkins,
                    first_online = least(identity_activity.first_online, excluded.first_online),
                    last_online = greatest(identity_activity.last_online, excluded.last_online),
                    last_store_id = CASE WHEN excluded.last_store_at >= identity_activity.last_store_at
                                              OR identity_activity.last_store_at IS NULL
                                         THEN coalesce(excluded.last_store_id, identity_activity.last_store_id)
                                         ELSE identity_activity.last_store_id END,
                    last_store_at = greatest(identity_activity.last_store_at, excluded.last_store_at))
            SELECT id FROM stored""";
    private static final String[] OFFLINE_TYPES = java.util.Arrays.stream(EventType.values()).filter(EventType::offline)
            .map(EventType::wireName).toArray(String[]::new);

    private final ObjectMapper json;

    BehaviourEventRepository(ObjectMapper json) {
        this.json = json;
    }

    /**
     * Inserts the events that are not stored yet and returns them, in their order. An id seen twice
     * in the batch is stored once: its later copies count as duplicates, like a re-sent event.
     */
    public List<EventRow> insertNew(List<EventRow> events, Instant receivedAt) {
        if (events.isEmpty()) {
            return List.of();
        }
        String rows = rowsAsJson(events);
        Set<UUID> stored = getEntityManager().unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                insert.setObject(1, receivedAt.atOffset(ZoneOffset.UTC));
                insert.setString(2, rows);
                insert.setArray(3, connection.createArrayOf("text", OFFLINE_TYPES));
                Set<UUID> ids = new HashSet<>();
                try (ResultSet result = insert.executeQuery()) {
                    while (result.next()) {
                        ids.add(result.getObject(1, UUID.class));
                    }
                }
                return ids;
            }
        });
        List<EventRow> inserted = new ArrayList<>(stored.size());
        for (EventRow event : events) {
            if (stored.remove(event.id())) {
                inserted.add(event);
            }
        }
        return inserted;
    }

    /** The batch as one JSON array, written field by field: no map per row for the serializer to walk. */
    private String rowsAsJson(List<EventRow> events) {
        StringWriter out = new StringWriter(events.size() * 200);
        try (JsonGenerator rows = json.getFactory().createGenerator(out)) {
            rows.writeStartArray();
            for (EventRow event : events) {
                rows.writeStartObject();
                rows.writeStringField("id", event.id().toString());
                rows.writeStringField("identity_key", event.identityKey());
                rows.writeStringField("type", event.type());
                rows.writeStringField("product_id", event.productId());
                rows.writeArrayFieldStart("tags");
                for (String tag : event.tags()) {
                    rows.writeString(tag);
                }
                rows.writeEndArray();
                rows.writeStringField("store_id", event.storeId());
                if (event.amount() == null) {
                    rows.writeNullField("amount");
                } else {
                    rows.writeNumberField("amount", event.amount());
                }
                rows.writeStringField("receipt_id", event.receiptId());
                rows.writeStringField("occurred_at", event.occurredAt().toString());
                rows.writeEndObject();
            }
            rows.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException("events could not be written as JSON", e);
        }
        return out.toString();
    }

    /** The person's events that happened after {@code since} (tags may come from the product). */
    public List<BehaviourEvent> since(UUID personId, Instant since) {
        return list("""
                identityKey in (select i.key from Identity i where i.personId = ?1)
                and occurredAt > ?2""", personId, since);
    }
}
