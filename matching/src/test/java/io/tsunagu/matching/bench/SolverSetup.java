package io.tsunagu.matching.bench;

import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import io.tsunagu.matching.domain.MatchingPlan;
import io.tsunagu.matching.domain.WaitingRequest;
import io.tsunagu.matching.solver.MatchingConstraintProvider;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Properties;

/**
 * The solver configuration the service runs with, rebuilt outside Quarkus: {@code solverConfig.xml} when the
 * service has one (the Timefold extension reads that resource), else the extension's defaults for this model,
 * with the termination of {@code application.properties} (its production values, not the test profile's).
 */
final class SolverSetup {

    static final String SOLVER_CONFIG_XML = "solverConfig.xml";
    private static final String SPENT_LIMIT = "quarkus.timefold.solver.termination.spent-limit";
    private static final String UNIMPROVED_SPENT_LIMIT = "quarkus.timefold.solver.termination.unimproved-spent-limit";

    private SolverSetup() {
    }

    /** What the service builds its solvers from: phases from solverConfig.xml or the defaults, its termination. */
    static SolverConfig production() {
        Properties properties = applicationProperties();
        return withTermination(phases(),
                duration(properties.getProperty(SPENT_LIMIT)), duration(properties.getProperty(UNIMPROVED_SPENT_LIMIT)));
    }

    /** The service's phases (solverConfig.xml or Timefold's defaults), without a termination. */
    static SolverConfig phases() {
        if (SolverSetup.class.getClassLoader().getResource(SOLVER_CONFIG_XML) != null) {
            return SolverConfig.createFromXmlResource(SOLVER_CONFIG_XML);
        }
        return defaults();
    }

    /** Timefold's default phases (first fit construction, late acceptance local search) for this model. */
    static SolverConfig defaults() {
        return new SolverConfig()
                .withSolutionClass(MatchingPlan.class)
                .withEntityClasses(WaitingRequest.class)
                .withConstraintProviderClass(MatchingConstraintProvider.class);
    }

    /** A copy of {@code config} that stops after {@code spent}, or earlier after {@code unimproved} without progress. */
    static SolverConfig withTermination(SolverConfig config, Duration spent, Duration unimproved) {
        TerminationConfig termination = new TerminationConfig().withSpentLimit(spent);
        if (unimproved != null) {
            termination.setUnimprovedSpentLimit(unimproved);
        }
        return new SolverConfig(config).withTerminationConfig(termination);
    }

    /** The termination as text, for the tables. */
    static String describe(SolverConfig config) {
        TerminationConfig termination = config.getTerminationConfig();
        return "spent " + termination.getSpentLimit().toMillis() + " ms"
                + (termination.getUnimprovedSpentLimit() == null ? ""
                : ", unimproved " + termination.getUnimprovedSpentLimit().toMillis() + " ms");
    }

    private static Properties applicationProperties() {
        Properties properties = new Properties();
        try (InputStream in = SolverSetup.class.getClassLoader().getResourceAsStream("application.properties")) {
            if (in == null) {
                throw new IllegalStateException("application.properties is not on the class path");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    /** Quarkus' duration forms used here: "300ms", "2s", or ISO-8601 ("PT0.3S"). */
    static Duration duration(String value) {
        if (value == null) {
            return null;
        }
        String text = value.trim();
        if (text.endsWith("ms")) {
            return Duration.ofMillis(Long.parseLong(text.substring(0, text.length() - 2)));
        }
        if (text.endsWith("s") && !text.startsWith("P")) {
            return Duration.ofMillis(Math.round(Double.parseDouble(text.substring(0, text.length() - 1)) * 1000));
        }
        return Duration.parse(text);
    }
}
