package io.tsunagu.staffdirectory.store;

import io.tsunagu.staffdirectory.LocalizedName;

/** A store as the API shows it. */
public record StoreView(String id, LocalizedName name, String timeZone) {

    static StoreView of(Store store) {
        return new StoreView(store.getId(), new LocalizedName(store.getNameJa(), store.getNameEn()), store.getTimeZone());
    }
}
