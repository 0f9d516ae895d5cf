package io.nodeplugins.properties.suite;

import io.nodeplugins.registry.Clause;

import java.util.Objects;

/**
 * One checked test of one clause by one suite. Immutable.
 *
 * @param clause  the contract clause
 * @param suite   the suite that checked it
 * @param test    the test's name
 * @param passed  whether it passed
 * @param samples tries, samples or invocations behind the verdict (0 when unknown)
 * @param detail  for a failure: the minimal scenario or the jcstress outcome with its frequency
 * @param replay  for a failure: the command that replays it, or empty
 * @param shared  whether the test checks several clauses at once (a property named "C1-C3"), so a
 *                failure blames this clause only when no single-clause test explains it
 */
public record Finding(Clause clause, Suite suite, String test, boolean passed, long samples, String detail,
                      String replay, boolean shared) {

    /**
     * Checks the fields.
     *
     * @param clause  the clause
     * @param suite   the suite
     * @param test    the test
     * @param passed  the verdict
     * @param samples the samples
     * @param detail  the detail
     * @param replay  the replay command
     * @param shared  whether the test checks several clauses
     */
    public Finding {
        Objects.requireNonNull(clause, "clause");
        Objects.requireNonNull(suite, "suite");
        Objects.requireNonNull(test, "test");
        detail = detail == null ? "" : detail;
        replay = replay == null ? "" : replay;
    }
}
