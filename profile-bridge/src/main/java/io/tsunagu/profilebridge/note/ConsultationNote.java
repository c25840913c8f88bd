package io.tsunagu.profilebridge.note;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What a staff member wrote after a consultation; written only through {@link ConsultationNoteRepository#insertNew}. */
@Entity
@Table(name = "consultation_note")
public class ConsultationNote {

    @Id
    @Column(name = "consultation_id")
    public UUID consultationId;

    /** The visitor the note is about ({@code identity.identity_key}). */
    @Column(name = "identity_key", nullable = false)
    public String identityKey;

    @Column(name = "staff_username", nullable = false)
    public String staffUsername;

    @Column(nullable = false)
    public String text;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> tags;

    /** Products shown in the consultation. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "product_ids", nullable = false)
    public List<String> productIds;

    /** PURCHASED, CONSIDERING or NOT_INTERESTED; null when the staff member did not say. */
    public String outcome;

    /** When to follow up, in the store's local calendar. */
    @Column(name = "follow_up_on")
    public java.time.LocalDate followUpOn;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
