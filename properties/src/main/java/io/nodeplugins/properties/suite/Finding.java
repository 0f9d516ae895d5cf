package io.nodeplugins.properties.suite;

import io.nodeplugins.registry.Clause;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * One check of one clause by one suite, and how it ended. Immutable.
 *
 * @param clause  the contract clause
 * @param suite   the suite that checked it
 * @param test    the check's name
 * @param status  how it ended
 * @param samples tries, samples or invocations behind the verdict (0 when unknown)
 * @param detail  for a failure: the minimal scenario or the jcstress outcome with its frequency; for
 *                n/a: what the registry does not offer; for an error: what went wrong in the suite
 * @param replay  for a failure: the command that replays it, or empty
 * @param shared  whether the check checks several clauses at once and its failure was not blamed on
 *                this clause by the operation that failed, so it blames this clause only when no other
 *                failure explains it
 * @param seed    for a property failure: the seed of the failing try, which replays it
 */
public record Finding(Clause clause, Suite suite, String test, Status status, long samples, String detail,
                      String replay, boolean shared, OptionalLong seed) {

    /** How a check ended. */
    public enum Status {
        /** It ran and passed. */
        PASS,
        /** It ran and the registry broke the clause. */
        FAIL,
        /** It did not apply: the registry does not offer what it calls. */
        NOT_APPLICABLE,
        /** The suite failed to judge it (a tool crashed, a time limit passed): no verdict on the registry. */
        ERROR
    }

    /**
     * Checks the fields.
     *
     * @param clause  the clause
     * @param suite   the suite
     * @param test    the check
     * @param status  how it ended
     * @param samples the samples
     * @param detail  the detail
     * @param replay  the replay command
     * @param shared  whether the check checks several clauses
     * @param seed    the failing try's seed, if any
     */
    public Finding {
        Objects.requireNonNull(clause, "clause");
        Objects.requireNonNull(suite, "suite");
        Objects.requireNonNull(test, "test");
        Objects.requireNonNull(status, "status");
        detail = detail == null ? "" : detail;
        replay = replay == null ? "" : replay;
        seed = seed == null ? OptionalLong.empty() : seed;
    }

    /**
     * Creates a finding without a seed.
     *
     * @param clause  the clause
     * @param suite   the suite
     * @param test    the check
     * @param status  how it ended
     * @param samples the samples
     * @param detail  the detail
     * @param replay  the replay command
     * @param shared  whether the check checks several clauses
     */
    public Finding(Clause clause, Suite suite, String test, Status status, long samples, String detail, String replay,
                   boolean shared) {
        this(clause, suite, test, status, samples, detail, replay, shared, OptionalLong.empty());
    }

    /**
     * Returns whether the check ran and passed.
     *
     * @return true for {@link Status#PASS}
     */
    public boolean passed() {
        return status == Status.PASS;
    }

    /**
     * Returns whether the registry broke the clause in this check.
     *
     * @return true for {@link Status#FAIL}
     */
    public boolean failed() {
        return status == Status.FAIL;
    }
}
