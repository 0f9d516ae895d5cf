package io.nodeplugins.properties.engine.core;

/**
 * A failure of the checking machinery, not a verdict on the registry under test: a crash inside a
 * tool (Lincheck's instrumentation, the engine), a check over its time limit, a tool's report that
 * does not reproduce on real threads. Not an {@link AssertionError}, so that a test fails with an
 * error rather than a failure, and the main job reports it as "suite error" with its cause, never as
 * a clause failure.
 */
public final class SuiteError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the error.
     *
     * @param message what went wrong, starting with "suite error: "
     * @param cause   the tool's own failure, or null
     */
    public SuiteError(String message, Throwable cause) {
        super(message.startsWith("suite error: ") ? message : "suite error: " + message, cause);
    }
}
