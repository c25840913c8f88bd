package io.tsunagu.profilebridge.consent;

import io.tsunagu.profilebridge.person.IdentityKind;
import io.tsunagu.profilebridge.person.IdentityRepository;
import io.tsunagu.profilebridge.person.Person;
import io.tsunagu.profilebridge.person.PersonMerge;
import io.tsunagu.profilebridge.person.PersonsChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/** The person's consent to use behaviour; when two people merge, the later decision stands. */
@ApplicationScoped
public class ConsentService {

    private final IdentityRepository identities;
    private final EntityManager entityManager;
    private final Clock clock;

    ConsentService(IdentityRepository identities, EntityManager entityManager, Clock clock) {
        this.identities = identities;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Transactional
    public ConsentView set(String visitorId, boolean useBehaviour) {
        Instant now = clock.instant();
        identities.ensureVisitor(visitorId, now);
        Person person = entityManager.find(Person.class, identities.requireVisitor(visitorId).personId);
        person.useBehaviour = useBehaviour;
        person.consentAt = now;
        return new ConsentView(useBehaviour, now);
    }

    /** The visitor's current decision; a visitor never seen has not consented. */
    @Transactional
    public ConsentView of(String visitorId) {
        return identities.find(IdentityKind.VISITOR, visitorId)
                .map(identity -> of(identity.personId))
                .orElse(new ConsentView(false, null));
    }

    @Transactional
    public ConsentView of(UUID personId) {
        Person person = entityManager.find(Person.class, personId);
        return new ConsentView(person.useBehaviour, person.consentAt);
    }

    /** Whether the person's behaviour may be used. */
    @Transactional
    public boolean allowsBehaviour(UUID personId) {
        return entityManager.find(Person.class, personId).useBehaviour;
    }

    void onPersonsChanged(@Observes PersonsChanged change) {
        Person survivor = entityManager.find(Person.class, change.survivorId());
        Person absorbed = entityManager.find(Person.class, change.absorbedId());
        if (change.kind() == PersonsChanged.Kind.UNMERGED) {
            PersonMerge merge = entityManager.find(PersonMerge.class, change.mergeId());
            survivor.useBehaviour = Boolean.TRUE.equals(merge.survivorUseBehaviour);
            survivor.consentAt = merge.survivorConsentAt;
            return;
        }
        if (change.mergeId() != null) {
            PersonMerge merge = entityManager.find(PersonMerge.class, change.mergeId());
            merge.survivorUseBehaviour = survivor.useBehaviour;
            merge.survivorConsentAt = survivor.consentAt;
        }
        // Both are the same shopper: their latest statement of what they want holds.
        if (absorbed.consentAt != null && (survivor.consentAt == null || absorbed.consentAt.isAfter(survivor.consentAt))) {
            survivor.useBehaviour = absorbed.useBehaviour;
            survivor.consentAt = absorbed.consentAt;
        }
    }
}
