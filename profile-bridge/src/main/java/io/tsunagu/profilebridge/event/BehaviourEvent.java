package io.tsunagu.profilebridge.event;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Something a visitor did, as reported; written only through {@link BehaviourEventRepository#insertNew}. */
@Entity
@Table(name = "behaviour_event")
public class BehaviourEvent {

    @Id
    public UUID id;

    /** The identity that observed it ({@code identity.identity_key}): a visitor id for online events. */
    @Column(name = "identity_key", nullable = false)
    public String identityKey;

    /** The wire name of an {@link EventType}. */
    @Column(nullable = false)
    public String type;

    @Column(name = "product_id")
    public String productId;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> tags;

    /** Offline events: the store where it happened. */
    @Column(name = "store_id")
    public String storeId;

    /** POS purchases: what was paid, in the store's currency. */
    public java.math.BigDecimal amount;

    @Column(name = "receipt_id")
    public String receiptId;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;
}
