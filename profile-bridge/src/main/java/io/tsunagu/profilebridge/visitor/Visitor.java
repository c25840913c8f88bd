package io.tsunagu.profilebridge.visitor;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** An anonymous visitor id and the person it belongs to. */
@Entity
@Table(name = "visitor")
public class Visitor {

    @Id
    @Column(name = "visitor_id")
    public String visitorId;

    @Column(name = "person_id", nullable = false)
    public UUID personId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
