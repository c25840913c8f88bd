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

/**
 * Changes presence. Staff choose between AVAILABLE (only on shift), AWAY and OFFLINE; matching,
 * calling as the service, moves them through the busy states of an offer and a call. A staff member
 * left AVAILABLE by a console that stopped sending heartbeats, or whose shift ended, goes AWAY.
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

    /** A staff member sets their own presence; their console is evidently open, which counts as a heartbeat. */
    @Transactional
    public StaffView changeOwn(String username, PresenceChange change) {
        Presence next = Presence.parse("presence", change.presence());
        if (next.isBusy()) {
            throw ProblemException.badRequest(NOT_ALLOWED, "Presence not allowed",
                    next + " is set by matching when an offer or a call starts, not by staff");
        }
        Staff member = lock(username);
        Presence current = member.getPresence();
        if (next == Presence.AVAILABLE && current.isBusy()) {
            throw ProblemException.conflict(NOT_ALLOWED, "Presence not allowed",
                    "you are " + current + "; you become AVAILABLE again when the consultation is finished");
        }
        if (current == Presence.IN_CALL && next != current) {
            throw ProblemException.conflict(NOT_ALLOWED, "Presence not allowed",
                    "you are in a call; end it before going " + next);
        }
        Instant now = now();
        if (next == Presence.AVAILABLE && !shifts.of(member, now).onShift()) {
            throw ProblemException.conflict("not-on-shift", "Not on shift",
                    "you can be AVAILABLE only during a shift; ask your manager to add one");
        }
        member.seen(now);
        return change(member, next, "staff", username, now);
    }

    /** Matching (or another part with the service role) sets any presence of any staff member. */
    @Transactional
    public StaffView change(String username, PresenceChange change, String actor) {
        Presence next = Presence.parse("presence", change.presence());
        return change(lock(username), next, "service", actor, now());
    }

    /** The staff console is still open. */
    @Transactional
    public void heartbeat(String username) {
        Staff member = staff.findByIdOptional(username).orElseThrow(() -> ProblemException.notFound("Staff member", username));
        member.seen(now());
    }

    /**
     * Moves to AWAY every AVAILABLE staff member whose console has not been heard from for
     * {@code tsunagu.presence.away-after} before {@code now}, or who is no longer on shift.
     * Returns their user names.
     */
    @Transactional
    public List<String> markAway(Instant now) {
        Instant silentSince = now.minus(config.awayAfter());
        List<Staff> available = staff.listByPresence(Presence.AVAILABLE);
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
            if (member.getPresence() == Presence.AVAILABLE) {
                change(member, Presence.AWAY, "system", AuditLog.SYSTEM, now);
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

    private StaffView change(Staff member, Presence next, String by, String actor, Instant at) {
        Presence before = member.getPresence();
        if (before != next) {
            member.changePresence(next, at.truncatedTo(ChronoUnit.MICROS));
            metrics.counter(CHANGES_METRIC, "presence", next.name(), "by", by).increment();
            audit.record(actor, "presence", "staff", member.getUsername(), member.getStoreId(), before + " → " + next);
        }
        return views.of(member);
    }
}
