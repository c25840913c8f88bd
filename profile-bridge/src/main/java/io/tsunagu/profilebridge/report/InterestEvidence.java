package io.tsunagu.profilebridge.report;

import io.tsunagu.profilebridge.interest.TagScore;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/** Finds, for each top interest, the latest events that carry its tag. */
final class InterestEvidence {

    private InterestEvidence() {
    }

    /**
     * @param newestFirst the person's latest events, newest first
     * @param tagsOf      an event's tags as the interests counted them (its product's tags from the taxonomy, else its own)
     * @param perTag      how many events to keep per interest
     */
    static List<TopInterest> of(List<TagScore> top, List<RecentEvent> newestFirst,
                                BiFunction<String, List<String>, List<String>> tagsOf, int perTag) {
        Map<String, List<InterestEvent>> byTag = new LinkedHashMap<>();
        top.forEach(score -> byTag.put(score.tag(), new ArrayList<>()));
        for (RecentEvent event : newestFirst) {
            for (String tag : new LinkedHashSet<>(tagsOf.apply(event.productId(), event.tags()))) {
                List<InterestEvent> found = byTag.get(tag);
                if (found != null && found.size() < perTag) {
                    found.add(InterestEvent.of(event));
                }
            }
        }
        return top.stream().map(score -> TopInterest.of(score, byTag.get(score.tag()))).toList();
    }
}
