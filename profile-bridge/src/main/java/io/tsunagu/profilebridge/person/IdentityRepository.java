package io.tsunagu.profilebridge.person;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.tsunagu.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class IdentityRepository implements PanacheRepositoryBase<Identity, String> {

    /**
     * Records the identity and a new person for it unless the identity is known; safe under
     * concurrent first contacts (the claim on the key decides, the person's foreign key is deferred).
     * Must run inside a transaction.
     *
     * @return true when the identity is new
     */
    public boolean ensure(IdentityKind kind, String externalId, Instant now) {
        UUID personId = UUID.randomUUID();
        if (!claim(kind, externalId, personId, now)) {
            return false;
        }
        getEntityManager().createNativeQuery("INSERT INTO person (id, created_at) VALUES (:personId, :now)")
                .setParameter("personId", personId)
                .setParameter("now", now.atOffset(ZoneOffset.UTC))
                .executeUpdate();
        return true;
    }

    /**
     * The person the identity belongs to, recording both first when the identity is new. Known
     * identities, by far the most common on ingest, cost one indexed read and no entity to track.
     */
    public UUID personOf(IdentityKind kind, String externalId, Instant now) {
        Optional<UUID> known = personIdOf(kind.key(externalId));
        if (known.isPresent()) {
            return known.get();
        }
        ensure(kind, externalId, now);
        return personIdOf(kind.key(externalId)).orElseThrow();
    }

    /* Plain JDBC: Hibernate's native-query plan cache cost more than the indexed read itself. */
    private Optional<UUID> personIdOf(String key) {
        return getEntityManager().unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT person_id FROM identity WHERE identity_key = ?")) {
                select.setString(1, key);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.of(row.getObject(1, UUID.class)) : Optional.<UUID>empty();
                }
            }
        });
    }

    /** Records a visitor (and a new person for it) unless known. */
    public boolean ensureVisitor(String visitorId, Instant now) {
        return ensure(IdentityKind.VISITOR, visitorId, now);
    }

    /** Points a new identity at an existing person; false when the identity exists already. */
    public boolean claim(IdentityKind kind, String externalId, UUID personId, Instant now) {
        return getEntityManager().createNativeQuery("""
                        INSERT INTO identity (identity_key, kind, external_id, person_id, created_at)
                        VALUES (:key, :kind, :externalId, :personId, :now)
                        ON CONFLICT (identity_key) DO NOTHING""")
                .setParameter("key", kind.key(externalId))
                .setParameter("kind", kind.wireName())
                .setParameter("externalId", externalId)
                .setParameter("personId", personId)
                .setParameter("now", now.atOffset(ZoneOffset.UTC))
                .executeUpdate() == 1;
    }

    public Optional<Identity> find(IdentityKind kind, String externalId) {
        return findByIdOptional(kind.key(externalId));
    }

    /** The visitor's identity, or a 404 problem. */
    public Identity requireVisitor(String visitorId) {
        return find(IdentityKind.VISITOR, visitorId).orElseThrow(() -> ProblemException.notFound("Shopper", visitorId));
    }

    public List<Identity> ofPerson(UUID personId) {
        return list("personId = ?1 order by key", personId);
    }

    /** Points the identities at another person. */
    public int repoint(List<String> keys, UUID personId) {
        return update("personId = ?1 where key in ?2", personId, keys);
    }

    /** The member id of the person's latest linked account, if it has one: what a CDP knows the shopper by. */
    public Optional<String> memberIdOf(UUID personId) {
        return find("personId = ?1 and kind = ?2 order by createdAt desc, key", personId, IdentityKind.MEMBER.wireName())
                .firstResultOptional().map(identity -> identity.externalId);
    }
}
