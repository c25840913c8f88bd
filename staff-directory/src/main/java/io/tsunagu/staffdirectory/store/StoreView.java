package io.tsunagu.staffdirectory.store;

import io.tsunagu.staffdirectory.LocalTimes;
import io.tsunagu.staffdirectory.LocalizedName;

import java.time.DayOfWeek;
import java.util.Comparator;
import java.util.List;

/** A store as the API shows it; opening hours Monday first. */
public record StoreView(String id, LocalizedName name, String timeZone, List<OpeningHours> openingHours) {

    static StoreView of(Store store) {
        List<OpeningHours> hours = store.getOpeningHours().stream()
                .sorted(Comparator.comparing((OpeningHoursRow row) -> LocalTimes.day(row.day()), Comparator.comparing(DayOfWeek::getValue))
                        .thenComparingInt(OpeningHoursRow::opensMinute))
                .map(row -> new OpeningHours(row.day(), LocalTimes.format(row.opensMinute()), LocalTimes.format(row.closesMinute())))
                .toList();
        return new StoreView(store.getId(), new LocalizedName(store.getNameJa(), store.getNameEn()), store.getTimeZone(), hours);
    }
}
