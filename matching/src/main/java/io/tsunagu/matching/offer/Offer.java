package io.tsunagu.matching.offer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** A reservation of one staff member for one request, which they accept or decline within a countdown. */
@Entity
@Table(name = "offer")
public class Offer {

    @Id
    private UUID id;
    @Column(name = "request_id", nullable = false)
    private UUID requestId;
    @Column(name = "staff_username", nullable = false)
    private String staffUsername;
    /** The staff member's store when the offer was made. */
    @Column(name = "store_id")
    private String storeId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OfferStatus status;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;
    @Column(name = "decided_at")
    private Instant decidedAt;
    /** Why the solver chose this staff member: the score contribution of each constraint. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private List<Reason> reasons;
    /** The idempotency key of the accept that won, if it sent one. */
    @Column(name = "accept_key")
    private String acceptKey;

    protected Offer() {
    }

    public Offer(UUID requestId, String staffUsername, String storeId, List<Reason> reasons, Instant now, Duration countdown) {
        this.id = UUID.randomUUID();
        this.requestId = requestId;
        this.staffUsername = staffUsername;
        this.storeId = storeId;
        this.reasons = List.copyOf(reasons);
        this.status = OfferStatus.PENDING;
        // PostgreSQL keeps microseconds: the pushed offer must show the times a later read answers.
        this.createdAt = now.truncatedTo(ChronoUnit.MICROS);
        this.expiresAt = createdAt.plus(countdown);
    }

    public boolean isPending() {
        return status == OfferStatus.PENDING;
    }

    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    public boolean isFor(String username) {
        return staffUsername.equals(username);
    }

    /** Closes a pending offer with its outcome, by the transitions {@link OfferStatus#canBecome} allows. */
    public void close(OfferStatus outcome, Instant now) {
        if (!status.canBecome(outcome)) {
            throw new IllegalStateException("offer " + id + " is " + status + ", it cannot become " + outcome);
        }
        this.status = outcome;
        this.decidedAt = now;
    }

    /** Accepts a pending offer, keeping the accept's idempotency key (may be null). */
    public void accept(Instant now, String key) {
        close(OfferStatus.ACCEPTED, now);
        this.acceptKey = key;
    }

    /** Whether a repeated accept carrying this key is the one that won. */
    public boolean wasAcceptedWith(String key) {
        return status == OfferStatus.ACCEPTED && key != null && key.equals(acceptKey);
    }

    /** This offer as the reservation rules see it. */
    public Reservations.Held held() {
        return new Reservations.Held(id, requestId, staffUsername, status);
    }

    public UUID getId() {
        return id;
    }

    public UUID getRequestId() {
        return requestId;
    }

    public String getStaffUsername() {
        return staffUsername;
    }

    public String getStoreId() {
        return storeId;
    }

    public OfferStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public List<Reason> getReasons() {
        return reasons;
    }
}
