package io.tsunagu.profilebridge.taxonomy;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.util.List;

/** The taxonomy as staff-directory serves it; callers never see the raw client. Tests mock this bean. */
@ApplicationScoped
public class StaffDirectoryTaxonomy {

    private final TaxonomyClient client;

    StaffDirectoryTaxonomy(@RestClient TaxonomyClient client) {
        this.client = client;
    }

    /** Every node, parents before children; fails when staff-directory does not answer in time. */
    @Timeout(2000)
    public List<TaxonomyNode> nodes() {
        return client.taxonomy();
    }
}
