package io.tsunagu.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Maps every exception that can leave a resource to {@code application/problem+json}. Security
 * exceptions reach these mappers because the parts turn proactive authentication off.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    /** Ahead of the mappers Quarkus registers for the same exceptions. */
    private static final int BEFORE_QUARKUS = jakarta.ws.rs.Priorities.USER - 200;

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return respond(e.problem());
    }

    @ServerExceptionMapper(priority = BEFORE_QUARKUS)
    public Response malformedJson(JsonProcessingException e) {
        return respond(Problem.of(400, "malformed-json", "Malformed JSON", describe(e)));
    }

    /** Quarkus maps a body of the wrong shape itself, without a body outside dev mode: this one comes first. */
    @ServerExceptionMapper(priority = BEFORE_QUARKUS)
    public Response wrongShape(MismatchedInputException e) {
        return malformedJson(e);
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e) {
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(field(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::field))
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

    /** Quarkus' JSON reader wraps syntax errors in a bare 400: unwrap them into malformed-json. */
    @ServerExceptionMapper(priority = BEFORE_QUARKUS)
    public Response web(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return malformedJson(json);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("request failed", e);
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "HTTP " + status : known.getReasonPhrase();
        String slug = title.toLowerCase(Locale.ROOT).replace(' ', '-');
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

    /** Where the body went wrong and how, in the client's terms: no Java types, no echo of the payload. */
    private static String describe(JsonProcessingException e) {
        if (e instanceof JsonParseException parse && parse.getLocation() != null) {
            return "unreadable JSON at line " + parse.getLocation().getLineNr() + ", column " + parse.getLocation().getColumnNr();
        }
        if (e instanceof MismatchedInputException mismatch) {
            String where = jsonPath(mismatch.getPath());
            Class<?> target = mismatch.getTargetType();
            if (target != null && target.isEnum()) {
                return where + ": must be one of " + Arrays.stream(target.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
            }
            return where + ": " + (e instanceof InvalidFormatException ? "not a valid value" : "a value of the wrong type");
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return jsonPath(mapping.getPath()) + ": not a valid value";
        }
        return "unreadable JSON";
    }

    private static String jsonPath(List<JsonMappingException.Reference> path) {
        StringBuilder where = new StringBuilder();
        for (JsonMappingException.Reference reference : path) {
            if (reference.getFieldName() != null) {
                where.append(where.length() == 0 ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                where.append('[').append(reference.getIndex()).append(']');
            }
        }
        return where.length() == 0 ? "body" : where.toString();
    }

    /**
     * A violation's place in the request body: "topic", "events[3].type", "[0].level". The method
     * and parameter names in the validator's path mean nothing to a client.
     */
    private static String field(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, CROSS_PARAMETER, RETURN_VALUE -> { }
                case PARAMETER -> parameter = node.getName();
                default -> {
                    if (node.isInIterable()) {
                        field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
                    }
                    if (node.getKind() != ElementKind.CONTAINER_ELEMENT && node.getName() != null) {
                        field.append(field.length() == 0 ? "" : ".").append(node.getName());
                    }
                }
            }
        }
        if (field.length() > 0) {
            return field.toString();
        }
        return parameter != null ? parameter : violation.getPropertyPath().toString();
    }
}
