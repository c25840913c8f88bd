package io.tsunagu.profilebridge.rights;

import io.tsunagu.profilebridge.person.IdentityRepository;
import io.tsunagu.profilebridge.person.VisitorIds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A shopper's rights over their data: a copy of everything about them, and erasure of it. "Them"
 * is the visitor's person and every person merged into it (the same shopper's earlier history).
 */
@ApplicationScoped
public class RightsService {

    /** Per table, the rows of one shopper: the person ids, their identity keys, or their visitor ids. */
    private static final String PERSONS = """
            WITH RECURSIVE persons(id) AS (
                SELECT person_id FROM identity WHERE identity_key = :visitor AND kind = 'visitor'
                UNION SELECT p.id FROM person p JOIN persons ON p.merged_into = persons.id)
            """;
    private static final String KEYS = "SELECT identity_key FROM identity WHERE person_id IN (SELECT id FROM persons)";
    private static final String VISITORS = "SELECT external_id FROM identity WHERE kind = 'visitor' AND person_id IN (SELECT id FROM persons)";

    /** What the export lists, in order; each query names only the shopper's rows. */
    private static final Map<String, String> EXPORT = new LinkedHashMap<>();

    static {
        EXPORT.put("persons", "SELECT id, created_at, merged_into, use_behaviour, consent_at, language FROM person WHERE id IN (SELECT id FROM persons) ORDER BY created_at");
        EXPORT.put("identities", "SELECT kind, external_id, person_id, created_at FROM identity WHERE person_id IN (SELECT id FROM persons) ORDER BY created_at");
        EXPORT.put("events", "SELECT id, identity_key, type, product_id, tags, store_id, amount, receipt_id, occurred_at, received_at FROM behaviour_event WHERE identity_key IN (" + KEYS + ") ORDER BY occurred_at");
        EXPORT.put("consultations", "SELECT consultation_id, identity_key, staff_username, text, tags, product_ids, outcome, follow_up_on, created_at FROM consultation_note WHERE identity_key IN (" + KEYS + ") ORDER BY created_at");
        EXPORT.put("activity", "SELECT identity_key, bucket, events, online_events, checkins, first_online, last_online, last_store_id, last_store_at FROM identity_activity WHERE identity_key IN (" + KEYS + ") ORDER BY bucket");
        EXPORT.put("interests", "SELECT person_id, tag, score, as_of FROM person_interest WHERE person_id IN (SELECT id FROM persons) ORDER BY score DESC");
        EXPORT.put("merges", "SELECT id, survivor_id, absorbed_id, merged_at, undone_at FROM person_merge WHERE survivor_id IN (SELECT id FROM persons) OR absorbed_id IN (SELECT id FROM persons) ORDER BY merged_at");
        EXPORT.put("reportAccess", "SELECT visitor_id, staff_username, until, granted_at FROM report_access WHERE visitor_id IN (" + VISITORS + ") ORDER BY granted_at");
        EXPORT.put("webhookDeliveries", "SELECT id, payload, attempts, delivered_at, failed_at FROM webhook_delivery WHERE visitor_id IN (" + VISITORS + ") ORDER BY next_attempt_at");
        EXPORT.put("reportReads", "SELECT visitor_id, reader, roles, outcome, at FROM report_read WHERE visitor_id IN (" + VISITORS + ") ORDER BY at");
    }

    /** Erasure, in an order the foreign keys allow. */
    private static final List<String> ERASE = List.of(
            "DELETE FROM report_read WHERE visitor_id IN (" + VISITORS + ")",
            "DELETE FROM report_access WHERE visitor_id IN (" + VISITORS + ")",
            "DELETE FROM webhook_delivery WHERE visitor_id IN (" + VISITORS + ")",
            "DELETE FROM behaviour_event WHERE identity_key IN (" + KEYS + ")",
            "DELETE FROM identity_activity WHERE identity_key IN (" + KEYS + ")",
            "DELETE FROM consultation_note WHERE identity_key IN (" + KEYS + ")",
            "DELETE FROM person_interest WHERE person_id IN (SELECT id FROM persons)",
            "DELETE FROM person_merge_identity WHERE identity_key IN (" + KEYS + ")",
            "DELETE FROM person_merge WHERE survivor_id IN (SELECT id FROM persons) OR absorbed_id IN (SELECT id FROM persons)");

    private final IdentityRepository identities;
    private final EntityManager entityManager;

    RightsService(IdentityRepository identities, EntityManager entityManager) {
        this.identities = identities;
        this.entityManager = entityManager;
    }

    /** Everything stored about the visitor's shopper, table by table; 404 for an unknown visitor. */
    @Transactional
    public Map<String, Object> export(String visitorId) {
        identities.requireVisitor(VisitorIds.require(visitorId));
        Map<String, Object> export = new LinkedHashMap<>();
        export.put("visitorId", visitorId);
        EXPORT.forEach((name, query) -> export.put(name, rows(query, visitorId)));
        return export;
    }

    /** Removes every row about the visitor's shopper; 404 for an unknown visitor. */
    @Transactional
    public void erase(String visitorId) {
        identities.requireVisitor(VisitorIds.require(visitorId));
        // The identities and persons go last: the other rows are found through them.
        @SuppressWarnings("unchecked")
        List<UUID> persons = entityManager.createNativeQuery(PERSONS + "SELECT id FROM persons")
                .setParameter("visitor", visitorId).getResultList();
        for (String statement : ERASE) {
            entityManager.createNativeQuery(PERSONS + statement).setParameter("visitor", visitorId).executeUpdate();
        }
        // Merges undone earlier may have moved these identities: their records went with the merges above.
        entityManager.createNativeQuery("DELETE FROM identity WHERE person_id IN (:persons)").setParameter("persons", persons).executeUpdate();
        entityManager.createNativeQuery("DELETE FROM person WHERE id IN (:persons)").setParameter("persons", persons).executeUpdate();
    }

    private List<Map<String, Object>> rows(String query, String visitorId) {
        @SuppressWarnings("unchecked")
        List<jakarta.persistence.Tuple> tuples = entityManager.createNativeQuery(PERSONS + query, jakarta.persistence.Tuple.class)
                .setParameter("visitor", visitorId).getResultList();
        List<Map<String, Object>> rows = new ArrayList<>(tuples.size());
        for (jakarta.persistence.Tuple tuple : tuples) {
            Map<String, Object> row = new LinkedHashMap<>();
            tuple.getElements().forEach(e -> row.put(camel(e.getAlias()), json(tuple.get(e))));
            rows.add(row);
        }
        return rows;
    }

    /** Values as JSON can carry them: arrays as lists, times as ISO-8601 strings. */
    private static Object json(Object value) {
        if (value instanceof Object[] array) {
            return List.of(array);
        }
        if (value instanceof java.sql.Array array) {
            try {
                return List.of((Object[]) array.getArray());
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant().toString();
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant().toString();
        }
        if (value instanceof java.time.temporal.TemporalAccessor || value instanceof java.sql.Date || value instanceof UUID) {
            return value.toString();
        }
        return value;
    }

    private static String camel(String column) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : column.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }
}
