package io.nodeplugins.properties.engine.core;

import io.nodeplugins.registry.NodeRegistryFactory;

import java.util.Objects;

/**
 * How to replay a failing try: a command with {@value #SEED_PLACEHOLDER} where the failing seed
 * goes. For a contract test it is the Maven command that reruns exactly that test method, with the
 * factory of the implementation under test and the failing seed. Immutable.
 *
 * @param template the command, with {@value #SEED_PLACEHOLDER} for the seed
 */
public record Replay(String template) {

    /** Where the seed goes in a template. */
    public static final String SEED_PLACEHOLDER = "{seed}";

    /**
     * Checks the template.
     *
     * @param template the command
     */
    public Replay {
        Objects.requireNonNull(template, "template");
    }

    /**
     * Returns the replay of one contract test method, run by Maven in the build that holds it, with
     * the settings of this run: the factory and every setting that differs from its level's.
     *
     * @param testClass the test class (a driver's subclass of a contract)
     * @param method    the test method's name
     * @return the replay: {@code mvn -B verify -Dtest='Class#method' ... -Dnodeplugins.seed={seed}}, with
     *         {@code -Dnodeplugins.factory} when one is set, the level when it is not {@code ci}, and the
     *         overrides ({@code -Dnodeplugins.tries=...})
     */
    public static Replay ofTest(Class<?> testClass, String method) {
        String factory = System.getProperty(NodeRegistryFactory.PROPERTY, "").trim();
        StringBuilder settings = new StringBuilder();
        try {
            Settings.fromSystemProperties().asSystemProperties().forEach((name, value) -> {
                boolean level = name.equals(Settings.EFFORT) && value.equals(Effort.CI.cliName());
                if (!level && !name.equals(Settings.SEED)) {
                    settings.append(" '-D").append(name).append('=').append(value).append('\'');
                }
            });
        } catch (IllegalArgumentException e) {
            // a malformed setting fails the check itself, with the property named
        }
        return new Replay("mvn -B verify -Dtest='" + testClass.getName() + "#" + method
                + "' -Dsurefire.failIfNoSpecifiedTests=false"
                + (factory.isEmpty() ? "" : " '-D" + NodeRegistryFactory.PROPERTY + "=" + factory + "'")
                + settings + " -D" + Settings.SEED + "=" + SEED_PLACEHOLDER);
    }

    /**
     * Returns the command for one seed.
     *
     * @param seed the failing seed
     * @return the command
     */
    public String forSeed(long seed) {
        return template.replace(SEED_PLACEHOLDER, Long.toString(seed));
    }
}
