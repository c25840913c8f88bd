package io.tsunagu.matching.message;

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

/** A question a shopper left when nobody could talk, and the written answer of the staff member who took it. */
@Entity
@Table(name = "shopper_message")
public class ShopperMessage {

    @Id
    private UUID id;
    @Column(name = "visitor_id", nullable = false)
    private String visitorId;
    @Column(nullable = false)
    private String language;
    @Column(nullable = false)
    private String topic;
    @Column(name = "preferred_store_id")
    private String preferredStoreId;
    @Column(name = "use_behaviour", nullable = false)
    private boolean useBehaviour;
    /** Tag → score: the typed topic's tags, and the shopper's behaviour only with consent. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private Map<String, Double> interests;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MessageStatus status;
    @Column(name = "claimed_by")
    private String claimedBy;
    @Column(name = "claimed_at")
    private Instant claimedAt;
    private String answer;
    @Column(name = "answered_at")
    private Instant answeredAt;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ShopperMessage() {
    }

    public ShopperMessage(String visitorId, String language, String topic, String preferredStoreId, boolean useBehaviour,
                          Map<String, Double> interests, Instant now) {
        this.id = UUID.randomUUID();
        this.visitorId = visitorId;
        this.language = language;
        this.topic = topic;
        this.preferredStoreId = preferredStoreId;
        this.useBehaviour = useBehaviour;
        this.interests = Map.copyOf(interests);
        this.status = MessageStatus.OPEN;
        this.createdAt = now;
    }

    /** Whether a staff member of {@code storeId} may see it: any store's when the shopper named none. */
    public boolean isForStore(String storeId) {
        return preferredStoreId == null || preferredStoreId.equals(storeId);
    }

    public boolean isClaimedBy(String username) {
        return username.equals(claimedBy);
    }

    /** Claimed, unanswered, and by {@code since} no longer its claimer's alone. */
    boolean isClaimLapsed(Instant since) {
        return status == MessageStatus.CLAIMED && claimedAt.isBefore(since);
    }

    void claim(String username, Instant now) {
        this.status = MessageStatus.CLAIMED;
        this.claimedBy = username;
        this.claimedAt = now;
    }

    void answer(String text, Instant now) {
        this.status = MessageStatus.ANSWERED;
        this.answer = text;
        this.answeredAt = now;
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

    public String getTopic() {
        return topic;
    }

    public String getPreferredStoreId() {
        return preferredStoreId;
    }

    public boolean isUseBehaviour() {
        return useBehaviour;
    }

    public Map<String, Double> getInterests() {
        return interests;
    }

    public MessageStatus getStatus() {
        return status;
    }

    public String getClaimedBy() {
        return claimedBy;
    }

    public Instant getClaimedAt() {
        return claimedAt;
    }

    public String getAnswer() {
        return answer;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
