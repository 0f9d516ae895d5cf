package io.nodeplugins.properties.suite;

/** The verification tools the main job runs; one report column each. Immutable. */
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

    /**
     * Returns the name on the command line ({@code --skip jcstress,lincheck}).
     *
     * @return the lower-case constant name
     */
    public String cliName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Returns every suite's command-line name.
     *
     * @return for example "jcstress, unit, sequential, parallel, lincheck"
     */
    public static String cliNames() {
        return java.util.Arrays.stream(values()).map(Suite::cliName).collect(java.util.stream.Collectors.joining(", "));
    }

    /**
     * Parses a suite's command-line name.
     *
     * @param name for example "jcstress" (case and surrounding blanks ignored)
     * @return the suite
     * @throws IllegalArgumentException naming the known suites
     */
    public static Suite parse(String name) {
        for (Suite s : values()) {
            if (s.cliName().equals(name.trim().toLowerCase(java.util.Locale.ROOT))) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown suite '" + name.trim() + "': use one of " + cliNames());
    }
}
