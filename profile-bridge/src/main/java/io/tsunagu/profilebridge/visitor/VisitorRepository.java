package io.tsunagu.profilebridge.visitor;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.tsunagu.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

@ApplicationScoped
public class VisitorRepository implements PanacheRepositoryBase<Visitor, String> {

    /**
     * Records the visitor and a new person for it unless the visitor is known; safe under concurrent
     * first contacts (the claim on the visitor id decides, the person's foreign key is deferred).
     * Must run inside a transaction.
     *
     * @return true when the visitor is new
     */
    public boolean ensure(String visitorId, Instant now) {
        UUID personId = UUID.randomUUID();
        int claimed = getEntityManager().createNativeQuery("""
                        INSERT INTO visitor (visitor_id, person_id, created_at) VALUES (:visitorId, :personId, :now)
                        ON CONFLICT (visitor_id) DO NOTHING""")
                .setParameter("visitorId", visitorId)
                .setParameter("personId", personId)
                .setParameter("now", now.atOffset(ZoneOffset.UTC))
                .executeUpdate();
        if (claimed == 0) {
            return false;
        }
        getEntityManager().createNativeQuery("INSERT INTO person (id, created_at) VALUES (:personId, :now)")
                .setParameter("personId", personId)
                .setParameter("now", now.atOffset(ZoneOffset.UTC))
                .executeUpdate();
        return true;
    }

    /** The visitor, or a 404 problem. */
    public Visitor require(String visitorId) {
        return findByIdOptional(visitorId).orElseThrow(() -> ProblemException.notFound("Shopper", visitorId));
    }
}
