package io.tsunagu.profilebridge.report;

import io.tsunagu.profilebridge.cdp.ExternalProfile;
import io.tsunagu.profilebridge.consent.ConsentView;
import io.tsunagu.profilebridge.note.NoteView;

import java.util.List;

/**
 * What a staff member reads before accepting a call: what the shopper cares about, looked at, and
 * told us before; each top interest lists the latest events behind it. Without consent the
 * behaviour parts are empty (interests, products, channels, hour pattern) and only consultations are shown. {@code notes} and {@code consultations} are the
 * same list: {@code notes} is kept for callers of the first version. {@code external} is the
 * shopper's profile in the retailer's CDP, null when no connector is configured or without consent.
 */
public record ReportView(
        String visitorId,
        List<TopInterest> topInterests,
        List<RecentProduct> recentProducts,
        List<RecentProduct> favourites,
        ChannelUse channels,
        List<Integer> hourPattern,
        List<NoteView> consultations,
        List<NoteView> notes,
        String language,
        ConsentView consent,
        ExternalProfile external) {

    ReportView withExternal(ExternalProfile profile) {
        return new ReportView(visitorId, topInterests, recentProducts, favourites, channels, hourPattern, consultations, notes,
                language, consent, profile);
    }
}
