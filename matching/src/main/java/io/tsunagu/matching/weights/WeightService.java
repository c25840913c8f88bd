package io.tsunagu.matching.weights;

import com.fasterxml.jackson.databind.JsonNode;
import io.tsunagu.problem.Problem;
import io.tsunagu.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The managers' weights: read by every solve, replaced as a whole by a manager or administrator. */
@ApplicationScoped
public class WeightService {

    private final ConstraintWeightRepository repository;

    WeightService(ConstraintWeightRepository repository) {
        this.repository = repository;
    }

    @Transactional
    public Weights current() {
        return toWeights(repository.listAll());
    }

    @Transactional
    public WeightsView view() {
        return view(repository.listAll());
    }

    /** Replaces every weight at once, so that a solve never sees half of a manager's change. */
    @Transactional
    public WeightsView save(JsonNode body, String by) {
        Weights weights = parse(body);
        Instant now = Instant.now();
        for (Weight weight : Weight.values()) {
            ConstraintWeight stored = repository.findByIdOptional(weight.key())
                    .orElseGet(() -> {
                        ConstraintWeight created = new ConstraintWeight(weight.key(), 0, now, by);
                        repository.persist(created);
                        return created;
                    });
            stored.set(weights.of(weight), now, by);
        }
        return view(repository.listAll());
    }

    /**
     * Reads a weights object: every key required, no other key, each an integer 0–{@value Weight#MAX}. Every
     * problem is reported at once, as a violation of {@code weights.<key>}.
     */
    public static Weights parse(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw invalid(List.of(new Problem.Violation("weights", "must be an object of weights")));
        }
        List<Problem.Violation> violations = new ArrayList<>();
        Map<Weight, Integer> values = new EnumMap<>(Weight.class);
        for (Iterator<Map.Entry<String, JsonNode>> fields = body.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            Optional<Weight> weight = Weight.byKey(field.getKey());
            JsonNode value = field.getValue();
            if (weight.isEmpty()) {
                violations.add(new Problem.Violation("weights." + field.getKey(), "unknown weight"));
            } else if (!value.isIntegralNumber() || !value.canConvertToInt()
                    || value.intValue() < 0 || value.intValue() > Weight.MAX) {
                violations.add(new Problem.Violation("weights." + field.getKey(), "must be an integer 0–" + Weight.MAX));
            } else {
                values.put(weight.get(), value.intValue());
            }
        }
        for (Weight weight : Weight.values()) {
            if (!body.has(weight.key())) {
                violations.add(new Problem.Violation("weights." + weight.key(), "is required"));
            }
        }
        if (!violations.isEmpty()) {
            throw invalid(violations);
        }
        return new Weights(values);
    }

    private static ProblemException invalid(List<Problem.Violation> violations) {
        return new ProblemException(new Problem(Problem.TYPE_BASE + "invalid-request", "Invalid weights", 400,
                "every weight is required, each an integer 0–" + Weight.MAX + ", and no other key", violations));
    }

    /** A weight without a row (one added later, before anyone saved) counts at its default, so rounds go on. */
    private static Weights toWeights(List<ConstraintWeight> stored) {
        Map<Weight, Integer> values = new EnumMap<>(Weight.class);
        for (Weight weight : Weight.values()) {
            values.put(weight, weight.defaultUnits());
        }
        for (ConstraintWeight row : stored) {
            Weight.byKey(row.getName()).ifPresent(weight -> values.put(weight, row.getWeight()));
        }
        return new Weights(values);
    }

    private static WeightsView view(List<ConstraintWeight> stored) {
        Optional<ConstraintWeight> latest = stored.stream().max(Comparator.comparing(ConstraintWeight::getUpdatedAt));
        return new WeightsView(toWeights(stored).byKey(), latest.map(ConstraintWeight::getUpdatedAt).orElse(null),
                latest.map(ConstraintWeight::getUpdatedBy).orElse(null));
    }
}
