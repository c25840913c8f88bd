package io.tsunagu.profilebridge.event;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestResponse;

/** Store systems report check-ins, till purchases and in-store consultations; same answers as {@code /events}. */
@Path("/offline-events")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class OfflineEventResource {

    private final EventBatchReader reader;
    private final EventService service;
    private final IngestGate gate;

    OfflineEventResource(EventBatchReader reader, EventService service, IngestGate gate) {
        this.gate = gate;
        this.reader = reader;
        this.service = service;
    }

    @POST
    @RolesAllowed({"service", "admin"})
    public RestResponse<Object> ingest(JsonNode body) {
        return gate.store(() -> {
            EventBatchReader.ReadBatch<OfflineEventInput> batch = reader.read(body, OfflineEventInput.class);
            return RejectedEventsProblem.answer(service.ingestOffline(batch), batch);
        });
    }
}
