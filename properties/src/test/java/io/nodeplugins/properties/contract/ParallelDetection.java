package io.nodeplugins.properties.contract;

import java.util.Map;

/**
 * Which test of {@link ParallelContract} must catch which faulty registry: those whose bug only
 * concurrency shows (or shows too), each with the parallel property of its clause.
 */
final class ParallelDetection {

    /** Faulty registry name to the {@link ParallelContract} test method that must catch it. */
    static final Map<String, String> EXPECTED = Map.of(
            "UnsynchronizedMapRegistry", "registrationsStackAndCloseByHandle",
            "CheckThenActRegistry", "registrationsStackAndCloseByHandle",
            "RemoveByKeyRegistry", "registrationsStackAndCloseByHandle",
            "CopyOnWriteRaceProviderRegistry", "registrationsStackAndCloseByHandle",
            "RemoveByNameMapRegistry", "registrationsStackAndCloseByHandle",
            "LostWakeupRegistry", "awaitReturnsOrTimesOutAndLeavesNoWaiter",
            "WeaklyConsistentSnapshotRegistry", "snapshotIsTheStateOfOneInstant",
            "SubscriptionGapRegistry", "snapshotAndEventsRebuildTheState");

    private ParallelDetection() {
    }
}
