package io.tsunagu.matching.consultation;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

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

    /** Staff user name → their active consultations. */
    public Map<String, Long> activeByStaff() {
        return list("status", ConsultationStatus.ACTIVE).stream()
                .collect(Collectors.groupingBy(Consultation::getStaffUsername, Collectors.counting()));
    }
}
