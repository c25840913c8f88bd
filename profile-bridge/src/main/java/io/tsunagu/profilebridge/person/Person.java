package io.tsunagu.profilebridge.person;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One shopper across channels; reached only through its identities. */
@Entity
@Table(name = "person")
public class Person {

    @Id
    public UUID id;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** Set when every identity of this person moved to another one. */
    @Column(name = "merged_into")
    public UUID mergedInto;

    /** The shopper's consent to use their behaviour for matching and in the report; false until they decide. */
    @Column(name = "use_behaviour", nullable = false)
    public boolean useBehaviour;

    /** When the shopper last decided; null when they never did. */
    @Column(name = "consent_at")
    public Instant consentAt;

    /** The language the shopper last typed an intent in ({@code ja}, {@code en}); null until they do. */
    public String language;
}
