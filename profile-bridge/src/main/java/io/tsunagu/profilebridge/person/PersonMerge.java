package io.tsunagu.profilebridge.person;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** Two people with history became one; the moved identities are in person_merge_identity. */
@Entity
@Table(name = "person_merge")
public class PersonMerge {

    @Id
    public UUID id;

    @Column(name = "survivor_id", nullable = false)
    public UUID survivorId;

    @Column(name = "absorbed_id", nullable = false)
    public UUID absorbedId;

    @Column(name = "merged_at", nullable = false)
    public Instant mergedAt;

    @Column(name = "undone_at")
    public Instant undoneAt;

    /** The survivor's consent before the merge, restored by an undo. */
    @Column(name = "survivor_use_behaviour")
    public Boolean survivorUseBehaviour;

    @Column(name = "survivor_consent_at")
    public Instant survivorConsentAt;
}
