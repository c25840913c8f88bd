package io.tsunagu.profilebridge.event;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class BehaviourEventRepository implements PanacheRepositoryBase<BehaviourEvent, UUID> {

    /** The kinds of event that name a product the shopper looked at closely. */
    static final List<String> PRODUCT_TYPES = List.of(
            EventType.PRODUCT_VIEW.wireName(), EventType.FAVORITE.wireName(), EventType.CART_ADD.wireName());

    private static final String INSERT = """
            INSERT INTO behaviour_event (id, identity_key, type, product_id, tags, store_id, amount, receipt_id, occurred_at, received_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO NOTHING""";

    /**
     * Inserts the events that are not stored yet, in one JDBC batch, and returns them. Relies on the
     * driver reporting a row count per statement (pgjdbc does unless reWriteBatchedInserts is on).
     */
    public List<EventRow> insertNew(List<EventRow> events, Instant receivedAt) {
        if (events.isEmpty()) {
            return List.of();
        }
        return getEntityManager().unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (EventRow event : events) {
                    insert.setObject(1, event.id());
                    insert.setString(2, event.identityKey());
                    insert.setString(3, event.type());
                    insert.setString(4, event.productId());
                    insert.setArray(5, connection.createArrayOf("text", event.tags().toArray()));
                    insert.setString(6, event.storeId());
                    insert.setBigDecimal(7, event.amount());
                    insert.setString(8, event.receiptId());
                    insert.setObject(9, event.occurredAt().atOffset(ZoneOffset.UTC));
                    insert.setObject(10, receivedAt.atOffset(ZoneOffset.UTC));
                    insert.addBatch();
                }
                List<EventRow> inserted = new ArrayList<>();
                int[] counts = insert.executeBatch();
                for (int i = 0; i < counts.length; i++) {
                    if (counts[i] == Statement.SUCCESS_NO_INFO) {
                        throw new IllegalStateException("the JDBC driver does not report row counts: turn reWriteBatchedInserts off");
                    }
                    if (counts[i] == 1) {
                        inserted.add(events.get(i));
                    }
                }
                return inserted;
            }
        });
    }

    /** The person's events that happened after {@code since} (tags may come from the product). */
    public List<BehaviourEvent> since(UUID personId, Instant since) {
        return list("""
                identityKey in (select i.key from Identity i where i.personId = ?1)
                and occurredAt > ?2""", personId, since);
    }

    /** The person's latest events that name a product, newest first. */
    public List<BehaviourEvent> recentProducts(UUID personId, int limit) {
        return find("""
                identityKey in (select i.key from Identity i where i.personId = ?1)
                and productId is not null and type in ?2
                order by occurredAt desc, receivedAt desc""", personId, PRODUCT_TYPES)
                .page(Page.ofSize(limit)).list();
    }

    /** The person's latest events of one type that name a product, newest first. */
    public List<BehaviourEvent> recentOfType(UUID personId, String type, int limit) {
        return find("""
                identityKey in (select i.key from Identity i where i.personId = ?1)
                and productId is not null and type = ?2
                order by occurredAt desc, receivedAt desc""", personId, type)
                .page(Page.ofSize(limit)).list();
    }

    /** The person's events since {@code since} as the report's activity needs them: type, store, time; oldest first. */
    public List<Activity> activitySince(UUID personId, Instant since) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                        SELECT e.type, e.store_id, e.occurred_at FROM behaviour_event e
                        JOIN identity i ON i.identity_key = e.identity_key
                        WHERE i.person_id = :person AND e.occurred_at > :since
                        ORDER BY e.occurred_at, e.received_at""")
                .setParameter("person", personId)
                .setParameter("since", since.atOffset(ZoneOffset.UTC))
                .getResultList();
        return rows.stream().map(r -> new Activity((String) r[0], (String) r[1], instant(r[2]))).toList();
    }

    /** One event, reduced to what channel use and the hour pattern read. */
    public record Activity(String type, String storeId, Instant at) {
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }
}
