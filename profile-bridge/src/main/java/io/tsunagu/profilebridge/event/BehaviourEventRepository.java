package io.tsunagu.profilebridge.event;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.tsunagu.profilebridge.report.ChannelUse;
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

    /**
     * Online sessions (online events with less than 30 minutes between them are one session), store
     * check-ins, and the store of the latest store event since {@code since}.
     */
    public ChannelUse channels(UUID personId, Instant since) {
        Object[] row = (Object[]) getEntityManager().createNativeQuery("""
                        WITH mine AS (
                            SELECT e.type, e.store_id, e.occurred_at, e.received_at FROM behaviour_event e
                            JOIN identity i ON i.identity_key = e.identity_key
                            WHERE i.person_id = :person AND e.occurred_at > :since),
                        online AS (
                            SELECT occurred_at, lag(occurred_at) OVER (ORDER BY occurred_at) AS previous FROM mine
                            WHERE type IN ('page_view', 'product_view', 'search', 'favorite', 'cart_add', 'purchase'))
                        SELECT (SELECT count(*) FROM online WHERE previous IS NULL OR occurred_at - previous > interval '30 minutes'),
                               (SELECT count(*) FROM mine WHERE type = 'store_checkin'),
                               (SELECT store_id FROM mine WHERE store_id IS NOT NULL ORDER BY occurred_at DESC, received_at DESC LIMIT 1)""")
                .setParameter("person", personId)
                .setParameter("since", since.atOffset(ZoneOffset.UTC))
                .getSingleResult();
        return new ChannelUse(((Number) row[0]).intValue(), ((Number) row[1]).intValue(), (String) row[2]);
    }

    /** The person's events since {@code since} per local hour of the day in Tokyo, hour 0 first. */
    public List<Integer> hourPattern(UUID personId, Instant since) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                        SELECT extract(hour FROM e.occurred_at AT TIME ZONE 'Asia/Tokyo')::int AS hour, count(*)
                        FROM behaviour_event e JOIN identity i ON i.identity_key = e.identity_key
                        WHERE i.person_id = :person AND e.occurred_at > :since GROUP BY 1""")
                .setParameter("person", personId)
                .setParameter("since", since.atOffset(ZoneOffset.UTC))
                .getResultList();
        Integer[] hours = new Integer[24];
        java.util.Arrays.fill(hours, 0);
        for (Object[] row : rows) {
            hours[((Number) row[0]).intValue()] = ((Number) row[1]).intValue();
        }
        return List.of(hours);
    }
}
