package io.nodeplugins.properties.linearizability;

import io.nodeplugins.registry.NodeRegistryFactory;

import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The parallel properties against the registry under test ({@code -Dnodeplugins.factory}, default
 * the reference): every history of every run must be linearizable. CI setting by default;
 * {@code -Dnodeplugins.setting=long} for the long one. Each test publishes the clauses it checks and
 * the number of histories it checked (report entries {@code clauses} and {@code histories}).
 */
class RegistryParallelPropertiesTest {

    static final String REPLAY = "mvn -B -pl properties -am verify -Dtest=RegistryParallelPropertiesTest"
            + " -Dsurefire.failIfNoSpecifiedTests=false -Dnodeplugins.seed={seed}";

    @ParameterizedTest
    @EnumSource(ParallelProperty.class)
    void everyHistoryIsLinearizable(ParallelProperty property, TestReporter reporter) {
        ParallelRunner runner = new ParallelRunner(NodeRegistryFactory.fromSystemProperty());
        ParallelSettings settings = ParallelSettings.fromSystemProperties();
        reporter.publishEntry("clauses", String.join(",", property.clauses()));
        ParallelResult result = property.check(runner, settings, REPLAY);
        reporter.publishEntry("histories", Long.toString((long) result.scenarios() * settings.runs()));
        System.out.println(result.passed() ? result.report() : "FAILED: " + result.failingSeed());
        result.assertPassed();
    }
}
