package io.tsunagu.staffdirectory.staff;

import io.tsunagu.problem.ProblemException;
import io.tsunagu.staffdirectory.Violations;
import io.tsunagu.staffdirectory.access.StoreAccess;
import io.tsunagu.staffdirectory.audit.AuditLog;
import io.tsunagu.staffdirectory.shift.ShiftExceptionRepository;
import io.tsunagu.staffdirectory.shift.ShiftService;
import io.tsunagu.staffdirectory.store.Store;
import io.tsunagu.staffdirectory.store.StoreRepository;
import io.tsunagu.staffdirectory.tag.TagRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

@ApplicationScoped
public class StaffService {

    private final StaffRepository staff;
    private final TagRepository tags;
    private final StoreRepository stores;
    private final StoreAccess access;
    private final StaffViews views;
    private final AuditLog audit;
    private final Clock clock;
    private final ShiftExceptionRepository exceptions;
    private final ShiftService shifts;

    public StaffService(StaffRepository staff, TagRepository tags, StoreRepository stores, StoreAccess access,
                        StaffViews views, AuditLog audit, Clock clock, ShiftExceptionRepository exceptions,
                        ShiftService shifts) {
        this.shifts = shifts;
        this.exceptions = exceptions;
        this.staff = staff;
        this.tags = tags;
        this.stores = stores;
        this.access = access;
        this.views = views;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Every staff member, or those shown in the given presence, or (taking precedence) those whose own choice is the given
     * availability (matching asks for AVAILABLE and counts their offers and calls against their capacity).
     */
    @Transactional
    public List<StaffView> list(String presence, String availability) {
        List<Staff> found = availability != null ? staff.listByAvailability(Presence.parse("availability", availability))
                : presence != null ? staff.listByPresence(Presence.parse("presence", presence))
                : staff.listInOrder();
        return views.of(found);
    }

    @Transactional
    public StaffView get(String username) {
        return views.of(find(username));
    }

    /** Adds a staff member to a store the caller may change. */
    @Transactional
    public StaffView create(StaffRequest request) {
        if (request.username() == null) {
            throw Violations.invalid("username", "must not be null");
        }
        check(request);
        access.requireStore(request.storeId());
        if (staff.everUsed(request.username())) {
            throw ProblemException.conflict("already-exists", "Already exists",
                    "staff member " + request.username() + " already exists, or existed: a deleted staff member's"
                            + " user name stays theirs, since their consultations are recorded under it");
        }
        Staff member = new Staff(request.username(), clock.instant().truncatedTo(ChronoUnit.MICROS));
        describe(member, request);
        staff.persist(member);
        audit.record("create", "staff", member.getUsername(), member.getStoreId(), summary(member));
        return views.of(member);
    }

    /** Changes a staff member; a move to another store needs the right to both stores. */
    @Transactional
    public StaffView update(String username, StaffRequest request) {
        if (request.username() != null && !request.username().equals(username)) {
            throw Violations.invalid("username", "a staff member's user name cannot change; leave it out");
        }
        Staff member = find(username);
        access.requireStore(member.getStoreId());
        check(request);
        access.requireStore(request.storeId());
        if (!request.storeId().equals(member.getStoreId())) {
            // A move keeps the staff member's shifts, which must lie within the new store's hours.
            Store target = stores.findById(request.storeId());
            shifts.requireShiftsWithin(target.getId(), ZoneId.of(target.getTimeZone()), target.getOpeningHours(), List.of(member));
        }
        String before = summary(member);
        describe(member, request);
        audit.record("update", "staff", username, member.getStoreId(), before + " → " + summary(member));
        return views.of(member);
    }

    /**
     * Deletes a staff member of a store the caller may change, unless an offer, call or wrap-up of theirs is
     * still open (409 {@code staff-busy}). Their row stays, hidden, for the history that names them; their
     * expertise, shifts and exceptions go.
     */
    @Transactional
    public void delete(String username) {
        if (!username.matches(StaffRequest.USERNAME)) {
            throw Violations.invalid("username", StaffRequest.USERNAME_RULE);
        }
        // Locked: matching may be about to reserve them for an offer.
        Staff member = staff.findForUpdate(username).orElseThrow(() -> ProblemException.notFound("Staff member", username));
        access.requireStore(member.getStoreId());
        if (member.getPresence().isBusy()) {
            throw ProblemException.conflict("staff-busy", "Staff member busy",
                    username + " is " + member.getPresence() + "; delete them once the consultation is finished");
        }
        String summary = summary(member);
        member.replaceExpertise(List.of());
        member.replaceWeeklyShifts(List.of());
        exceptions.delete("username", username);
        staff.delete(member);
        audit.record("delete", "staff", username, member.getStoreId(), summary);
    }

    /** Replaces a staff member's expertise with {@code expertise}, which names each tag at most once. */
    @Transactional
    public StaffView replaceExpertise(String username, List<Expertise> expertise) {
        Staff member = find(username);
        access.requireStore(member.getStoreId());
        checkTags(expertise);
        member.replaceExpertise(expertise.stream().map(e -> new StaffExpertise(e.tag(), e.level())).toList());
        audit.record("replace", "expertise", username, member.getStoreId(),
                expertise.stream().map(e -> e.tag() + " " + e.level()).collect(Collectors.joining(", ")));
        return views.of(member);
    }

    /** A staff member rewrites their own profile text. */
    @Transactional
    public StaffView changeProfileText(String username, ProfileText profile) {
        Staff member = find(username);
        member.changeProfileText(profile.profileText());
        audit.record("update", "profile", username, member.getStoreId(), profile.profileText().length() + " characters");
        return views.of(member);
    }

    private void describe(Staff member, StaffRequest request) {
        member.describe(request.displayName(), request.storeId(), request.languages(), request.maxConcurrent(),
                request.channels());
    }

    private static String summary(Staff member) {
        return member.getDisplayName() + ", " + member.getStoreId() + ", " + member.getLanguages() + ", max "
                + member.getMaxConcurrent() + ", " + member.getChannels();
    }

    private Staff find(String username) {
        return staff.findByIdOptional(username).orElseThrow(() -> ProblemException.notFound("Staff member", username));
    }

    private void check(StaffRequest request) {
        Violations violations = new Violations();
        if (stores.findByIdOptional(request.storeId()).isEmpty()) {
            violations.add("storeId", "unknown store " + request.storeId());
        }
        if (new HashSet<>(request.languages()).size() != request.languages().size()) {
            violations.add("languages", "a language is listed more than once");
        }
        if (new HashSet<>(request.channels()).size() != request.channels().size()) {
            violations.add("channels", "a channel is listed more than once");
        }
        violations.throwIfAny();
    }

    private void checkTags(List<Expertise> expertise) {
        Set<String> known = tags.existing(expertise.stream().map(Expertise::tag).toList());
        Set<String> seen = new HashSet<>();
        Violations unknown = new Violations();
        Violations repeated = new Violations();
        for (Expertise item : expertise) {
            if (!known.contains(item.tag())) {
                unknown.add("tag", "unknown tag " + item.tag());
            } else if (!seen.add(item.tag())) {
                repeated.add("tag", "tag " + item.tag() + " is listed more than once");
            }
        }
        unknown.throwIfAny("unknown-tag", "Unknown tag");
        repeated.throwIfAny();
    }
}
