package io.tsunagu.profilebridge.report;

import io.tsunagu.profilebridge.consent.ConsentView;
import io.tsunagu.profilebridge.interest.TagScore;
import io.tsunagu.profilebridge.note.NoteView;

import java.util.List;

/**
 * What a staff member reads before accepting a call: what the shopper cares about, looked at, and
 * told us before. Without consent the behaviour parts are empty (interests, products, channels,
 * hour pattern) and only consultations are shown. {@code notes} and {@code consultations} are the
 * same list: {@code notes} is kept for callers of the first version.
 */
public record ReportView(
        String visitorId,
        List<TagScore> topInterests,
        List<RecentProduct> recentProducts,
        List<RecentProduct> favourites,
        ChannelUse channels,
        List<Integer> hourPattern,
        List<NoteView> consultations,
        List<NoteView> notes,
        String language,
        ConsentView consent) {
}
