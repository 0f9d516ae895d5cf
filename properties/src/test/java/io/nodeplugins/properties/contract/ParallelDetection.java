package io.nodeplugins.properties.contract;

import java.util.Map;

/**
 * Which test of {@link ParallelContract} must catch which faulty registry: those whose bug only
 * concurrency shows (or shows too), each with the parallel property of its clause (those added with
 * issue 13 part 4 were each caught in 10 of 10 CI runs). Registries that a parallel property catches only in some runs
 * are not listed (WrongMonitorRegistry 7 of 10, StaleLookupCacheRegistry 9 of 10,
 * SleepToDeadlineAwaitRegistry 3 of 5: their unit tests catch them every time; PollingAwaitRegistry
 * 3 of 5: not yet caught reliably, see FaultyRegistries.NOT_YET_CAUGHT).
 */
final class ParallelDetection {

    /** Faulty registry name to the {@link ParallelContract} test method that must catch it. */
    static final Map<String, String> EXPECTED = Map.ofEntries(
            Map.entry("UnsynchronizedMapRegistry", "registrationsStackAndCloseByHandle"),
            Map.entry("CheckThenActRegistry", "registrationsStackAndCloseByHandle"),
            Map.entry("RemoveByKeyRegistry", "registrationsStackAndCloseByHandle"),
            Map.entry("CopyOnWriteRaceProviderRegistry", "registrationsStackAndCloseByHandle"),
            Map.entry("RemoveByNameMapRegistry", "registrationsStackAndCloseByHandle"),
            Map.entry("RacyLazyInitRegistry", "registrationsStackAndCloseByHandle"),
            Map.entry("RefreshRaceProviderRegistry", "registrationsStackAndCloseByHandle"),
            Map.entry("CheckThenRemoveMapRegistry", "registrationsStackAndCloseByHandle"),
            Map.entry("SamePluginAbaRegistry", "registrationsStackAndCloseByHandle"),
            Map.entry("EqualsRemovalRegistry", "registrationsStackAndCloseByHandle"),
            Map.entry("LostWakeupRegistry", "awaitReturnsOrTimesOutAndLeavesNoWaiter"),
            Map.entry("WeaklyConsistentSnapshotRegistry", "snapshotIsTheStateOfOneInstant"),
            Map.entry("SubscriptionGapRegistry", "snapshotAndEventsRebuildTheState"));

    private ParallelDetection() {
    }
}
