package io.tsunagu.matching.request;

import io.tsunagu.matching.client.StaffDirectoryStores;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a shopper's preferred store exists, from staff-directory's store list, kept a minute (stores are
 * rarely added) and read again before an id is refused, so a store added a moment ago is known at once.
 */
@ApplicationScoped
class KnownStores {

    private static final Duration KEPT_FOR = Duration.ofSeconds(60);

    private final StaffDirectoryStores stores;
    private volatile Set<String> ids = Set.of();
    private volatile Instant readAt = Instant.EPOCH;

    KnownStores(StaffDirectoryStores stores) {
        this.stores = stores;
    }

    /**
     * False only when staff-directory's list lacks the id. When it does not answer, the id is taken as given:
     * an unknown store then only rewards nobody, which is better than refusing the shopper's request.
     */
    boolean mayExist(String storeId) {
        if (readAt.plus(KEPT_FOR).isAfter(Instant.now()) && ids.contains(storeId)) {
            return true;
        }
        Optional<Set<String>> listed = stores.storeIds();
        if (listed.isEmpty()) {
            return true;
        }
        ids = listed.get();
        readAt = Instant.now();
        return ids.contains(storeId);
    }
}
