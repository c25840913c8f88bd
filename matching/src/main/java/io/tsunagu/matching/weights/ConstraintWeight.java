package io.tsunagu.matching.weights;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One stored weight. */
@Entity
@Table(name = "constraint_weight")
public class ConstraintWeight {

    @Id
    private String name;
    @Column(nullable = false)
    private int weight;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Column(name = "updated_by")
    private String updatedBy;

    protected ConstraintWeight() {
    }

    public ConstraintWeight(String name, int weight, Instant updatedAt, String updatedBy) {
        this.name = name;
        this.weight = weight;
        this.updatedAt = updatedAt;
        this.updatedBy = updatedBy;
    }

    public void set(int weight, Instant now, String by) {
        this.weight = weight;
        this.updatedAt = now;
        this.updatedBy = by;
    }

    public String getName() {
        return name;
    }

    public int getWeight() {
        return weight;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
