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
    C1("register"),
    /** Several live registrations of one key stack; the newest is current. */
    C2("newest wins"),
    /** {@code Registration.close()} removes exactly its own registration. */
    C3("handle-scoped removal"),
    /** {@code lookup} returns {@code Optional} of the current plugin, never a half-built one. */
    C4("lookup"),
    /** {@code require} returns the plugin or throws a diagnostic exception, never null. */
    C5("require"),
    /** {@code await} wakes on registration, times out with diagnostics, leaves no waiter behind. */
    C6("await"),
    /** {@code snapshot} is the exact state of one instant. */
    C7("snapshot"),
    /** Subscriptions replay the state, then every change, in order, none lost or repeated. */
    C8("subscribe"),
    /** After {@code close()} registering fails clearly; pending awaits fail promptly. */
    C9("close"),
    /** Bad input is rejected with a clear exception and changes nothing. */
    C10("bad input");

    private final String title;

    Clause(String title) {
        this.title = title;
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
