package io.tsunagu.profilebridge.event;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.Session;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class BehaviourEventRepository implements PanacheRepositoryBase<BehaviourEvent, UUID> {

    /** The kinds of event that name a product the shopper looked at closely. */
    static final List<String> PRODUCT_TYPES = List.of(
            EventType.PRODUCT_VIEW.wireName(), EventType.FAVORITE.wireName(), EventType.CART_ADD.wireName());

    private static final String INSERT = """
            INSERT INTO behaviour_event (id, visitor_id, type, product_id, tags, occurred_at, received_at)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO NOTHING""";

    /**
     * Inserts the events that are not stored yet, in one JDBC batch, and counts them. Relies on the
     * driver reporting a row count per statement (pgjdbc does unless reWriteBatchedInserts is on).
     */
    public int insertNew(String visitorId, List<EventInput> events, Instant receivedAt) {
        return getEntityManager().unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (EventInput event : events) {
                    Array tags = connection.createArrayOf("text", event.tags().stream().distinct().toArray());
                    insert.setObject(1, UUID.fromString(event.id()));
                    insert.setString(2, visitorId);
                    insert.setString(3, event.type());
                    insert.setString(4, event.productId());
                    insert.setArray(5, tags);
                    insert.setObject(6, event.occurredAt().atOffset(ZoneOffset.UTC));
                    insert.setObject(7, receivedAt.atOffset(ZoneOffset.UTC));
                    insert.addBatch();
                }
                int inserted = 0;
                for (int count : insert.executeBatch()) {
                    if (count == Statement.SUCCESS_NO_INFO) {
                        throw new IllegalStateException("the JDBC driver does not report row counts: turn reWriteBatchedInserts off");
                    }
                    inserted += count;
                }
                return inserted;
            }
        });
    }

    /** The person's events that carry tags and happened after {@code since}. */
    public List<BehaviourEvent> taggedSince(UUID personId, Instant since) {
        return list("""
                visitorId in (select v.visitorId from Visitor v where v.personId = ?1)
                and occurredAt > ?2 and array_length(tags) > 0""", personId, since);
    }

    /** The person's latest events that name a product, newest first. */
    public List<BehaviourEvent> recentProducts(UUID personId, int limit) {
        return find("""
                visitorId in (select v.visitorId from Visitor v where v.personId = ?1)
                and productId is not null and type in ?2
                order by occurredAt desc, receivedAt desc""", personId, PRODUCT_TYPES)
                .page(Page.ofSize(limit)).list();
    }
}
