package io.nodeplugins.registry;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Supplies the {@link NodeRegistryFactory} of the implementation under test to the clause tests.
 * It reads the JUnit configuration parameter {@value NodeRegistryFactory#PROPERTY}, which the JUnit
 * Platform also takes from the system property of that name, so the same tests run against the
 * reference (default), against {@code -Dnodeplugins.factory=com.example.MyFactory}, or, from
 * {@link FaultyRegistriesAreCaughtTest}, against a faulty registry.
 */
public final class RegistryUnderTest implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == NodeRegistryFactory.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return factory(context);
    }

    /**
     * Returns the factory under test for a test context.
     *
     * @param context the test's context
     * @return the named factory, or the reference one when none is named
     */
    static NodeRegistryFactory factory(ExtensionContext context) {
        return context.getConfigurationParameter(NodeRegistryFactory.PROPERTY)
                .map(String::trim)
                .filter(name -> !name.isEmpty())
                .map(NodeRegistryFactory::load)
                .orElseGet(NodeRegistryFactory::reference);
    }
}
