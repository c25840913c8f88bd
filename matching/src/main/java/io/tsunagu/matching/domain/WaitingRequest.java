package io.tsunagu.matching.domain;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/** One waiting consultation request; the solver picks its staff member, or none this round. */
@PlanningEntity
public class WaitingRequest {

    @PlanningId
    private UUID id;
    private String language;
    /** The shopper's interest snapshot, tag → score. */
    private Map<String, Double> interests;
    /** Staff who declined this request or let its offer expire. */
    private Set<String> declinedBy;
    private long secondsWaited;

    @PlanningVariable(allowsUnassigned = true)
    private FreeStaff staff;

    public WaitingRequest() {
    }

    public WaitingRequest(UUID id, String language, Map<String, Double> interests, Set<String> declinedBy,
                          long secondsWaited) {
        this.id = id;
        this.language = language;
        this.interests = Map.copyOf(interests);
        this.declinedBy = Set.copyOf(declinedBy);
        this.secondsWaited = secondsWaited;
    }

    public boolean declinedBy(FreeStaff candidate) {
        return declinedBy.contains(candidate.getUsername());
    }

    public UUID getId() {
        return id;
    }

    public String getLanguage() {
        return language;
    }

    public Map<String, Double> getInterests() {
        return interests;
    }

    public Set<String> getDeclinedBy() {
        return declinedBy;
    }

    public long getSecondsWaited() {
        return secondsWaited;
    }

    public FreeStaff getStaff() {
        return staff;
    }

    public void setStaff(FreeStaff staff) {
        this.staff = staff;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WaitingRequest request && id.equals(request.id);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id);
    }

    @Override
    public String toString() {
        return "request " + id + " → " + staff;
    }
}
