package io.tsunagu.profilebridge.taxonomy;

import io.tsunagu.profilebridge.config.ProfileConfig;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Products → tags through staff-directory's taxonomy, which owns the tags, kept for
 * {@code tsunagu.profile.taxonomy-refresh}. An event's own tags are the fallback for a product the
 * taxonomy does not list, and for every event until staff-directory has answered once.
 * <p>
 * A look-up never waits for staff-directory: it reads the kept copy and, when that is stale, starts
 * a reload in the background. Ingestion runs inside a database transaction, which must not wait on
 * (or be interrupted by the timeout of) a call to another part.
 */
@ApplicationScoped
public class ProductTags {

    private static final Logger LOG = Logger.getLogger(ProductTags.class);

    private final StaffDirectoryTaxonomy taxonomy;
    private final ProfileConfig config;
    private final Clock clock;
    /**
     * A thread of its own, with no context carried over: a context-propagating executor would run the
     * reload inside the caller's database transaction.
     */
    private final ExecutorService executor = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "taxonomy-reload");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean reloading = new AtomicBoolean();
    private volatile Snapshot snapshot = new Snapshot(Map.of(), Instant.MIN);

    ProductTags(StaffDirectoryTaxonomy taxonomy, ProfileConfig config, Clock clock) {
        this.taxonomy = taxonomy;
        this.config = config;
        this.clock = clock;
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    private record Snapshot(Map<String, List<String>> byProduct, Instant fetchedAt) {
    }

    /** The product's tags from the taxonomy, or {@code fallback} when it lists none for the product. */
    public List<String> tagsOf(String productId, List<String> fallback) {
        Snapshot seen = snapshot;
        if (!seen.fetchedAt().plus(config.taxonomyRefresh()).isAfter(clock.instant()) && reloading.compareAndSet(false, true)) {
            executor.execute(() -> {
                try {
                    refresh();
                } finally {
                    reloading.set(false);
                }
            });
        }
        if (productId == null) {
            return fallback;
        }
        List<String> known = seen.byProduct().get(productId);
        return known == null || known.isEmpty() ? fallback : known;
    }

    /** Reads the taxonomy now; on failure keeps the copy it has and tries again after the refresh interval. */
    public void refresh() {
        Snapshot seen = snapshot;
        try {
            snapshot = new Snapshot(index(taxonomy.nodes()), clock.instant());
        } catch (RuntimeException failure) {
            LOG.warnf("staff-directory's taxonomy could not be read, keeping the last one: %s", failure.toString());
            snapshot = new Snapshot(seen.byProduct(), clock.instant());
        }
    }

    /** Forgets the kept copy, as if staff-directory had never answered. */
    void forget() {
        snapshot = new Snapshot(Map.of(), Instant.MIN);
    }

    private static Map<String, List<String>> index(List<TaxonomyNode> nodes) {
        Map<String, List<String>> byProduct = new HashMap<>();
        for (TaxonomyNode node : nodes) {
            for (String product : node.productIds()) {
                byProduct.computeIfAbsent(product, p -> new ArrayList<>()).add(node.id());
            }
        }
        byProduct.replaceAll((product, tags) -> List.copyOf(tags));
        return Map.copyOf(byProduct);
    }
}
