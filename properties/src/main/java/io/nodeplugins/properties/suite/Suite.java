package io.nodeplugins.properties.suite;

/** The verification tools the main job runs; one report column each. */
public enum Suite {
    /** jcstress tests of the implementation (lost registrations, visibility). */
    JCSTRESS("jcstress"),
    /** The clause unit tests ({@code UnitContract}). */
    UNIT("clause unit tests"),
    /** The sequential model-based properties ({@code SequentialContract}). */
    SEQUENTIAL("sequential properties"),
    /** The parallel properties, checked for linearizability ({@code ParallelContract}). */
    PARALLEL("parallel properties"),
    /** Lincheck, the independent referee ({@code LincheckContract}). */
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
