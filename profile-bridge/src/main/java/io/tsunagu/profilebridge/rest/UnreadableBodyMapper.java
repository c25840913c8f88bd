package io.tsunagu.profilebridge.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.tsunagu.problem.ProblemMappers;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Two unreadable bodies escape the shared mappers and would not leave as "malformed-json": Quarkus
 * wraps a body that is not JSON at all (truncated, or not a JSON token) in a bare 400
 * WebApplicationException, and has its own, more specific mapper for a value of the wrong shape
 * ({@link MismatchedInputException}) that answers plain JSON. Everything else goes to the shared
 * mappers. Belongs in problem-details; remove it once that module covers both.
 */
public class UnreadableBodyMapper {

    private final ProblemMappers problems = new ProblemMappers();

    @ServerExceptionMapper(priority = Priorities.USER - 50)
    public Response unreadableBody(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return problems.malformedJson(json);
        }
        return problems.web(e);
    }

    @ServerExceptionMapper(priority = Priorities.USER - 50)
    public Response mismatchedBody(MismatchedInputException e) {
        return problems.unmappableJson(e);
    }
}
