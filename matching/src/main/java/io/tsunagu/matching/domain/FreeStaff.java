package io.tsunagu.matching.domain;

import ai.timefold.solver.core.api.domain.lookup.PlanningId;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** A staff member who can take a request now: a problem fact of one matching round. */
public class FreeStaff {

    @PlanningId
    private String username;
    private String storeId;
    private Set<String> languages;
    /** Tag → level 1–5. */
    private Map<String, Integer> expertise;
    /** How many more requests they can take: their maximum concurrent minus live offers and calls. */
    private int freeSlots;
    private boolean available;

    public FreeStaff() {
    }

    public FreeStaff(String username, String storeId, Set<String> languages, Map<String, Integer> expertise,
                     int freeSlots, boolean available) {
        this.username = username;
        this.storeId = storeId;
        this.languages = Set.copyOf(languages);
        this.expertise = Map.copyOf(expertise);
        this.freeSlots = freeSlots;
        this.available = available;
    }

    public boolean speaks(String language) {
        return languages.contains(language);
    }

    /** How many requests this round may give them: none unless they are AVAILABLE. */
    public int capacity() {
        return available ? Math.max(freeSlots, 0) : 0;
    }

    public int levelIn(String tag) {
        return expertise.getOrDefault(tag, 0);
    }

    public String getUsername() {
        return username;
    }

    public String getStoreId() {
        return storeId;
    }

    public Set<String> getLanguages() {
        return languages;
    }

    public Map<String, Integer> getExpertise() {
        return expertise;
    }

    public int getFreeSlots() {
        return freeSlots;
    }

    public boolean isAvailable() {
        return available;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FreeStaff staff && username.equals(staff.username);
    }

    @Override
    public int hashCode() {
        return Objects.hash(username);
    }

    @Override
    public String toString() {
        return username;
    }
}
