package io.tsunagu.staffdirectory.presence;

import io.micrometer.core.instrument.MeterRegistry;
import io.tsunagu.problem.ProblemException;
import io.tsunagu.staffdirectory.audit.AuditLog;
import io.tsunagu.staffdirectory.shift.ShiftStatuses;
import io.tsunagu.staffdirectory.staff.Presence;
import io.tsunagu.staffdirectory.staff.Staff;
import io.tsunagu.staffdirectory.staff.StaffRepository;
import io.tsunagu.staffdirectory.staff.StaffView;
import io.tsunagu.staffdirectory.staff.StaffViews;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Changes presence. Staff choose between AVAILABLE (only on shift), AWAY and OFFLINE: their availability
 * for further offers. Matching, calling as the service, shows the busy states of an offer, a call and its
 * wrap-up over that choice, and counts a staff member's live offers and calls against their capacity
 * itself: a staff member who may take two consultations stays AVAILABLE while the first call runs. A staff
 * member left AVAILABLE by a console that stopped sending heartbeats, or whose shift ended, goes AWAY.
 */
@ApplicationScoped
public class PresenceService {

    static final String CHANGES_METRIC = "tsunagu.staff.presence.changes";
    private static final String NOT_ALLOWED = "presence-not-allowed";

    private final StaffRepository staff;
    private final StaffViews views;
    private final ShiftStatuses shifts;
    private final PresenceConfig config;
    private final AuditLog audit;
    private final MeterRegistry metrics;
    private final Clock clock;

    public PresenceService(StaffRepository staff, StaffViews views, ShiftStatuses shifts, PresenceConfig config,
                           AuditLog audit, MeterRegistry metrics, Clock clock) {
        this.staff = staff;
        this.views = views;
        this.shifts = shifts;
        this.config = config;
        this.audit = audit;
        this.metrics = metrics;
        this.clock = clock;
    }

    /**
     * A staff member chooses their availability; their console is evidently open, which counts as a
     * heartbeat. An offer, call or wrap-up in progress stays shown and goes on: AWAY during a call means
     * "no further offers", not "the call is over".
     */
    @Transactional
    public StaffView changeOwn(String username, PresenceChange change) {
        Presence next = Presence.parse("presence", change.presence());
        if (next.isBusy()) {
            throw ProblemException.badRequest(NOT_ALLOWED, "Presence not allowed",
                    next + " is set by matching when an offer or a call starts, not by staff");
        }
        Staff member = lock(username);
        Instant now = now();
        if (next == Presence.AVAILABLE && !shifts.of(member, now).onShift()) {
            throw ProblemException.conflict("not-on-shift", "Not on shift",
                    "you can be AVAILABLE only during a shift; ask your manager to add one");
        }
        member.seen(now);
        return change(member, m -> m.choose(next, now), "staff", username, now);
    }

    /**
     * Matching (or another part with the service role) sets a staff member's presence: a busy state is shown
     * over their choice; AVAILABLE ends it ("free again"), and their own choice shows again, so someone who
     * stepped AWAY during a call stays away; AWAY or OFFLINE (an offer left unanswered) become the choice and
     * end a pending offer's state, while a call or its wrap-up stays shown until matching ends it.
     */
    @Transactional
    public StaffView change(String username, PresenceChange change, String actor) {
        Presence next = Presence.parse("presence", change.presence());
        Instant now = now();
        return change(lock(username), member -> {
            if (next.isBusy()) {
                member.occupy(next, now);
            } else if (next == Presence.AVAILABLE) {
                member.release(now);
            } else {
                member.choose(next, now);
                if (member.getPresence() == Presence.OFFERED) {
                    member.release(now);
                }
            }
        }, "service", actor, now);
    }

    /** The staff console is still open. */
    @Transactional
    public void heartbeat(String username) {
        Staff member = staff.findByIdOptional(username).orElseThrow(() -> ProblemException.notFound("Staff member", username));
        member.seen(now());
    }

    /**
     * Moves to AWAY every staff member who chose AVAILABLE whose console has not been heard from for
     * {@code tsunagu.presence.away-after} before {@code now}, or who is no longer on shift.
     * Returns their user names.
     */
    @Transactional
    public List<String> markAway(Instant now) {
        Instant silentSince = now.minus(config.awayAfter());
        List<Staff> available = staff.listByAvailability(Presence.AVAILABLE);
        Map<String, StaffView.ShiftStatus> statuses = shifts.of(available, now);
        List<String> moved = new ArrayList<>();
        for (Staff candidate : available) {
            boolean silent = candidate.getLastSeenAt() == null || candidate.getLastSeenAt().isBefore(silentSince);
            boolean offShift = !statuses.get(candidate.getUsername()).onShift();
            if (!silent && !offShift) {
                continue;
            }
            // Re-read under the lock: matching or the staff member may have changed it meanwhile.
            Staff member = lock(candidate.getUsername());
            if (member.getAvailability() == Presence.AVAILABLE) {
                change(member, m -> m.choose(Presence.AWAY, now), "system", AuditLog.SYSTEM, now);
                moved.add(member.getUsername());
            }
        }
        return moved;
    }

    private Staff lock(String username) {
        return staff.findForUpdate(username).orElseThrow(() -> ProblemException.notFound("Staff member", username));
    }

    private Instant now() {
        // Microseconds: what PostgreSQL keeps, so the answer equals what a later read returns.
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** Applies a change; what a reader sees (presence) and the staff member's choice are counted and logged. */
    private StaffView change(Staff member, Consumer<Staff> mutation, String by, String actor, Instant at) {
        Presence before = member.getPresence();
        Presence chosenBefore = member.getAvailability();
        mutation.accept(member);
        if (before != member.getPresence()) {
            metrics.counter(CHANGES_METRIC, "presence", member.getPresence().name(), "by", by).increment();
            audit.record(actor, "presence", "staff", member.getUsername(), member.getStoreId(), before + " → " + member.getPresence());
        }
        if (chosenBefore != member.getAvailability()) {
            audit.record(actor, "availability", "staff", member.getUsername(), member.getStoreId(),
                    chosenBefore + " → " + member.getAvailability());
        }
        return views.of(member);
    }
}
