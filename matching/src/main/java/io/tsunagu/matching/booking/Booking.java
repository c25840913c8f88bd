package io.tsunagu.matching.booking;

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
import java.util.Map;
import java.util.UUID;

/** A consultation a shopper booked for one slot with one staff member. */
@Entity
@Table(name = "booking")
public class Booking {

    @Id
    private UUID id;
    @Column(name = "visitor_id", nullable = false)
    private String visitorId;
    @Column(name = "staff_username", nullable = false)
    private String staffUsername;
    @Column(name = "staff_name", nullable = false)
    private String staffName;
    @Column(name = "store_id", nullable = false)
    private String storeId;
    /** The store's time zone when booked: the confirmation and the calendar file show the time in it. */
    @Column(name = "time_zone", nullable = false)
    private String timeZone;
    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;
    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;
    @Column(nullable = false)
    private String language;
    private String topic;
    @Column(name = "use_behaviour", nullable = false)
    private boolean useBehaviour;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private Map<String, Double> interests;
    @Column(name = "matched_tag")
    private String matchedTag;
    @Column(name = "matched_level")
    private Short matchedLevel;
    @Column(name = "follow_up_of")
    private UUID followUpOf;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private BookingStatus status;
    @Column(name = "request_id")
    private UUID requestId;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    protected Booking() {
    }

    Booking(String visitorId, StaffShifts staff, SlotPlanner.Slot slot, BookInput input, Map<String, Double> interests,
            BookingFit.Match match, Instant now) {
        this.id = UUID.randomUUID();
        this.visitorId = visitorId;
        this.staffUsername = staff.username();
        this.staffName = staff.displayName();
        this.storeId = staff.storeId();
        this.timeZone = staff.zone().getId();
        this.startsAt = slot.start();
        this.endsAt = slot.end();
        this.language = input.language();
        this.topic = input.topic() == null || input.topic().isBlank() ? null : input.topic().strip();
        this.useBehaviour = input.behaviourAllowed();
        this.interests = Map.copyOf(interests);
        this.matchedTag = match == null ? null : match.tag();
        this.matchedLevel = match == null ? null : (short) match.level();
        this.followUpOf = input.followUpOf();
        this.status = BookingStatus.BOOKED;
        this.createdAt = now;
    }

    void cancel(Instant now) {
        this.status = BookingStatus.CANCELLED;
        this.cancelledAt = now;
    }

    void joinedAs(UUID requestId) {
        this.requestId = requestId;
    }

    /** Whether the shopper may join now: from {@code early} before the start until the end. */
    boolean isDue(Instant now, Duration early) {
        return !now.isBefore(startsAt.minus(early)) && now.isBefore(endsAt);
    }

    public UUID getId() {
        return id;
    }

    public String getVisitorId() {
        return visitorId;
    }

    public String getStaffUsername() {
        return staffUsername;
    }

    public String getStaffName() {
        return staffName;
    }

    public String getStoreId() {
        return storeId;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public String getLanguage() {
        return language;
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

    public String getMatchedTag() {
        return matchedTag;
    }

    public Integer getMatchedLevel() {
        return matchedLevel == null ? null : matchedLevel.intValue();
    }

    public UUID getFollowUpOf() {
        return followUpOf;
    }

    public BookingStatus getStatus() {
        return status;
    }

    public UUID getRequestId() {
        return requestId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
