package io.tsunagu.profilebridge.person;

import io.tsunagu.problem.Problem;
import io.tsunagu.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Identity stitching: links identities to one person, merges two people who both have history
 * (recorded, so that it can be undone exactly), and undoes such a merge.
 */
@ApplicationScoped
public class PersonService {

    private final IdentityRepository identities;
    private final EntityManager entityManager;
    private final Event<PersonsChanged> changed;
    private final Clock clock;

    PersonService(IdentityRepository identities, EntityManager entityManager, Event<PersonsChanged> changed, Clock clock) {
        this.identities = identities;
        this.entityManager = entityManager;
        this.changed = changed;
        this.clock = clock;
    }

    /**
     * Links the member id with the visitor id or card id. The member's person survives a merge:
     * the account is the identity that lasts.
     */
    @Transactional
    public LinkView link(LinkRequest request) {
        if (request == null || (request.visitorId() == null) == (request.cardId() == null)) {
            throw new ProblemException(new Problem(Problem.TYPE_BASE + "invalid-request", "Invalid request", 400,
                    "give memberId and exactly one of visitorId and cardId",
                    List.of(new Problem.Violation("visitorId", "exactly one of visitorId and cardId is required"))));
        }
        IdentityKind otherKind = request.visitorId() != null ? IdentityKind.VISITOR : IdentityKind.CARD;
        String otherId = request.visitorId() != null ? request.visitorId() : request.cardId();
        Instant now = clock.instant();
        // Serialise links that touch the same member, so that two logins at once cannot split them.
        entityManager.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext(:member))")
                .setParameter("member", request.memberId()).getSingleResult();

        Optional<Identity> member = identities.find(IdentityKind.MEMBER, request.memberId());
        Optional<Identity> other = identities.find(otherKind, otherId);
        if (member.isEmpty() && other.isEmpty()) {
            identities.ensure(otherKind, otherId, now);
            UUID personId = identities.find(otherKind, otherId).orElseThrow().personId;
            identities.claim(IdentityKind.MEMBER, request.memberId(), personId, now);
            return new LinkView(personId, null);
        }
        if (member.isEmpty()) {
            identities.claim(IdentityKind.MEMBER, request.memberId(), other.get().personId, now);
            return new LinkView(other.get().personId, null);
        }
        UUID survivor = member.get().personId;
        if (other.isEmpty()) {
            identities.claim(otherKind, otherId, survivor, now);
            return new LinkView(survivor, null);
        }
        UUID absorbed = other.get().personId;
        if (absorbed.equals(survivor)) {
            return new LinkView(survivor, null);
        }
        return new LinkView(survivor, merge(survivor, absorbed, now));
    }

    /** Moves every identity of {@code absorbed} to {@code survivor}; recorded only when both have history. */
    private UUID merge(UUID survivor, UUID absorbed, Instant now) {
        List<String> moved = identities.ofPerson(absorbed).stream().map(i -> i.key).toList();
        boolean bothHaveHistory = hasHistory(survivor) && hasHistory(absorbed);
        identities.repoint(moved, survivor);
        entityManager.find(Person.class, absorbed).mergedInto = survivor;
        UUID mergeId = null;
        if (bothHaveHistory) {
            PersonMerge merge = new PersonMerge();
            merge.id = UUID.randomUUID();
            merge.survivorId = survivor;
            merge.absorbedId = absorbed;
            merge.mergedAt = now;
            entityManager.persist(merge);
            entityManager.flush();
            for (String key : moved) {
                entityManager.createNativeQuery("INSERT INTO person_merge_identity (merge_id, identity_key) VALUES (:merge, :key)")
                        .setParameter("merge", merge.id).setParameter("key", key).executeUpdate();
            }
            mergeId = merge.id;
        }
        changed.fire(new PersonsChanged(PersonsChanged.Kind.MERGED, survivor, absorbed, mergeId));
        return mergeId;
    }

    /** Moves the merge's identities back to the person they came from. */
    @Transactional
    public UndoView undo(UUID mergeId) {
        PersonMerge merge = entityManager.find(PersonMerge.class, mergeId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (merge == null) {
            throw ProblemException.notFound("Merge", mergeId);
        }
        if (merge.undoneAt != null) {
            throw ProblemException.conflict("merge-undone", "Merge already undone", "merge " + mergeId + " was undone at " + merge.undoneAt);
        }
        @SuppressWarnings("unchecked")
        List<String> moved = entityManager.createNativeQuery(
                        "SELECT identity_key FROM person_merge_identity WHERE merge_id = :merge ORDER BY identity_key")
                .setParameter("merge", mergeId).getResultList();
        Person survivor = entityManager.find(Person.class, merge.survivorId);
        boolean stillThere = moved.stream().allMatch(key ->
                identities.findByIdOptional(key).map(i -> i.personId.equals(merge.survivorId)).orElse(false));
        if (survivor.mergedInto != null || !stillThere) {
            // A later merge or an erasure changed the people involved: undo that first.
            throw ProblemException.conflict("merge-not-undoable", "Merge cannot be undone",
                    "the people of merge " + mergeId + " changed since; undo the later merge first");
        }
        identities.repoint(moved, merge.absorbedId);
        entityManager.find(Person.class, merge.absorbedId).mergedInto = null;
        merge.undoneAt = clock.instant();
        changed.fire(new PersonsChanged(PersonsChanged.Kind.UNMERGED, merge.survivorId, merge.absorbedId, mergeId));
        return new UndoView(mergeId, merge.survivorId, merge.absorbedId, moved, merge.undoneAt);
    }

    /** Remembers the language the shopper typed in, for the report. */
    @Transactional
    public void rememberLanguage(String visitorId, String language) {
        Instant now = clock.instant();
        identities.ensureVisitor(visitorId, now);
        entityManager.find(Person.class, identities.requireVisitor(visitorId).personId).language = language;
    }

    private boolean hasHistory(UUID personId) {
        return !entityManager.createNativeQuery("""
                        SELECT 1 FROM identity i WHERE i.person_id = :person AND (
                            EXISTS (SELECT 1 FROM behaviour_event e WHERE e.identity_key = i.identity_key)
                            OR EXISTS (SELECT 1 FROM consultation_note n WHERE n.identity_key = i.identity_key))
                        LIMIT 1""")
                .setParameter("person", personId).getResultList().isEmpty();
    }
}
