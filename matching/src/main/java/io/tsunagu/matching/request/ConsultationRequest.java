package io.tsunagu.matching.request;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A shopper's ask for a consultation, from the click until it is connected, cancelled or ended. */
@Entity
@Table(name = "consultation_request")
public class ConsultationRequest {

    @Id
    private UUID id;
    @Column(name = "visitor_id", nullable = false)
    private String visitorId;
    @Column(nullable = false)
    private String language;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Channel channel;
    private String topic;
    @Column(name = "use_behaviour", nullable = false)
    private boolean useBehaviour;
    /** Tag → score, as profile-bridge gave it when the request was made. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private Map<String, Double> interests;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RequestStatus status;
    /** The staff member of the booking this request was made from, who alone may take it; null for a walk-in. */
    @Column(name = "booked_staff")
    private String bookedStaff;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    /** The store the shopper prefers; store affinity favours its staff. */
    @Column(name = "preferred_store_id")
    private String preferredStoreId;

    protected ConsultationRequest() {
    }

    public ConsultationRequest(String visitorId, String language, Channel channel, String topic, boolean useBehaviour,
                               Map<String, Double> interests, String preferredStoreId, Instant now) {
        this.id = UUID.randomUUID();
        this.visitorId = visitorId;
        this.language = language;
        this.channel = channel;
        this.topic = topic;
        this.useBehaviour = useBehaviour;
        this.interests = Map.copyOf(interests);
        this.preferredStoreId = preferredStoreId;
        this.status = RequestStatus.WAITING;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** The request a shopper makes by joining their booking: only {@code staffUsername} is offered it. */
    public static ConsultationRequest booked(String visitorId, String language, String topic, boolean useBehaviour,
                                             Map<String, Double> interests, String staffUsername, Instant now) {
        ConsultationRequest request = new ConsultationRequest(visitorId, language, Channel.VIDEO, topic, useBehaviour,
                interests, null, now);
        request.bookedStaff = staffUsername;
        return request;
    }

    public void offered(Instant now) {
        moveTo(RequestStatus.OFFERED, now);
    }

    /** Back in the queue after a declined or expired offer, keeping its place by creation time. */
    public void returnToQueue(Instant now) {
        moveTo(RequestStatus.WAITING, now);
    }

    public void connected(Instant now) {
        moveTo(RequestStatus.CONNECTED, now);
    }

    public void cancel(Instant now) {
        moveTo(RequestStatus.CANCELLED, now);
    }

    public void end(Instant now) {
        moveTo(RequestStatus.ENDED, now);
    }

    private void moveTo(RequestStatus next, Instant now) {
        this.status = next;
        this.updatedAt = now;
    }

    public UUID getId() {
        return id;
    }

    public String getVisitorId() {
        return visitorId;
    }

    public String getLanguage() {
        return language;
    }

    public Channel getChannel() {
        return channel;
    }

    public String getTopic() {
        return topic;
    }

    public boolean isUseBehaviour() {
        return useBehaviour;
    }

    public Map<String, Double> getInterests() {
        return interests;
    }

    public String getBookedStaff() {
        return bookedStaff;
    }

    public RequestStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getPreferredStoreId() {
        return preferredStoreId;
    }
}
