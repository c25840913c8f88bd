package io.tsunagu.profilebridge.access;

import io.tsunagu.problem.Problem;
import io.tsunagu.problem.ProblemException;
import io.tsunagu.profilebridge.person.VisitorIds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** Grants from matching, the check before a report is read, and the audit log of every read. */
@ApplicationScoped
public class ReportAccessService {

    /** Offers last minutes and calls hours: a grant reaching further ahead is a mistake. */
    static final Duration MAX_GRANT = Duration.ofDays(7);
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{1,255}");

    public enum Outcome { READ, DENIED, NOT_FOUND }

    private final EntityManager entityManager;
    private final Clock clock;

    ReportAccessService(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** Sets the staff member's grant for the visitor; a later grant replaces an earlier one. */
    @Transactional
    public void grant(String visitorId, String staffUsername, Instant until) {
        VisitorIds.require(visitorId);
        if (staffUsername == null || !USERNAME.matcher(staffUsername).matches()) {
            throw invalid("staffUsername", "must be 1 to 255 characters of A-Z, a-z, 0-9, ., _, @ and -");
        }
        Instant now = clock.instant();
        if (until.isAfter(now.plus(MAX_GRANT))) {
            throw invalid("until", "must be at most " + MAX_GRANT.toDays() + " days ahead");
        }
        entityManager.createNativeQuery("""
                        INSERT INTO report_access (visitor_id, staff_username, until, granted_at) VALUES (:visitor, :staff, :until, :now)
                        ON CONFLICT (visitor_id, staff_username) DO UPDATE SET until = excluded.until, granted_at = excluded.granted_at""")
                .setParameter("visitor", visitorId)
                .setParameter("staff", staffUsername)
                .setParameter("until", until.atOffset(ZoneOffset.UTC))
                .setParameter("now", now.atOffset(ZoneOffset.UTC))
                .executeUpdate();
    }

    /** Whether the staff member holds a grant for the visitor that has not run out. */
    @Transactional
    public boolean hasLiveGrant(String visitorId, String staffUsername) {
        return !entityManager.createNativeQuery("""
                        SELECT 1 FROM report_access WHERE visitor_id = :visitor AND staff_username = :staff AND until > :now""")
                .setParameter("visitor", visitorId)
                .setParameter("staff", staffUsername)
                .setParameter("now", clock.instant().atOffset(ZoneOffset.UTC))
                .getResultList().isEmpty();
    }

    /** Writes the attempt in its own transaction, so that a refused read is logged too. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void audit(String visitorId, String reader, Set<String> roles, Outcome outcome) {
        write(visitorId, reader, roles, outcome);
    }

    private void write(String visitorId, String reader, Set<String> roles, Outcome outcome) {
        entityManager.createNativeQuery("""
                        INSERT INTO report_read (visitor_id, reader, roles, outcome, at) VALUES (:visitor, :reader, cast(:roles AS text[]), :outcome, :at)""")
                .setParameter("visitor", visitorId)
                .setParameter("reader", reader)
                .setParameter("roles", "{" + String.join(",", new TreeSet<>(roles)) + "}")
                .setParameter("outcome", outcome.name())
                .setParameter("at", clock.instant().atOffset(ZoneOffset.UTC))
                .executeUpdate();
    }

    /** The visitor's report reads, newest first. */
    @Transactional
    public List<AuditEntry> auditOf(String visitorId, int limit) {
        VisitorIds.require(visitorId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        SELECT at, visitor_id, reader, array_to_string(roles, ','), outcome FROM report_read
                        WHERE visitor_id = :visitor ORDER BY at DESC, id DESC LIMIT :limit""")
                .setParameter("visitor", visitorId)
                .setParameter("limit", limit)
                .getResultList();
        return rows.stream().map(r -> new AuditEntry(instant(r[0]), (String) r[1], (String) r[2],
                ((String) r[3]).isEmpty() ? List.of() : Arrays.asList(((String) r[3]).split(",")), (String) r[4])).toList();
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }

    private static ProblemException invalid(String field, String message) {
        return new ProblemException(new Problem(Problem.TYPE_BASE + "invalid-request", "Invalid request", 400,
                "some values are not acceptable", List.of(new Problem.Violation(field, message))));
    }
}
