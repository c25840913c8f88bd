package io.tsunagu.profilebridge.event;

import io.tsunagu.problem.Problem;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.List;

/**
 * The answer to a batch with bad events: an RFC 9457 problem whose extension members say what of
 * the batch was kept, so the client drops the whole batch instead of re-sending the good events.
 *
 * @param accepted   events of the batch stored now
 * @param duplicates events of the batch stored before (same id)
 * @param rejected   events of the batch refused, each named in the violations by its index
 */
public record RejectedEventsProblem(
        String type,
        String title,
        int status,
        String detail,
        List<Problem.Violation> violations,
        int accepted,
        int duplicates,
        int rejected) {

    public static final String SLUG = "events-rejected";

    /** 202 with the counts when every event was valid, else 400 events-rejected naming the rejected ones. */
    static RestResponse<Object> answer(IngestResult stored, EventBatchReader.ReadBatch<?> batch) {
        if (batch.allValid()) {
            return RestResponse.status(RestResponse.Status.ACCEPTED, stored);
        }
        return RestResponse.ResponseBuilder.<Object>create(RestResponse.Status.BAD_REQUEST, of(stored, batch))
                .type(Problem.MEDIA_TYPE).build();
    }

    static RejectedEventsProblem of(IngestResult stored, EventBatchReader.ReadBatch<?> batch) {
        return new RejectedEventsProblem(Problem.TYPE_BASE + SLUG, "Some events were rejected", 400,
                batch.rejected() + " of the batch's events were rejected and not stored; the other "
                        + (stored.accepted() + stored.duplicates()) + " are stored: do not send them again",
                batch.violations(), stored.accepted(), stored.duplicates(), batch.rejected());
    }
}
