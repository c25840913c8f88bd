package io.tsunagu.staffdirectory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.tsunagu.problem.ProblemMappers;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Unreadable request bodies as {@code malformed-json} problems. Quarkus' JSON reader does not let
 * them reach the shared mappers: it wraps syntax errors in a bare 400 WebApplicationException and
 * answers a body of the wrong shape (an object for a list) through its own mapper, with no body
 * outside dev and test mode. The shared module should take these two mappers over.
 */
public class JsonBodyProblems {

    private final ProblemMappers shared = new ProblemMappers();

    @ServerExceptionMapper(priority = Priorities.USER - 200)
    public Response wrongShape(MismatchedInputException e) {
        return shared.unmappableJson(e);
    }

    @ServerExceptionMapper(priority = Priorities.USER - 200)
    public Response unreadable(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return shared.malformedJson(json);
        }
        return shared.web(e);
    }
}
