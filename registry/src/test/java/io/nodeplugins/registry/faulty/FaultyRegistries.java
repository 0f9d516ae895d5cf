package io.nodeplugins.registry.faulty;

import java.util.List;

/**
 * The catalogue of known-faulty registries, one or two per contract clause. Every suite runs its
 * checks against each of them and must report a failure: that table, not an assertion, shows the
 * suite's strength. Each registry breaks exactly the clause named here and is otherwise correct
 * (its Javadoc says how). Immutable.
 */
public final class FaultyRegistries {

    /** Every faulty registry, in clause order. */
    public static final List<FaultyRegistry> ALL = List.of(
            new FaultyRegistry("C1", "UnsynchronizedMapRegistry", new UnsynchronizedMapRegistry.Factory(),
                    "plain HashMap written without synchronisation: concurrent registrations are lost"),
            new FaultyRegistry("C2", "CheckThenActRegistry", new CheckThenActRegistry.Factory(),
                    "per-key stack updated by read-copy-put without atomicity: concurrent registrations of one key lose one"),
            new FaultyRegistry("C2", "NoStackingRegistry", new NoStackingRegistry.Factory(),
                    "a newer registration replaces the older: closing the newer leaves the key empty"),
            new FaultyRegistry("C3", "RemoveByKeyRegistry", new RemoveByKeyRegistry.Factory(),
                    "Registration.close() removes whatever is current for the key, even a newer registration"),
            new FaultyRegistry("C4", "RacyPublicationRegistry", new RacyPublicationRegistry.Factory(),
                    "entry linked before its plugin is set: a concurrent lookup sees a null plugin"),
            new FaultyRegistry("C5", "NullOnMissingRegistry", new NullOnMissingRegistry.Factory(),
                    "require returns null for an absent key"),
            new FaultyRegistry("C6", "LostWakeupRegistry", new LostWakeupRegistry.Factory(),
                    "await checks, then links its waiter without re-checking: a registration in between is missed"),
            new FaultyRegistry("C6", "LeakingWaiterRegistry", new LeakingWaiterRegistry.Factory(),
                    "a timed-out, interrupted or cancelled waiter stays in pendingWaiters() for good"),
            new FaultyRegistry("C7", "WeaklyConsistentSnapshotRegistry", new WeaklyConsistentSnapshotRegistry.Factory(),
                    "snapshot copies by weakly consistent iteration while writers go on: torn snapshots"),
            new FaultyRegistry("C8", "SubscriptionGapRegistry", new SubscriptionGapRegistry.Factory(),
                    "subscribe replays, then adds the listener: a change in between is lost"),
            new FaultyRegistry("C9", "AcceptAfterCloseRegistry", new AcceptAfterCloseRegistry.Factory(),
                    "register after close() returns a handle but stores nothing, without IllegalStateException"),
            new FaultyRegistry("C10", "CorruptingBadInputRegistry", new CorruptingBadInputRegistry.Factory(),
                    "register stores before checking the node name: a rejected name stays registered"));

    private FaultyRegistries() {
    }

    /**
     * Returns the faulty registry of the given class name.
     *
     * @param name the simple class name, e.g. "RemoveByKeyRegistry"
     * @return the entry
     * @throws IllegalArgumentException if there is none, listing the known names
     */
    public static FaultyRegistry named(String name) {
        return ALL.stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("no faulty registry named '" + name + "'; known: "
                        + ALL.stream().map(FaultyRegistry::name).toList()));
    }
}
