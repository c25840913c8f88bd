package io.tsunagu.profilebridge.retention;

import io.quarkus.scheduler.Scheduled;
import io.tsunagu.profilebridge.config.ProfileConfig;
import io.tsunagu.profilebridge.interest.InterestService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** Removes behaviour events older than {@code tsunagu.profile.event-retention}; what they said about the shopper goes with them. */
@ApplicationScoped
public class RetentionJob {

    private static final Logger LOG = Logger.getLogger(RetentionJob.class);

    private final EntityManager entityManager;
    private final InterestService interests;
    private final ProfileConfig config;
    private final Clock clock;

    RetentionJob(EntityManager entityManager, InterestService interests, ProfileConfig config, Clock clock) {
        this.entityManager = entityManager;
        this.interests = interests;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(every = "${tsunagu.profile.retention-check:1h}", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        int removed = removeExpiredEvents();
        if (removed > 0) {
            LOG.infof("removed %d behaviour events older than %s", removed, config.eventRetention());
        }
    }

    /** Deletes the expired events and rebuilds the interests of the people they belonged to; returns how many went. */
    @Transactional
    public int removeExpiredEvents() {
        Instant cutoff = clock.instant().minus(config.eventRetention());
        @SuppressWarnings("unchecked")
        List<UUID> persons = entityManager.createNativeQuery("""
                        SELECT DISTINCT i.person_id FROM behaviour_event e JOIN identity i ON i.identity_key = e.identity_key
                        WHERE e.occurred_at < :cutoff""")
                .setParameter("cutoff", cutoff.atOffset(ZoneOffset.UTC)).getResultList();
        int removed = entityManager.createNativeQuery("DELETE FROM behaviour_event WHERE occurred_at < :cutoff")
                .setParameter("cutoff", cutoff.atOffset(ZoneOffset.UTC)).executeUpdate();
        // The half-hour activity buckets go with the events: a bucket once it ends before the cut-off.
        entityManager.createNativeQuery("DELETE FROM identity_activity WHERE bucket < :bucketCutoff")
                .setParameter("bucketCutoff", cutoff.minusSeconds(1800).atOffset(ZoneOffset.UTC)).executeUpdate();
        persons.forEach(interests::rebuild);
        return removed;
    }
}
