package io.tsunagu.staffdirectory.presence;

import io.micrometer.core.instrument.MeterRegistry;
import io.tsunagu.problem.ProblemException;
import io.tsunagu.staffdirectory.staff.Presence;
import io.tsunagu.staffdirectory.staff.Staff;
import io.tsunagu.staffdirectory.staff.StaffRepository;
import io.tsunagu.staffdirectory.staff.StaffView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Changes presence. Staff choose between AVAILABLE, AWAY and OFFLINE; matching, calling as the
 * service, moves them through the busy states of an offer and a call.
 */
@ApplicationScoped
public class PresenceService {

    static final String CHANGES_METRIC = "tsunagu.staff.presence.changes";
    private static final String NOT_ALLOWED = "presence-not-allowed";

    private final StaffRepository staff;
    private final MeterRegistry metrics;

    public PresenceService(StaffRepository staff, MeterRegistry metrics) {
        this.staff = staff;
        this.metrics = metrics;
    }

    /** A staff member sets their own presence. */
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
        return change(member, next, "staff");
    }

    /** Matching (or another part with the service role) sets any presence of any staff member. */
    @Transactional
    public StaffView change(String username, PresenceChange change) {
        Presence next = Presence.parse("presence", change.presence());
        return change(lock(username), next, "service");
    }

    private Staff lock(String username) {
        return staff.findForUpdate(username).orElseThrow(() -> ProblemException.notFound("Staff member", username));
    }

    private StaffView change(Staff member, Presence next, String by) {
        if (member.getPresence() != next) {
            // Microseconds: what PostgreSQL keeps, so the answer equals what a later read returns.
            member.changePresence(next, Instant.now().truncatedTo(ChronoUnit.MICROS));
            metrics.counter(CHANGES_METRIC, "presence", next.name(), "by", by).increment();
        }
        return StaffView.of(member);
    }
}
