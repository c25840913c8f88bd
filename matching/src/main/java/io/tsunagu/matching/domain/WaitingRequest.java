package io.tsunagu.matching.domain;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;

import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/** One waiting consultation request; the solver picks its staff member, or none this round. */
@PlanningEntity
public class WaitingRequest {

    /** Store affinity before any relaxation: the full reward. */
    public static final int FULL_AFFINITY_PERCENT = 100;

    @PlanningId
    private UUID id;
    private String language;
    /** VIDEO, VOICE, CHAT or IN_STORE; null when any channel will do. */
    private String channel;
    /** The shopper's interest snapshot, tag → score. */
    private Map<String, Double> interests;
    /** Staff who declined this request or let its offer expire. */
    private Set<String> declinedBy;
    private long secondsWaited;
    /** The staff member of the shopper's last consultation, or null. */
    private String previousStaff;
    /** The shopper's preferred or usual store, or null. */
    private String usualStoreId;
    /** The shopper's strongest interest, or null without interests. */
    private String requiredTag;
    /** The level in {@link #requiredTag} a staff member needs now; relaxes as the shopper waits. */
    private int minimumLevel;
    /** How much of the store-affinity reward still counts; fades as the shopper waits. */
    private int storeAffinityPercent = FULL_AFFINITY_PERCENT;
    /** The staff member the shopper booked, who alone may take this request; null for a walk-in. */
    private String bookedStaff;

    @PlanningVariable(allowsUnassigned = true)
    private FreeStaff staff;

    public WaitingRequest() {
    }

    /** A request for any channel, from a shopper without history. */
    public WaitingRequest(UUID id, String language, Map<String, Double> interests, Set<String> declinedBy,
                          long secondsWaited) {
        this(id, language, null, interests, declinedBy, secondsWaited, null, null);
    }

    public WaitingRequest(UUID id, String language, String channel, Map<String, Double> interests,
                          Set<String> declinedBy, long secondsWaited, String previousStaff, String usualStoreId) {
        this.id = id;
        this.language = language;
        this.channel = channel;
        this.interests = Map.copyOf(interests);
        this.declinedBy = Set.copyOf(declinedBy);
        this.secondsWaited = secondsWaited;
        this.previousStaff = previousStaff;
        this.usualStoreId = usualStoreId;
        this.requiredTag = interests.entrySet().stream()
                .max(Map.Entry.<String, Double>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey)
                .orElse(null);
    }

    /** Sets what this request requires at its current wait; see {@code solver.Relaxation}. */
    public WaitingRequest relax(int minimumLevel, int storeAffinityPercent) {
        // The shopper chose the booked staff member: no minimum level stands between them.
        this.minimumLevel = bookedStaff == null ? minimumLevel : 0;
        this.storeAffinityPercent = storeAffinityPercent;
        return this;
    }

    /** The same request with the same requirements and no staff member, for another solve of the same round. */
    public WaitingRequest unassignedCopy() {
        WaitingRequest copy = new WaitingRequest(id, language, channel, interests, declinedBy, secondsWaited,
                previousStaff, usualStoreId);
        return copy.bookedWith(bookedStaff).relax(minimumLevel, storeAffinityPercent);
    }

    /** Marks the request as made from a booking with {@code staffUsername} (null: a walk-in). */
    public WaitingRequest bookedWith(String staffUsername) {
        this.bookedStaff = staffUsername;
        return this;
    }

    public String getBookedStaff() {
        return bookedStaff;
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

    public String getChannel() {
        return channel;
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

    public String getPreviousStaff() {
        return previousStaff;
    }

    public String getUsualStoreId() {
        return usualStoreId;
    }

    public String getRequiredTag() {
        return requiredTag;
    }

    public int getMinimumLevel() {
        return minimumLevel;
    }

    public int getStoreAffinityPercent() {
        return storeAffinityPercent;
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
