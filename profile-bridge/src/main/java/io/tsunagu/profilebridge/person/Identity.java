package io.tsunagu.profilebridge.person;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A visitor id, member id or store card id, and the person it belongs to now. */
@Entity
@Table(name = "identity")
public class Identity {

    /** {@link IdentityKind#key}: unique across kinds. */
    @Id
    @Column(name = "identity_key")
    public String key;

    /** The wire name of an {@link IdentityKind}. */
    @Column(nullable = false)
    public String kind;

    @Column(name = "external_id", nullable = false)
    public String externalId;

    @Column(name = "person_id", nullable = false)
    public UUID personId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
