package io.tsunagu.signaling.room;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "room")
public class RoomEntity {

    @Id
    @Column(name = "consultation_id")
    public UUID consultationId;

    @Column(name = "visitor_id", nullable = false)
    public String visitorId;

    @Column(name = "staff_username", nullable = false)
    public String staffUsername;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "ended_at")
    public Instant endedAt;
}
