package io.tsunagu.profilebridge.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tsunagu.problem.Problem;
import io.tsunagu.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Reads a batch event by event, so that one unreadable or invalid event rejects only itself: a
 * whole-body binding would fail the batch on the first bad value and lose the good events with it.
 * Only a batch that is not a batch at all (no {@code events} array, or the wrong size) is refused whole.
 */
@ApplicationScoped
public class EventBatchReader {

    private static final String EVENTS = "events";

    private final ObjectMapper json;
    private final Validator validator;

    EventBatchReader(ObjectMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    /** The batch's valid events in their order, and one violation per problem of each rejected event. */
    public <T> ReadBatch<T> read(JsonNode body, Class<T> type) {
        if (body == null || body.isMissingNode() || body.isNull()) {
            throw ProblemException.badRequest("invalid-request", "Invalid request", "the body must be {\"events\":[…]}");
        }
        JsonNode events = body.get(EVENTS);
        if (!body.isObject() || events == null || events.isNull()) {
            throw invalidBatch("must not be null");
        }
        if (!events.isArray()) {
            throw invalidBatch("must be an array of events");
        }
        if (events.isEmpty() || events.size() > EventBatch.MAX_EVENTS) {
            throw invalidBatch("size must be between 1 and " + EventBatch.MAX_EVENTS);
        }
        List<T> valid = new ArrayList<>(events.size());
        List<IndexedViolation> violations = new ArrayList<>();
        int rejected = 0;
        for (int index = 0; index < events.size(); index++) {
            List<IndexedViolation> found = new ArrayList<>();
            T event = readOne(index, events.get(index), type, found);
            if (found.isEmpty()) {
                valid.add(event);
            } else {
                rejected++;
                violations.addAll(found);
            }
        }
        violations.sort(Comparator.comparingInt(IndexedViolation::index).thenComparing(v -> v.violation().field()));
        return new ReadBatch<>(valid, rejected, violations.stream().map(IndexedViolation::violation).toList());
    }

    private <T> T readOne(int index, JsonNode node, Class<T> type, List<IndexedViolation> found) {
        String at = EVENTS + "[" + index + "]";
        if (!node.isObject()) {
            found.add(new IndexedViolation(index, new Problem.Violation(at, "must be an event object")));
            return null;
        }
        T event;
        try {
            event = json.treeToValue(node, type);
        } catch (JsonProcessingException e) {
            found.add(new IndexedViolation(index, new Problem.Violation(at + jsonPath(e), "not a valid value")));
            return null;
        }
        Set<ConstraintViolation<T>> violations = validator.validate(event);
        for (ConstraintViolation<T> violation : violations) {
            found.add(new IndexedViolation(index, new Problem.Violation(at + "." + field(violation.getPropertyPath()), violation.getMessage())));
        }
        return event;
    }

    private static ProblemException invalidBatch(String message) {
        return new ProblemException(new Problem(Problem.TYPE_BASE + "invalid-request", "Invalid request", 400,
                "the batch was refused whole; nothing was stored", List.of(new Problem.Violation(EVENTS, message))));
    }

    /** Where in the event Jackson gave up, as ".occurredAt" or ".tags[2]"; empty when it names no place. */
    private static String jsonPath(JsonProcessingException e) {
        StringBuilder where = new StringBuilder();
        if (e instanceof JsonMappingException mapping) {
            for (JsonMappingException.Reference reference : mapping.getPath()) {
                if (reference.getFieldName() != null) {
                    where.append('.').append(reference.getFieldName());
                } else if (reference.getIndex() >= 0) {
                    where.append('[').append(reference.getIndex()).append(']');
                }
            }
        }
        return where.toString();
    }

    /** A property path in the client's terms: "type", "tags[0]"; the validator's container names mean nothing to it. */
    private static String field(Path path) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : path) {
            if (node.isInIterable()) {
                field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            if (node.getKind() != ElementKind.CONTAINER_ELEMENT && node.getName() != null) {
                field.append(field.length() == 0 ? "" : ".").append(node.getName());
            }
        }
        return field.toString();
    }

    private record IndexedViolation(int index, Problem.Violation violation) {
    }

    /** A batch as read: the events to store, how many were rejected, and why. */
    public record ReadBatch<T>(List<T> valid, int rejected, List<Problem.Violation> violations) {

        public boolean allValid() {
            return rejected == 0;
        }
    }
}
