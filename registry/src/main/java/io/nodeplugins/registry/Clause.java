package io.nodeplugins.registry;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The clauses of the registry contract, C1 to C10: the one source of clause ids and titles for
 * every suite, report and index of this project. {@link PluginRegistry}'s Javadoc states what each
 * clause demands; {@link Clauses} names the clauses a check, a faulty registry or a benchmark is
 * about. Immutable and thread-safe.
 */
public enum Clause {
    /** {@code register} makes the plugin current, visible to every thread at once, never lost. */
    C1("register", "a registration was lost: register returned, yet the plugin is not there"),
    /** Several live registrations of one key stack; the newest is current. */
    C2("newest wins", "the wrong registration is current: not the newest (by priority: not the best), "
            + "or closing it did not reveal the one it hid"),
    /** {@code Registration.close()} removes exactly its own registration. */
    C3("handle-scoped removal", "an old instance's late removal deleted its newer replacement"),
    /** {@code lookup} returns {@code Optional} of the current plugin, never a half-built one. */
    C4("lookup", "a lookup returned something other than the current plugin: a stale, half-built or null one"),
    /** {@code require} returns the plugin or throws a diagnostic exception, never null. */
    C5("require", "a miss returned null or a bare exception: callers can dereference it later, far from the cause"),
    /** {@code await} wakes on registration, times out with diagnostics, leaves no waiter behind. */
    C6("await", "a waiter was not woken by the registration, or was left behind after it gave up"),
    /** {@code snapshot} is the exact state of one instant. */
    C7("snapshot", "a snapshot showed a state the registry never had"),
    /** Subscriptions replay the state, then every change, in order, none lost or repeated. */
    C8("subscribe", "a listener missed or repeated a change, so its view drifted from the registry"),
    /** After {@code close()} registering fails clearly; pending awaits fail promptly. */
    C9("close", "the registry took a registration after close, or left a waiter hanging"),
    /** Bad input is rejected with a clear exception and changes nothing. */
    C10("bad input", "bad input was accepted, or changed the registry instead of failing with a clear message");

    private final String title;
    private final String symptom;

    Clause(String title, String symptom) {
        this.title = title;
        this.symptom = symptom;
    }

    /**
     * Returns what a violation of this clause looks like to a driver author, in plain words: for C3,
     * "an old instance's late removal deleted its newer replacement".
     *
     * @return one sentence, lower case, no final period
     */
    public String symptom() {
        return symptom;
    }

    /**
     * Returns the clause's short title, for example "handle-scoped removal".
     *
     * @return the title
     */
    public String title() {
        return title;
    }

    /**
     * Returns the id and the title, for example "C3 handle-scoped removal".
     *
     * @return the label
     */
    public String label() {
        return name() + " " + title;
    }

    /**
     * Parses a clause id such as "C3" or "c3" (surrounding blanks ignored).
     *
     * @param id the id
     * @return the clause
     * @throws IllegalArgumentException if it names no clause, listing the valid ids
     */
    public static Clause parse(String id) {
        String normalized = id == null ? "" : id.trim().toUpperCase(Locale.ROOT);
        for (Clause clause : values()) {
            if (clause.name().equals(normalized)) {
                return clause;
            }
        }
        throw new IllegalArgumentException("'" + id + "' is not a contract clause; use one of "
                + Arrays.stream(values()).map(Clause::name).collect(Collectors.joining(", ")));
    }
}
