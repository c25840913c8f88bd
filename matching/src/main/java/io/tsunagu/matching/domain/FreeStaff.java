package io.tsunagu.matching.domain;

import ai.timefold.solver.core.api.domain.lookup.PlanningId;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** A staff member who can take a request now: a problem fact of one matching round. */
public class FreeStaff {

    /** What staff-directory's older versions imply when they do not list channels: every channel. */
    public static final Set<String> ALL_CHANNELS = Set.of("VIDEO", "VOICE", "CHAT");

    @PlanningId
    private String username;
    private String storeId;
    private Set<String> languages;
    /** Tag → level 1–5. */
    private Map<String, Integer> expertise;
    /** How many more requests they can take: their maximum concurrent minus live offers and calls. */
    private int freeSlots;
    private boolean available;
    /** The channels they can serve (VIDEO, VOICE, CHAT). */
    private Set<String> channels;
    /** On shift now, as staff-directory evaluates it in their store's time zone. */
    private boolean onShift;
    /**
     * How many seconds a consultation of typical length, started now, would run past the end of their
     * shift; 0 when it fits or no end is known.
     */
    private long shiftEndOverrunSeconds;
    /** Consultations they had in the fair-load window, plus their live offers and calls. */
    private int recentLoad;

    public FreeStaff() {
    }

    /** A free staff member on shift, for every channel, with no shift end and no recent load. */
    public FreeStaff(String username, String storeId, Set<String> languages, Map<String, Integer> expertise,
                     int freeSlots, boolean available) {
        this(username, storeId, languages, expertise, freeSlots, available, ALL_CHANNELS, true, 0, 0);
    }

    public FreeStaff(String username, String storeId, Set<String> languages, Map<String, Integer> expertise,
                     int freeSlots, boolean available, Set<String> channels, boolean onShift,
                     long shiftEndOverrunSeconds, int recentLoad) {
        this.username = username;
        this.storeId = storeId;
        this.languages = Set.copyOf(languages);
        this.expertise = Map.copyOf(expertise);
        this.freeSlots = freeSlots;
        this.available = available;
        this.channels = Set.copyOf(channels);
        this.onShift = onShift;
        this.shiftEndOverrunSeconds = Math.max(0, shiftEndOverrunSeconds);
        this.recentLoad = recentLoad;
    }

    public boolean speaks(String language) {
        return languages.contains(language);
    }

    public boolean serves(String channel) {
        return channels.contains(channel);
    }

    /** How many requests this round may give them: none unless they are AVAILABLE and on shift. */
    public int capacity() {
        return available && onShift ? Math.max(freeSlots, 0) : 0;
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

    public Set<String> getChannels() {
        return channels;
    }

    public boolean isOnShift() {
        return onShift;
    }

    public long getShiftEndOverrunSeconds() {
        return shiftEndOverrunSeconds;
    }

    public int getRecentLoad() {
        return recentLoad;
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
