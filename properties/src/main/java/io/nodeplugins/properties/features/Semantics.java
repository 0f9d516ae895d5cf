package io.nodeplugins.properties.features;

/**
 * Which registration is current when a key has several live ones: the rule a registry follows and
 * the model it is checked against. Immutable.
 */
public enum Semantics {

    /**
     * Newest wins and registrations stack: closing the current one reveals the previous live one
     * (the reference registry; a rolling driver update keeps old and new side by side).
     */
    STACKING("stacking: the newest registration is current; closing it reveals the previous one"),
    /**
     * Map semantics: the newest replaces, and a replaced registration is gone. An old instance's
     * removal must only remove what it registered itself (a conditional {@code remove(key, value)}),
     * never its replacement.
     */
    REPLACE("replace: the newest registration replaces the previous one (map semantics)"),
    /**
     * The highest priority is current, ties by registration order (first registered wins), as gRPC's
     * provider registries do; removing one registration reveals the best of the rest.
     */
    PRIORITY("priority: the highest-priority registration is current, ties go to the first registered");

    private final String description;

    Semantics(String description) {
        this.description = description;
    }

    /**
     * Returns what the rule says.
     *
     * @return one line
     */
    public String description() {
        return description;
    }
}
