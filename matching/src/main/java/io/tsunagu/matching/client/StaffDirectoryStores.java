package io.tsunagu.matching.client;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** staff-directory's stores, to check a shopper's preferred store. */
@ApplicationScoped
public class StaffDirectoryStores {

    private static final Logger LOG = Logger.getLogger(StaffDirectoryStores.class);

    private final StaffDirectoryStoresClient client;

    StaffDirectoryStores(@RestClient StaffDirectoryStoresClient client) {
        this.client = client;
    }

    /** The ids of every store; empty when staff-directory does not answer. */
    @Timeout(2000)
    @Fallback(fallbackMethod = "noStores")
    public Optional<Set<String>> storeIds() {
        return Optional.of(client.stores().stream().map(StaffDirectoryStoresClient.StoreId::id).collect(Collectors.toUnmodifiableSet()));
    }

    Optional<Set<String>> noStores(Throwable failure) {
        LOG.warnf("staff-directory did not list its stores: %s", failure.toString());
        return Optional.empty();
    }
}
