package io.tsunagu.matching.rating;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A shopper's stars for one consultation, given once. */
@Entity
@Table(name = "consultation_rating")
public class Rating {

    @Id
    @Column(name = "consultation_id")
    private UUID consultationId;
    @Column(name = "visitor_id", nullable = false)
    private String visitorId;
    @Column(nullable = false)
    private short stars;
    private String comment;
    @Column(name = "rated_at", nullable = false)
    private Instant ratedAt;

    protected Rating() {
    }

    public Rating(UUID consultationId, String visitorId, int stars, String comment, Instant now) {
        this.consultationId = consultationId;
        this.visitorId = visitorId;
        this.stars = (short) stars;
        this.comment = comment;
        this.ratedAt = now;
    }

    public UUID getConsultationId() {
        return consultationId;
    }

    public int getStars() {
        return stars;
    }

    public String getComment() {
        return comment;
    }

    public Instant getRatedAt() {
        return ratedAt;
    }
}
