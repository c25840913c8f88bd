package io.tsunagu.profilebridge.insights;

import io.tsunagu.profilebridge.config.ProfileConfig;
import io.tsunagu.profilebridge.event.EventType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Aggregates over a store's recent shoppers for managers: counts, never a person. */
@ApplicationScoped
public class StoreInsightsService {

    /** The tags listed per store. */
    static final int TOP_TAGS = 10;
    /** A shopper counts under their strongest interests only, so that one keen shopper weighs like any other. */
    static final int INTERESTS_PER_SHOPPER = 3;
    private static final String[] OFFLINE_TYPES = Arrays.stream(EventType.values()).filter(EventType::offline)
            .map(EventType::wireName).toArray(String[]::new);
    private static final List<String> OUTCOMES = List.of("PURCHASED", "CONSIDERING", "NOT_INTERESTED", "NONE");

    private static final String SHOPPERS = """
            WITH seen AS (
                SELECT i.person_id FROM behaviour_event e JOIN identity i ON i.identity_key = e.identity_key
                WHERE e.store_id = ? AND e.occurred_at > ?
                UNION
                SELECT i.person_id FROM consultation_note n JOIN identity i ON i.identity_key = n.identity_key
                WHERE n.staff_username = ANY (?) AND n.created_at > ?)
            SELECT p.id FROM person p JOIN seen s ON s.person_id = p.id WHERE p.use_behaviour""";

    /* Each shopper's three strongest tags as of now (the stored scores decayed to now). */
    private static final String TOP_INTERESTS = """
            WITH ranked AS (
                SELECT tag, row_number() OVER (PARTITION BY person_id
                        ORDER BY score * power(0.5, extract(epoch FROM ? - as_of) / ?) DESC, tag) AS rank
                FROM person_interest WHERE person_id = ANY (?))
            SELECT tag, count(*) FROM ranked WHERE rank <= ? GROUP BY tag HAVING count(*) >= ?
            ORDER BY count(*) DESC, tag LIMIT ?""";

    private static final String CHANNELS = """
            SELECT bool_or(e.type = ANY (?)), bool_or(NOT e.type = ANY (?))
            FROM behaviour_event e JOIN identity i ON i.identity_key = e.identity_key
            WHERE i.person_id = ANY (?) AND e.occurred_at > ?
            GROUP BY i.person_id""";

    private static final String OUTCOME_COUNTS = """
            SELECT coalesce(outcome, 'NONE'), count(*) FROM consultation_note
            WHERE staff_username = ANY (?) AND created_at > ? GROUP BY 1""";

    private final EntityManager entityManager;
    private final ProfileConfig config;
    private final Clock clock;

    StoreInsightsService(EntityManager entityManager, ProfileConfig config, Clock clock) {
        this.entityManager = entityManager;
        this.config = config;
        this.clock = clock;
    }

    /** The store's insights over the last {@code window}; {@code staff} are the store's staff members. */
    @Transactional
    public StoreInsights of(String storeId, Set<String> staff, Duration window) {
        Instant now = clock.instant();
        Instant since = now.minus(window);
        int k = config.insights().minimumGroupSize();
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            String[] staffNames = staff.toArray(String[]::new);
            List<UUID> shoppers = consentingShoppers(connection, storeId, staffNames, since);
            Map<String, Long> outcomes = outcomes(connection, staffNames, since);
            long consultations = outcomes.values().stream().mapToLong(Long::longValue).sum();
            boolean behaviourShown = shoppers.size() >= k;
            if (!behaviourShown && consultations < k) {
                return StoreInsights.suppressed(storeId, since, k);
            }
            return new StoreInsights(storeId, since, k, false, Suppression.cell(shoppers.size(), k),
                    behaviourShown ? topInterests(connection, shoppers, now, k) : List.of(),
                    behaviourShown ? Suppression.breakdown(channels(connection, shoppers, since), k) : Map.of(),
                    Suppression.cell(consultations, k),
                    consultations >= k ? Suppression.breakdown(outcomes, k) : Map.of());
        });
    }

    /**
     * The store's recent shoppers who consented to the use of their behaviour: a shopper who did not
     * is not counted from their behaviour, not even as a head in a store.
     */
    private static List<UUID> consentingShoppers(Connection connection, String storeId, String[] staff, Instant since)
            throws SQLException {
        List<UUID> shoppers = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(SHOPPERS)) {
            select.setString(1, storeId);
            select.setObject(2, since.atOffset(ZoneOffset.UTC));
            select.setArray(3, connection.createArrayOf("text", staff));
            select.setObject(4, since.atOffset(ZoneOffset.UTC));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    shoppers.add(rows.getObject(1, UUID.class));
                }
            }
        }
        return shoppers;
    }

    private List<StoreInsights.TagShoppers> topInterests(Connection connection, List<UUID> persons, Instant now, int k)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(TOP_INTERESTS)) {
            select.setObject(1, now.atOffset(ZoneOffset.UTC));
            select.setDouble(2, config.halfLife().toNanos() / 1e9);
            select.setArray(3, connection.createArrayOf("uuid", persons.toArray()));
            select.setInt(4, INTERESTS_PER_SHOPPER);
            select.setInt(5, k);
            select.setInt(6, TOP_TAGS);
            List<StoreInsights.TagShoppers> tags = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    tags.add(new StoreInsights.TagShoppers(rows.getString(1), rows.getLong(2)));
                }
            }
            return tags;
        }
    }

    private static Map<String, Long> channels(Connection connection, List<UUID> persons, Instant since) throws SQLException {
        long storeOnly = 0;
        long onlineOnly = 0;
        long both = 0;
        try (PreparedStatement select = connection.prepareStatement(CHANNELS)) {
            select.setArray(1, connection.createArrayOf("text", OFFLINE_TYPES));
            select.setArray(2, connection.createArrayOf("text", OFFLINE_TYPES));
            select.setArray(3, connection.createArrayOf("uuid", persons.toArray()));
            select.setObject(4, since.atOffset(ZoneOffset.UTC));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    boolean store = rows.getBoolean(1);
                    boolean online = rows.getBoolean(2);
                    if (store && online) {
                        both++;
                    } else if (store) {
                        storeOnly++;
                    } else {
                        onlineOnly++;
                    }
                }
            }
        }
        Map<String, Long> mix = new LinkedHashMap<>();
        mix.put("storeOnly", storeOnly);
        mix.put("onlineOnly", onlineOnly);
        mix.put("both", both);
        mix.put("neither", persons.size() - storeOnly - onlineOnly - both);
        return mix;
    }

    private static Map<String, Long> outcomes(Connection connection, String[] staff, Instant since) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        OUTCOMES.forEach(outcome -> counts.put(outcome, 0L));
        try (PreparedStatement select = connection.prepareStatement(OUTCOME_COUNTS)) {
            select.setArray(1, connection.createArrayOf("text", staff));
            select.setObject(2, since.atOffset(ZoneOffset.UTC));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    counts.put(rows.getString(1), rows.getLong(2));
                }
            }
        }
        return counts;
    }
}
