package io.tsunagu.matching.explanation;

import io.tsunagu.matching.client.StaffDirectoryTags;
import io.tsunagu.matching.client.TagName;
import io.tsunagu.matching.offer.Reason;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Tag id → its Japanese and English names, read from staff-directory at most every few minutes: tags change
 * rarely, and a round must not wait for them. A tag without a name is shown by its id.
 */
@ApplicationScoped
public class TagNames {

    private static final Duration REFRESH_EVERY = Duration.ofMinutes(5);

    private final StaffDirectoryTags tags;
    private volatile Map<String, Reason.Text> names = Map.of();
    private volatile Instant readAt = Instant.EPOCH;

    TagNames(StaffDirectoryTags tags) {
        this.tags = tags;
    }

    public Reason.Text of(String tag) {
        refreshIfOld();
        Reason.Text name = names.get(tag);
        return name == null ? new Reason.Text(tag, tag) : name;
    }

    private void refreshIfOld() {
        Instant now = Instant.now();
        if (Duration.between(readAt, now).compareTo(REFRESH_EVERY) < 0) {
            return;
        }
        readAt = now;
        List<TagName> listed = tags.tags();
        if (listed.isEmpty()) {
            // Keep what was read before; the next refresh tries again.
            return;
        }
        Map<String, Reason.Text> read = new HashMap<>();
        for (TagName tag : listed) {
            if (tag.id() != null && tag.name() != null) {
                read.put(tag.id(), new Reason.Text(orId(tag.name().ja(), tag.id()), orId(tag.name().en(), tag.id())));
            }
        }
        names = Map.copyOf(read);
    }

    private static String orId(String name, String id) {
        return name == null || name.isBlank() ? id : name;
    }
}
