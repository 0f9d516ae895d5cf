package io.nodeplugins.properties.contract;

import java.util.Map;

/**
 * Which test of {@link ParallelContract} must catch which faulty registry: those whose bug only
 * concurrency shows (or shows too), each with the parallel property of its clause. Since the
 * parallel runner reads size, state, futures and listener views once every thread returned, and
 * subscriptions race writes, it also catches the racy size counter, the wrong monitor and events
 * handed out after the lock. Registries that a parallel property catches only in some runs are not
 * listed (StaleLookupCacheRegistry 9 of 10, SleepToDeadlineAwaitRegistry 3 of 5, PollingAwaitRegistry
 * 3 of 5, as measured when they were written): their unit tests catch them every time.
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
            Map.entry("SubscriptionGapRegistry", "snapshotAndEventsRebuildTheState"),
            Map.entry("EventsOutsideLockRegistry", "snapshotAndEventsRebuildTheState"),
            Map.entry("RacySizeCounterRegistry", "registrationsStackAndCloseByHandle"),
            Map.entry("WrongMonitorRegistry", "registrationsStackAndCloseByHandle"));

    private ParallelDetection() {
    }
}
