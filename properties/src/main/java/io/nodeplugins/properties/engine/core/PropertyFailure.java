package io.nodeplugins.properties.engine.core;

/**
 * The assertion error a contract test fails with when its property fails: its message is the
 * report, and it carries the result, so a meta-test that runs the contract on the JUnit Platform
 * can inspect the minimal scenario.
 */
public final class PropertyFailure extends AssertionError {

    private static final long serialVersionUID = 1L;

    private final transient PropertyResult<?> result;

    /**
     * Creates the error.
     *
     * @param result the failed result
     */
    public PropertyFailure(PropertyResult<?> result) {
        super(result.report());
        this.result = result;
    }

    /**
     * Returns the failed result.
     *
     * @return the result; null after deserialisation
     */
    public PropertyResult<?> result() {
        return result;
    }
}
