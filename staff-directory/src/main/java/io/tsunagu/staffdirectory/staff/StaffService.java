package io.tsunagu.staffdirectory.staff;

import io.tsunagu.problem.Problem;
import io.tsunagu.problem.ProblemException;
import io.tsunagu.staffdirectory.tag.TagRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

@ApplicationScoped
public class StaffService {

    private final StaffRepository staff;
    private final TagRepository tags;

    public StaffService(StaffRepository staff, TagRepository tags) {
        this.staff = staff;
        this.tags = tags;
    }

    /** Every staff member, or only those in the given presence (matching asks for AVAILABLE). */
    public List<StaffView> list(String presence) {
        List<Staff> found = presence == null
                ? staff.listInOrder()
                : staff.listByPresence(Presence.parse("presence", presence));
        return found.stream().map(StaffView::of).toList();
    }

    public StaffView get(String username) {
        return StaffView.of(find(username));
    }

    /** Replaces a staff member's expertise with {@code expertise}, which names each tag at most once. */
    @Transactional
    public StaffView replaceExpertise(String username, List<Expertise> expertise) {
        Staff member = find(username);
        checkTags(expertise);
        member.replaceExpertise(expertise.stream().map(e -> new StaffExpertise(e.tag(), e.level())).toList());
        return StaffView.of(member);
    }

    private Staff find(String username) {
        return staff.findByIdOptional(username).orElseThrow(() -> ProblemException.notFound("Staff member", username));
    }

    private void checkTags(List<Expertise> expertise) {
        Set<String> known = tags.existing(expertise.stream().map(Expertise::tag).toList());
        Set<String> seen = new HashSet<>();
        List<Problem.Violation> violations = new ArrayList<>();
        for (Expertise item : expertise) {
            if (!known.contains(item.tag())) {
                violations.add(new Problem.Violation("tag", "unknown tag " + item.tag()));
            } else if (!seen.add(item.tag())) {
                violations.add(new Problem.Violation("tag", "tag " + item.tag() + " is listed more than once"));
            }
        }
        if (!violations.isEmpty()) {
            throw new ProblemException(new Problem(Problem.TYPE_BASE + "invalid-request", "Invalid request", 400,
                    "some values are not acceptable", violations));
        }
    }
}
