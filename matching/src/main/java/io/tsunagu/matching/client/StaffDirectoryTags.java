package io.tsunagu.matching.client;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.util.List;

/** staff-directory's tag names, for the sentences that explain an offer. */
@ApplicationScoped
public class StaffDirectoryTags {

    private static final Logger LOG = Logger.getLogger(StaffDirectoryTags.class);

    private final StaffDirectoryTagsClient client;

    StaffDirectoryTags(@RestClient StaffDirectoryTagsClient client) {
        this.client = client;
    }

    /** Every tag with its names; none when staff-directory does not answer (sentences then name tag ids). */
    @Timeout(2000)
    @Fallback(fallbackMethod = "noTags")
    public List<TagName> tags() {
        return client.tags();
    }

    List<TagName> noTags(Throwable failure) {
        LOG.warnf("staff-directory did not list the tags; reasons name tag ids: %s", failure.toString());
        return List.of();
    }
}
