package io.tsunagu.profilebridge.taxonomy;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/** The part of a taxonomy node that maps products to tags; names and synonyms are not needed here. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TaxonomyNode(String id, String parentId, List<String> productIds) {

    public TaxonomyNode {
        productIds = productIds == null ? List.of() : List.copyOf(productIds);
    }
}
