package io.tsunagu.matching.consultation;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class ConsultationRepository implements PanacheRepositoryBase<Consultation, UUID> {

    public Optional<Consultation> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public Optional<Consultation> findByOffer(UUID offerId) {
        return find("offerId", offerId).firstResultOptional();
    }

    public Optional<Consultation> findByRequest(UUID requestId) {
        return find("requestId", requestId).firstResultOptional();
    }

    public List<Consultation> listByStaffNewestFirst(String staffUsername) {
        return list("staffUsername = ?1 order by startedAt desc", staffUsername);
    }

    public long countActiveFor(String staffUsername) {
        return count("staffUsername = ?1 and status = ?2", staffUsername, ConsultationStatus.ACTIVE);
    }

    /** Lengths in seconds of the latest {@code limit} ended consultations, newest first. */
    public List<Double> recentHandleSeconds(int limit) {
        return getEntityManager().createQuery(
                        "select c.startedAt, c.endedAt from Consultation c where c.status = :ended and c.endedAt is not null"
                                + " order by c.endedAt desc", Object[].class)
                .setParameter("ended", ConsultationStatus.ENDED)
                .setMaxResults(limit)
                .getResultStream()
                .map(row -> Duration.between((Instant) row[0], (Instant) row[1]).toMillis() / 1000.0)
                .toList();
    }

    /** Staff user name → their active consultations. */
    public Map<String, Long> activeByStaff() {
        return list("status", ConsultationStatus.ACTIVE).stream()
                .collect(Collectors.groupingBy(Consultation::getStaffUsername, Collectors.counting()));
    }
}
