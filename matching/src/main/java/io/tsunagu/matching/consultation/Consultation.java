package io.tsunagu.matching.consultation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The call an accepted offer became, and what the staff member noted about it. */
@Entity
@Table(name = "consultation")
public class Consultation {

    @Id
    private UUID id;
    @Column(name = "request_id", nullable = false)
    private UUID requestId;
    @Column(name = "offer_id", nullable = false)
    private UUID offerId;
    @Column(name = "visitor_id", nullable = false)
    private String visitorId;
    @Column(name = "staff_username", nullable = false)
    private String staffUsername;
    /** The staff member's store when the offer was made. */
    @Column(name = "store_id")
    private String storeId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ConsultationStatus status;
    @Column(name = "started_at", nullable = false)
    private Instant startedAt;
    @Column(name = "ended_at")
    private Instant endedAt;
    @Column(name = "notes_text")
    private String notesText;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "notes_tags")
    private List<String> notesTags;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "notes_product_ids")
    private List<String> notesProductIds;
    @Enumerated(EnumType.STRING)
    @Column(name = "notes_outcome")
    private Outcome notesOutcome;
    @Column(name = "notes_follow_up_on")
    private LocalDate notesFollowUpOn;

    protected Consultation() {
    }

    public Consultation(UUID requestId, UUID offerId, String visitorId, String staffUsername, String storeId, Instant now) {
        this.storeId = storeId;
        this.id = UUID.randomUUID();
        this.requestId = requestId;
        this.offerId = offerId;
        this.visitorId = visitorId;
        this.staffUsername = staffUsername;
        this.status = ConsultationStatus.ACTIVE;
        this.startedAt = now;
    }

    public boolean isActive() {
        return status == ConsultationStatus.ACTIVE;
    }

    public boolean hasStaff(String username) {
        return staffUsername.equals(username);
    }

    public boolean hasShopper(String visitor) {
        return visitorId.equals(visitor);
    }

    public void end(Instant now) {
        this.status = ConsultationStatus.ENDED;
        this.endedAt = now;
    }

    public void writeNotes(NotesInput notes) {
        this.notesText = notes.text();
        this.notesTags = List.copyOf(notes.tags());
        this.notesProductIds = List.copyOf(notes.productIdsOrEmpty());
        this.notesOutcome = notes.outcome();
        this.notesFollowUpOn = notes.followUpOn();
    }

    public boolean hasNotes() {
        return notesText != null;
    }

    public UUID getId() {
        return id;
    }

    public UUID getRequestId() {
        return requestId;
    }

    public UUID getOfferId() {
        return offerId;
    }

    public String getVisitorId() {
        return visitorId;
    }

    public String getStaffUsername() {
        return staffUsername;
    }

    public String getStoreId() {
        return storeId;
    }

    public ConsultationStatus getStatus() {
        return status;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public String getNotesText() {
        return notesText;
    }

    public List<String> getNotesTags() {
        return notesTags == null ? List.of() : notesTags;
    }

    public List<String> getNotesProductIds() {
        return notesProductIds == null ? List.of() : notesProductIds;
    }

    public Outcome getNotesOutcome() {
        return notesOutcome;
    }

    public LocalDate getNotesFollowUpOn() {
        return notesFollowUpOn;
    }
}
