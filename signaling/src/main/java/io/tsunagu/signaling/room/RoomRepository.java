package io.tsunagu.signaling.room;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class RoomRepository implements PanacheRepositoryBase<RoomEntity, UUID> {

    /** Inserts the room unless one exists for the consultation; true when this call created it. */
    public boolean insertIfAbsent(UUID consultationId, String visitorId, String staffUsername, Instant now) {
        // ON CONFLICT rather than find-then-persist: two concurrent retries of one request must not both insert.
        // {h-schema} is the configured default schema, which native SQL does not get by itself.
        return getEntityManager().createNativeQuery("""
                        insert into {h-schema}room (consultation_id, visitor_id, staff_username, created_at)
                        values (?1, ?2, ?3, ?4)
                        on conflict (consultation_id) do nothing""")
                .setParameter(1, consultationId)
                .setParameter(2, visitorId)
                .setParameter(3, staffUsername)
                .setParameter(4, now)
                .executeUpdate() == 1;
    }

    public List<UUID> openSince(Instant cutoff) {
        return getEntityManager()
                .createQuery("select r.consultationId from RoomEntity r where r.endedAt is null and r.createdAt < :cutoff", UUID.class)
                .setParameter("cutoff", cutoff)
                .getResultList();
    }
}
