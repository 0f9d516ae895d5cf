package io.nodeplugins.properties.contract;

import io.nodeplugins.properties.faulty.FaultyRegistries;
import io.nodeplugins.properties.faulty.FaultyRegistry;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every public faulty registry is caught robustly: by at least two suites (the unit contract, which
 * {@link UnitContractCatchesFaultyRegistriesTest} holds to every registry, and the sequential,
 * parallel or Lincheck contract whose meta-test names it), or by one check that cannot miss it on a
 * run: a single-threaded unit test that fails on every run, or a jcstress negative control that
 * observes the bug thousands of times per CI run. A registry added to the catalogue without either
 * fails here. The detection campaign ({@link DetectionCampaign}) measures the same over 10 runs.
 */
class RobustCatchesTest {

    /** The Lincheck meta-test's registries ({@link LincheckContractCatchesFaultyRegistriesTest}). */
    static final Set<String> LINCHECK = Set.of("UnsynchronizedMapRegistry", "CheckThenActRegistry",
            "AcceptAfterCloseRegistry", "CorruptingBadInputRegistry");

    /** Registries caught by one suite only, each with the check that cannot miss it and why. */
    static final Map<String, String> ONE_CERTAIN_CHECK = Map.of(
            "PollingAwaitRegistry", "C6Await.aBlockedWaiterWakesWithTheRegistrationNotAtItsNextPoll: every trial of a"
                    + " 10 ms poll wakes 0-10 ms late (2.5 ms at the lower quartile on average), above the 1 ms limit",
            "SleepToDeadlineAwaitRegistry", "C6Await.aParkedWaiterReturnsAsSoonAsThePluginIsRegistered: single-threaded"
                    + " after the waiter parks; a waiter never woken always misses the 2 s bound",
            "LiveViewSnapshotRegistry", "C7Snapshot.theSnapshotIsImmutableAndDoesNotFollowLaterChanges: single-threaded",
            "NotifyBeforePublishRegistry", "C6Await.aWokenWaiterFindsItsPluginByLookup: single-threaded (the future's"
                    + " callback runs in register, before the plugin is stored)",
            "ThrowingListenerRegistry", "C8Subscribe.aThrowingListenerHarmsNeitherTheRegistryNorOtherListenersAndStays"
                    + "Subscribed: single-threaded",
            "PlainListenerListRegistry", "C8Subscribe.aListenerMayUnsubscribeItselfFromInsideOnEvent: single-threaded"
                    + " (ConcurrentModificationException on every run)",
            "LostUnlockOnCloseRegistry", "C9Close.closeIsIdempotent: the lock a second close keeps blocks the test's"
                    + " close from another thread on every run",
            "RacyPublicationRegistry", "jcstress C4_LookupRacingRegister.RacyPublication: the half-built entry in"
                    + " thousands of samples per CI run (0.31% of 3.3 million), besides C4Lookup's racing unit test");

    @Test
    void everyFaultyRegistryIsCaughtByTwoSuitesOrByOneCertainCheck() throws Exception {
        Map<String, List<String>> suites = new TreeMap<>();
        for (FaultyRegistry faulty : FaultyRegistries.ALL) {
            List<String> by = new ArrayList<>(List.of("unit"));
            if (SequentialContractCatchesFaultyRegistriesTest.SEQUENTIALLY_VISIBLE.contains(faulty.name())) {
                by.add("sequential");
            }
            if (ParallelDetection.EXPECTED.containsKey(faulty.name())) {
                by.add("parallel");
            }
            if (LINCHECK.contains(faulty.name())) {
                by.add("Lincheck");
            }
            suites.put(faulty.toString(), by);
        }
        suites.forEach((name, by) -> System.out.println(name + ": " + by));

        assertThat(FaultyRegistries.ALL).allSatisfy(faulty -> assertThat(
                suites.get(faulty.toString()).size() >= 2 || ONE_CERTAIN_CHECK.containsKey(faulty.name()))
                .as("%s is caught by %s only, and by no check that cannot miss it", faulty, suites.get(faulty.toString()))
                .isTrue());
        assertThat(ONE_CERTAIN_CHECK.values()).as("the unit test each reason names exists").allSatisfy(reason -> {
            if (!reason.startsWith("jcstress ")) {
                String check = reason.substring(0, reason.indexOf(':'));
                Class<?> type = Class.forName("io.nodeplugins.properties.contract.unit."
                        + check.substring(0, check.indexOf('.')) + "Tests");
                assertThat(type.getMethod(check.substring(check.indexOf('.') + 1))).isNotNull();
            }
        });
        assertThat(ONE_CERTAIN_CHECK.keySet()).as("listed as caught by one certain check but caught by two suites")
                .allSatisfy(name -> assertThat(suites.get(FaultyRegistries.named(name).toString())).hasSize(1));
    }
}
