package io.tsunagu.profilebridge.insights;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a manager sees of a store's recent shoppers: counts of people only, never a person. A count
 * below {@code minimumGroupSize} is null (withheld); a store with fewer recent shoppers and fewer
 * consultations than that shows nothing but {@code suppressed: true}.
 *
 * @param shoppers              recent shoppers of the store who consented to the use of their
 *                              behaviour: seen in it (check-in, till, in-store consultation) or in a
 *                              consultation with its staff
 * @param topInterests          the tags most often among these shoppers' three strongest interests
 * @param channelMix            these shoppers by where they were seen in the window:
 *                              {@code storeOnly}, {@code onlineOnly}, {@code both}, {@code neither}
 *                              (only a consultation)
 * @param consultationOutcomes  consultations with the store's staff (what was said, shown without
 *                              consent as in the report) by outcome ({@code PURCHASED},
 *                              {@code CONSIDERING}, {@code NOT_INTERESTED}, {@code NONE})
 */
public record StoreInsights(String storeId, Instant since, int minimumGroupSize, boolean suppressed, Long shoppers,
                            List<TagShoppers> topInterests, Map<String, Long> channelMix, Long consultations,
                            Map<String, Long> consultationOutcomes) {

    /** A tag and how many of the store's recent shoppers have it among their strongest interests. */
    public record TagShoppers(String tag, long shoppers) {
    }

    static StoreInsights suppressed(String storeId, Instant since, int k) {
        return new StoreInsights(storeId, since, k, true, null, List.of(), Map.of(), null, Map.of());
    }
}
