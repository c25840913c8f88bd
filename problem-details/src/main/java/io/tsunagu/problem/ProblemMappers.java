package io.tsunagu.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Maps every exception that can leave a resource to {@code application/problem+json}. Security
 * exceptions reach these mappers because the parts turn proactive authentication off.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return respond(e.problem());
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER - 100)
    public Response malformedJson(JsonProcessingException e) {
        return respond(Problem.of(400, "malformed-json", "Malformed JSON", describe(e)));
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER - 100)
    public Response unmappableJson(JsonMappingException e) {
        return respond(Problem.of(400, "malformed-json", "Malformed JSON", describe(e)));
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e) {
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(field(v), v.getMessage()))
                .sorted(java.util.Comparator.comparing(Problem.Violation::field))
                .collect(Collectors.toList());
        return respond(new Problem(Problem.TYPE_BASE + "invalid-request", "Invalid request", 400,
                "some values are not acceptable", violations));
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e) {
        return respond(Problem.of(401, "unauthorized", "Unauthorized", "a valid token or shopper ticket is required"));
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e) {
        return respond(Problem.of(401, "unauthorized", "Unauthorized", "the token or shopper ticket is not valid"));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return respond(Problem.of(403, "forbidden", "Forbidden", "your role does not allow this"));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("request failed", e);
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "HTTP " + status : known.getReasonPhrase();
        String slug = title.toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
        String detail = status >= 500 ? null : e.getMessage();
        return respond(Problem.of(status, slug, title, detail));
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        LOG.error("unexpected error", e);
        return respond(Problem.of(500, "internal-error", "Internal error", "the error was logged"));
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String describe(JsonProcessingException e) {
        // The original message may echo the whole payload; the location and the first line say enough.
        String message = e.getOriginalMessage();
        String firstLine = message == null ? "unreadable body" : message.lines().findFirst().orElse("unreadable body");
        if (firstLine.length() > 200) {
            firstLine = firstLine.substring(0, 200) + "…";
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return mapping.getPathReference().replaceAll("^[^\\[]*\\[", "[") + ": " + firstLine;
        }
        return firstLine;
    }

    private static String field(ConstraintViolation<?> violation) {
        // "create.arg0.topic" → "topic": the method and parameter names mean nothing to a client.
        String path = violation.getPropertyPath().toString();
        String[] parts = path.split("\\.", 3);
        return parts.length == 3 ? parts[2] : path;
    }
}
