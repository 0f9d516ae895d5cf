package io.nodeplugins.properties.contract;

import io.nodeplugins.registry.Clause;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * Names the clause in every failure of a contract's checks: a test that fails is reported with
 * "[C3 handle-scoped removal] " before its message, read from its {@code @Clauses}, so that the
 * first line of a Surefire summary in a driver's build says which clause the registry broke. The
 * original failure is the cause (a property's {@code PropertyFailure} with its minimal scenario,
 * Lincheck's report, an assertion). Stateless and thread-safe.
 */
public final class ClauseFailures implements TestExecutionExceptionHandler {

    /** Creates the extension (JUnit does, for the contracts). */
    public ClauseFailures() {
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable thrown) throws Throwable {
        Set<Clause> clauses = DeclaredClauses.of(context.getRequiredTestMethod(), context.getRequiredTestClass());
        if (clauses.isEmpty() || !(thrown instanceof AssertionError)) {
            throw thrown; // not a verdict on a clause (an error of the test itself): unchanged
        }
        throw new ClauseViolation(clauses, (AssertionError) thrown);
    }

    /**
     * A failed check, with the clauses it checks named in its message. Its cause is the original
     * failure.
     */
    public static final class ClauseViolation extends AssertionError {

        private static final long serialVersionUID = 1L;

        private final transient Set<Clause> clauses;

        ClauseViolation(Set<Clause> clauses, AssertionError failure) {
            super(label(clauses) + " " + failure.getMessage(), failure);
            this.clauses = Set.copyOf(clauses);
            setStackTrace(failure.getStackTrace());
        }

        /**
         * Returns the clauses the failed check checks.
         *
         * @return the clauses; empty after deserialisation
         */
        public Set<Clause> clauses() {
            return clauses == null ? Set.of() : clauses;
        }

        private static String label(Set<Clause> clauses) {
            return clauses.stream().map(Clause::label).collect(Collectors.joining(", ", "[", "]"));
        }
    }
}
