package io.tsunagu.profilebridge.taxonomy;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;
import java.util.Map;

/**
 * The part of a taxonomy node this part reads: the products it maps to the tag, and its names and
 * synonyms per language ({@code ja}, {@code en}), which typed intent is matched against.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TaxonomyNode(String id, String parentId, Map<String, String> name, Map<String, List<String>> synonyms,
                           List<String> productIds) {

    public TaxonomyNode {
        name = name == null ? Map.of() : Map.copyOf(name);
        synonyms = synonyms == null ? Map.of() : Map.copyOf(synonyms);
        productIds = productIds == null ? List.of() : List.copyOf(productIds);
    }
}
