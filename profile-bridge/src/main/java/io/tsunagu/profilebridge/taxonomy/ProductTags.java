package io.tsunagu.profilebridge.taxonomy;

import io.tsunagu.profilebridge.config.ProfileConfig;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Products → tags through staff-directory's taxonomy, which owns the tags, cached for
 * {@code tsunagu.profile.taxonomy-refresh}. An event's own tags are the fallback for a product the
 * taxonomy does not list, and for every event while staff-directory cannot be reached.
 */
@ApplicationScoped
public class ProductTags {

    private static final Logger LOG = Logger.getLogger(ProductTags.class);

    private final StaffDirectoryTaxonomy taxonomy;
    private final ProfileConfig config;
    private final Clock clock;
    private volatile Snapshot snapshot = new Snapshot(Map.of(), Instant.MIN);

    ProductTags(StaffDirectoryTaxonomy taxonomy, ProfileConfig config, Clock clock) {
        this.taxonomy = taxonomy;
        this.config = config;
        this.clock = clock;
    }

    private record Snapshot(Map<String, List<String>> byProduct, Instant fetchedAt) {
    }

    /** The product's tags from the taxonomy, or {@code fallback} when it lists none for the product. */
    public List<String> tagsOf(String productId, List<String> fallback) {
        if (productId == null) {
            return fallback;
        }
        List<String> known = current().get(productId);
        return known == null || known.isEmpty() ? fallback : known;
    }

    /** Forgets the cached taxonomy, so that the next call reads it again. */
    public void refresh() {
        snapshot = new Snapshot(snapshot.byProduct(), Instant.MIN);
    }

    private Map<String, List<String>> current() {
        Snapshot seen = snapshot;
        Instant now = clock.instant();
        if (seen.fetchedAt().plus(config.taxonomyRefresh()).isAfter(now)) {
            return seen.byProduct();
        }
        synchronized (this) {
            if (snapshot != seen) {
                return snapshot.byProduct();
            }
            try {
                snapshot = new Snapshot(index(taxonomy.nodes()), now);
            } catch (RuntimeException failure) {
                // Keep what was known and try again after the next interval; ingestion must not wait on it.
                LOG.warnf("staff-directory's taxonomy could not be read, keeping the last one: %s", failure.toString());
                snapshot = new Snapshot(seen.byProduct(), now);
            }
            return snapshot.byProduct();
        }
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
