package io.nodeplugins.properties.suite;

/** The verification tools the main job runs; one report column each. */
public enum Suite {
    /** jcstress tests of the implementation (lost registrations, visibility). */
    JCSTRESS("jcstress"),
    /** The registry module's clause unit tests ({@code C1RegisterTest} ... {@code C10BadInputTest}). */
    UNIT("clause unit tests"),
    /** Sequential model-based properties. */
    SEQUENTIAL("sequential properties"),
    /** Parallel properties checked for linearizability. */
    PARALLEL("parallel properties"),
    /** Lincheck, the independent referee. */
    LINCHECK("Lincheck");

    private final String title;

    Suite(String title) {
        this.title = title;
    }

    /**
     * Returns the column title.
     *
     * @return the title
     */
    public String title() {
        return title;
    }
}
