package io.tsunagu.profilebridge.report;

import io.tsunagu.profilebridge.interest.TagScore;
import io.tsunagu.profilebridge.note.NoteView;

import java.util.List;

/** What a staff member reads before accepting a call: what the shopper cares about, looked at, and told us before. */
public record ReportView(String visitorId, List<TagScore> topInterests, List<RecentProduct> recentProducts, List<NoteView> notes) {
}
