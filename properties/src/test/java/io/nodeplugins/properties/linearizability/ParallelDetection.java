package io.nodeplugins.properties.linearizability;

import java.util.List;
import java.util.Map;

/** Which parallel property must catch which faulty registry of the registry test-jar. */
final class ParallelDetection {

    /** The faulty registries whose bug only concurrency shows (or shows too), with their property. */
    static final Map<String, ParallelProperty> EXPECTED = Map.of(
            "UnsynchronizedMapRegistry", ParallelProperty.C1_C3_REGISTRATIONS,
            "CheckThenActRegistry", ParallelProperty.C1_C3_REGISTRATIONS,
            "RemoveByKeyRegistry", ParallelProperty.C1_C3_REGISTRATIONS,
            "LostWakeupRegistry", ParallelProperty.C6_AWAIT,
            "WeaklyConsistentSnapshotRegistry", ParallelProperty.C7_SNAPSHOT);

    private ParallelDetection() {
    }

    /** The property that must catch {@code registry}, or every property for the reference. */
    static List<ParallelProperty> propertiesFor(String registry) {
        ParallelProperty expected = EXPECTED.get(registry);
        return expected == null ? List.of(ParallelProperty.values()) : List.of(expected);
    }
}
