package io.nodeplugins.properties.features;

/**
 * What a registry offers besides registering and looking up, in the spirit of Guava testlib's
 * features: a registry declares the ones it has ({@link Features}), the suites generate only the
 * operations it offers and check only the clauses that apply, and the report shows {@code n/a} for
 * the rest. Immutable.
 */
public enum Feature {
    /** A registration can be removed ({@code Registration.close()}, or the registry's remove). */
    REMOVAL("removal"),
    /** {@code Registration.isActive()} says whether the registration is still live. */
    HANDLE_STATE("handle state"),
    /** {@code lookup} returns {@code Optional}; without it the registry's get returns null on a miss. */
    OPTIONAL_LOOKUP("Optional lookup"),
    /** {@code require(key)}: the plugin or a diagnostic {@code PluginNotRegisteredException}. */
    REQUIRE("require"),
    /** {@code await(key, timeout)}: blocks until a plugin is registered. */
    AWAIT("blocking await"),
    /** {@code awaitAsync(key, timeout)}: a future completed by the registration. */
    AWAIT_ASYNC("async await"),
    /** {@code pendingWaiters()}: the waiters still waiting, so that a leak is visible. */
    PENDING_WAITERS("pending waiters"),
    /** {@code snapshot()}: the state at one instant. */
    SNAPSHOT("snapshot"),
    /** {@code size()}: the live registrations. */
    SIZE("size"),
    /** {@code subscribe(listener)}: the state, then every change. */
    SUBSCRIBE("subscription"),
    /** {@code close()} and {@code isClosed()}: a lifecycle after which registering fails. */
    CLOSE("close lifecycle"),
    /** Null and malformed arguments are rejected with the documented exceptions, changing nothing. */
    BAD_INPUT("bad input rejected"),
    /**
     * Registrations of the same plugin instance, or of distinct plugins that are {@code equals},
     * stay distinct: each removal removes only its own. Needs {@link #REMOVAL}.
     */
    DISTINCT_REGISTRATIONS("distinct registrations of one plugin");

    private final String title;

    Feature(String title) {
        this.title = title;
    }

    /**
     * Returns the feature's name in the report.
     *
     * @return for example "blocking await"
     */
    public String title() {
        return title;
    }
}
