package io.nodeplugins.properties.linearizability;

import io.nodeplugins.registry.NodeRegistryFactory;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The parallel properties against the registry under test ({@code -Dnodeplugins.factory}, default
 * the reference): every history of every run must be linearizable. CI setting by default;
 * {@code -Dnodeplugins.setting=long} for the long one.
 */
class RegistryParallelPropertiesTest {

    static final String REPLAY = "mvn -B -pl properties -am verify -Dtest=RegistryParallelPropertiesTest"
            + " -Dsurefire.failIfNoSpecifiedTests=false -Dnodeplugins.seed={seed}";

    @ParameterizedTest
    @EnumSource(ParallelProperty.class)
    void everyHistoryIsLinearizable(ParallelProperty property) {
        ParallelRunner runner = new ParallelRunner(NodeRegistryFactory.fromSystemProperty());
        ParallelResult result = property.check(runner, ParallelSettings.fromSystemProperties(), REPLAY);
        System.out.println(result.passed() ? result.report() : "FAILED: " + result.failingSeed());
        result.assertPassed();
    }
}
