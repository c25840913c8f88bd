package io.tsunagu.profilebridge.event;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.security.identity.SecurityIdentity;
import io.tsunagu.problem.Problem;
import io.tsunagu.shopperticket.ShopperTickets;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/events")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class EventResource {

    private final EventBatchReader reader;
    private final EventService service;
    private final IngestGate gate;
    private final SecurityIdentity identity;

    EventResource(EventBatchReader reader, EventService service, IngestGate gate, SecurityIdentity identity) {
        this.gate = gate;
        this.reader = reader;
        this.service = service;
        this.identity = identity;
    }

    /**
     * The events are the ticket holder's: a shopper cannot report behaviour for someone else. The
     * valid events of a batch are stored even when others are rejected.
     */
    @POST
    @RolesAllowed(ShopperTickets.ROLE)
    @APIResponse(responseCode = "202", description = "every event is stored (now or before)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IngestResult.class)))
    @APIResponse(responseCode = "400", description = "events-rejected: the valid events are stored, the others named by index;"
            + " invalid-request or malformed-json: nothing is stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = RejectedEventsProblem.class)))
    public RestResponse<Object> ingest(
            @RequestBody(content = @Content(schema = @Schema(implementation = EventBatch.class))) JsonNode body) {
        String visitorId = identity.getPrincipal().getName();
        return gate.store(() -> {
            EventBatchReader.ReadBatch<EventInput> batch = reader.read(body, EventInput.class);
            return RejectedEventsProblem.answer(service.ingest(visitorId, batch), batch);
        });
    }
}
