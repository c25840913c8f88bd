package io.tsunagu.staffdirectory.staff;

import io.tsunagu.problem.ProblemException;
import io.tsunagu.staffdirectory.Violations;
import io.tsunagu.staffdirectory.access.StoreAccess;
import io.tsunagu.staffdirectory.audit.AuditLog;
import io.tsunagu.staffdirectory.store.StoreRepository;
import io.tsunagu.staffdirectory.tag.TagRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
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

    public StaffService(StaffRepository staff, TagRepository tags, StoreRepository stores, StoreAccess access,
                        StaffViews views, AuditLog audit, Clock clock) {
        this.staff = staff;
        this.tags = tags;
        this.stores = stores;
        this.access = access;
        this.views = views;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every staff member, or only those in the given presence (matching asks for AVAILABLE). */
    @Transactional
    public List<StaffView> list(String presence) {
        List<Staff> found = presence == null
                ? staff.listInOrder()
                : staff.listByPresence(Presence.parse("presence", presence));
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
        if (staff.findByIdOptional(request.username()).isPresent()) {
            throw ProblemException.conflict("already-exists", "Already exists",
                    "staff member " + request.username() + " already exists");
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
        String before = summary(member);
        describe(member, request);
        audit.record("update", "staff", username, member.getStoreId(), before + " → " + summary(member));
        return views.of(member);
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
