package io.tsunagu.staffdirectory.staff;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import io.tsunagu.staffdirectory.shift.WeeklyShiftRow;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.SoftDelete;
import org.hibernate.annotations.SoftDeleteType;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A store staff member who takes consultations; the username is Keycloak's preferred_username. A deleted
 * staff member keeps their row (deleted_at), hidden from every query, so that history naming them stays readable.
 */
@Entity
@SoftDelete(strategy = SoftDeleteType.TIMESTAMP, columnName = "deleted_at")
// Only the columns a write changed: a heartbeat or an edit read without the row lock must not write back
// the presence it read while a presence change (under the lock) commits.
@DynamicUpdate
@Table(name = "staff")
public class Staff {

    @Id
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "store_id", nullable = false)
    private String storeId;

    @Column(name = "max_concurrent", nullable = false)
    private int maxConcurrent;

    @Enumerated(EnumType.STRING)
    @Column(name = "presence", nullable = false)
    private Presence presence;

    @Column(name = "presence_since", nullable = false)
    private Instant presenceSince;

    /** The staff member's own choice: AVAILABLE, AWAY or OFFLINE; presence shows a busy state over it. */
    @Enumerated(EnumType.STRING)
    @Column(name = "availability", nullable = false)
    private Presence availability;

    @ElementCollection
    @CollectionTable(name = "staff_language", joinColumns = @JoinColumn(name = "username"))
    @OrderColumn(name = "position")
    @Column(name = "language", nullable = false)
    private List<String> languages = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "staff_expertise", joinColumns = @JoinColumn(name = "username"))
    private Set<StaffExpertise> expertise = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "staff_channel", joinColumns = @JoinColumn(name = "username"))
    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false)
    private Set<Channel> channels = new HashSet<>();

    @Column(name = "profile")
    private String profileText;

    @ElementCollection
    @CollectionTable(name = "shift_weekly", joinColumns = @JoinColumn(name = "username"))
    private Set<WeeklyShiftRow> weeklyShifts = new HashSet<>();

    /** When the staff console last said it is open (a heartbeat or the staff member's own change). */
    @Column(name = "last_seen_at")
    private Instant lastSeenAt;

    protected Staff() {
    }

    /** A new staff member, OFFLINE until they open the console. */
    public Staff(String username, Instant now) {
        this.username = username;
        this.presence = Presence.OFFLINE;
        this.availability = Presence.OFFLINE;
        this.presenceSince = now;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getStoreId() {
        return storeId;
    }

    public int getMaxConcurrent() {
        return maxConcurrent;
    }

    public Presence getPresence() {
        return presence;
    }

    public Presence getAvailability() {
        return availability;
    }

    public Instant getPresenceSince() {
        return presenceSince;
    }

    public List<String> getLanguages() {
        return List.copyOf(languages);
    }

    public Set<StaffExpertise> getExpertise() {
        return Set.copyOf(expertise);
    }

    /** Channels in a stable order: VIDEO, VOICE, CHAT. */
    public List<Channel> getChannels() {
        return channels.stream().sorted().toList();
    }

    public String getProfileText() {
        return profileText;
    }

    public void describe(String displayName, String storeId, List<String> languages, int maxConcurrent,
                         Collection<Channel> channels) {
        this.displayName = displayName;
        this.storeId = storeId;
        this.languages.clear();
        this.languages.addAll(languages);
        this.maxConcurrent = maxConcurrent;
        this.channels.clear();
        this.channels.addAll(channels);
    }

    public Set<WeeklyShiftRow> getWeeklyShifts() {
        return Set.copyOf(weeklyShifts);
    }

    public void replaceWeeklyShifts(Collection<WeeklyShiftRow> replacement) {
        weeklyShifts.clear();
        weeklyShifts.addAll(replacement);
    }

    public Instant getLastSeenAt() {
        return lastSeenAt;
    }

    public void seen(Instant at) {
        lastSeenAt = at;
    }

    public void changeProfileText(String profileText) {
        this.profileText = profileText;
    }

    /** The staff member's own choice (AVAILABLE, AWAY, OFFLINE); a busy state stays shown over it. */
    public void choose(Presence next, Instant at) {
        availability = next;
        show(presence.isBusy() ? presence : next, at);
    }

    /** Matching's busy state of an offer, a call or its wrap-up, shown over the choice. */
    public void occupy(Presence busy, Instant at) {
        show(busy, at);
    }

    /** Nothing is in progress any more: the choice shows again. */
    public void release(Instant at) {
        show(availability, at);
    }

    /** Staying in the same state keeps the original since. */
    private void show(Presence next, Instant at) {
        if (next != presence) {
            presence = next;
            presenceSince = at;
        }
    }

    public void replaceExpertise(Collection<StaffExpertise> replacement) {
        expertise.clear();
        expertise.addAll(replacement);
    }
}
