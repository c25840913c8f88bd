package io.tsunagu.matching.request;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class RequestRepository implements PanacheRepositoryBase<ConsultationRequest, UUID> {

    private static final List<RequestStatus> QUEUED = List.of(RequestStatus.WAITING, RequestStatus.OFFERED);

    public Optional<ConsultationRequest> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The queue, oldest first. */
    public List<ConsultationRequest> listWaiting() {
        return list("status = ?1 order by createdAt", RequestStatus.WAITING);
    }

    /** Queued requests (waiting or offered), oldest first. */
    public List<ConsultationRequest> listQueued() {
        return list("status in ?1 order by createdAt", QUEUED);
    }

    /** Queued requests in the language, or in any when it is null. */
    public long countQueued(String language) {
        return language == null ? count("status in ?1", QUEUED) : count("status in ?1 and language = ?2", QUEUED, language);
    }

    /** 1 + the queued requests made before this one; null once it left the queue. */
    public Integer positionOf(ConsultationRequest request) {
        if (!request.getStatus().isQueued()) {
            return null;
        }
        long ahead = count("status in ?1 and createdAt < ?2",
                List.of(RequestStatus.WAITING, RequestStatus.OFFERED), request.getCreatedAt());
        return Math.toIntExact(ahead + 1);
    }
}
