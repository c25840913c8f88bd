package io.tsunagu.profilebridge.interest;

import io.tsunagu.profilebridge.config.ProfileConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** The materialised interest vector (table person_interest); callers own the transaction. */
@ApplicationScoped
public class InterestStore {

    /*
     * The stored score is decayed to the later of the two instants, then the new contribution
     * (itself decayed to that instant) is added: the same sum as computing from every signal.
     */
    private static final String ADD = """
            INSERT INTO person_interest (person_id, tag, score, as_of)
            SELECT ?, t.tag, t.score, ? FROM unnest(?::text[], ?::float8[]) AS t(tag, score) ORDER BY t.tag
            ON CONFLICT (person_id, tag) DO UPDATE SET
                score = person_interest.score
                        * power(0.5, extract(epoch FROM greatest(person_interest.as_of, excluded.as_of) - person_interest.as_of) / ?)
                      + excluded.score
                        * power(0.5, extract(epoch FROM greatest(person_interest.as_of, excluded.as_of) - excluded.as_of) / ?),
                as_of = greatest(person_interest.as_of, excluded.as_of)""";

    private final EntityManager entityManager;
    private final InterestCalculator calculator;
    private final double halfLifeSeconds;

    InterestStore(EntityManager entityManager, ProfileConfig config) {
        this.entityManager = entityManager;
        this.calculator = new InterestCalculator(config.halfLife());
        this.halfLifeSeconds = config.halfLife().toNanos() / 1e9;
    }

    public InterestCalculator calculator() {
        return calculator;
    }

    /** Adds the signals' contributions, each decayed to {@code asOf}. */
    public void add(UUID personId, List<Signal> signals, Instant asOf) {
        Map<String, Double> contributions = new TreeMap<>();
        for (Signal signal : signals) {
            double contribution = signal.weight() * calculator.decay(signal.at(), asOf);
            signal.tags().stream().distinct().forEach(tag -> contributions.merge(tag, contribution, Double::sum));
        }
        addScores(personId, contributions, asOf);
    }

    /**
     * Adds the scores (as of {@code asOf}) to the stored ones in one statement; rows in tag order, so
     * that concurrent adds for one person lock in the same order and cannot deadlock.
     */
    void addScores(UUID personId, Map<String, Double> scores, Instant asOf) {
        if (scores.isEmpty()) {
            return;
        }
        String[] tags = scores.keySet().toArray(String[]::new);
        Double[] values = scores.values().toArray(Double[]::new);
        entityManager.unwrap(org.hibernate.Session.class).doWork(connection -> {
            try (PreparedStatement add = connection.prepareStatement(ADD)) {
                add.setObject(1, personId);
                add.setObject(2, asOf.atOffset(ZoneOffset.UTC));
                add.setArray(3, connection.createArrayOf("text", tags));
                add.setArray(4, connection.createArrayOf("float8", values));
                add.setDouble(5, halfLifeSeconds);
                add.setDouble(6, halfLifeSeconds);
                add.executeUpdate();
            }
        });
    }

    /** Replaces the person's vector with one computed from the signals. */
    public void replace(UUID personId, List<Signal> signals, Instant now) {
        clear(personId);
        add(personId, signals, now);
    }

    public void clear(UUID personId) {
        entityManager.createNativeQuery("DELETE FROM person_interest WHERE person_id = :person")
                .setParameter("person", personId).executeUpdate();
    }

    /** The person's scores at {@code now}, rounded, highest first. */
    public List<TagScore> scores(UUID personId, Instant now) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(
                        "SELECT tag, score, as_of FROM person_interest WHERE person_id = :person")
                .setParameter("person", personId).getResultList();
        List<Signal> decayed = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            decayed.add(new Signal(List.of((String) row[0]), ((Number) row[1]).doubleValue(), toInstant(row[2])));
        }
        return calculator.scores(decayed, now);
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
