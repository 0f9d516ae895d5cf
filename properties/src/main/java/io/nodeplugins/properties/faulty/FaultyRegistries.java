package io.nodeplugins.properties.faulty;

import java.util.List;

/**
 * The catalogue of known-faulty registries, one or more per contract clause: registries of the
 * reference's stacking semantics, and map-style (replace) and priority-provider registries declared
 * through the ready shapes ({@code Shape}), each with the bug in its own semantics. Every suite runs its
 * checks against each of them and must report a failure: the meta-tests assert it. Each registry
 * breaks exactly the clause its class's {@code @Clauses} names and is otherwise correct (its Javadoc
 * says how). Immutable.
 */
public final class FaultyRegistries {

    /** Every faulty registry, in clause order. */
    public static final List<FaultyRegistry> ALL = List.of(
            FaultyRegistry.of(new UnsynchronizedMapRegistry.Factory(),
                    "plain HashMap written without synchronisation: concurrent registrations are lost"),
            FaultyRegistry.of(new CopyOnWriteRaceProviderRegistry.Declaration(),
                    "priority providers: register reads, copies and puts back a name's list: concurrent registrations are lost"),
            FaultyRegistry.of(new CheckThenActRegistry.Factory(),
                    "per-key stack updated by read-copy-put without atomicity: concurrent registrations of one key lose one"),
            FaultyRegistry.of(new NoStackingRegistry.Factory(),
                    "a newer registration replaces the older: closing the newer leaves the key empty"),
            FaultyRegistry.of(new PutIfAbsentMapRegistry.Declaration(),
                    "map registers with putIfAbsent: a restarted plugin's new instance never replaces the old one"),
            FaultyRegistry.of(new TiesToLastProviderRegistry.Declaration(),
                    "priority providers: of equal priorities the last registered wins, not the first"),
            FaultyRegistry.of(new RemoveByKeyRegistry.Factory(),
                    "Registration.close() removes whatever is current for the key, even a newer registration"),
            FaultyRegistry.of(new RemoveByNameMapRegistry.Declaration(),
                    "map unregisters with remove(key): an old instance's late removal deletes its replacement"),
            FaultyRegistry.of(new DeregisterByNameProviderRegistry.Declaration(),
                    "priority providers: deregistering one provider removes every provider of its name"),
            FaultyRegistry.of(new RacyPublicationRegistry.Factory(),
                    "entry linked before its plugin is set: a concurrent lookup sees a null plugin"),
            FaultyRegistry.of(new NullOnMissingRegistry.Factory(),
                    "require returns null for an absent key"),
            FaultyRegistry.of(new LostWakeupRegistry.Factory(),
                    "await checks, then links its waiter without re-checking: a registration in between is missed"),
            FaultyRegistry.of(new LeakingWaiterRegistry.Factory(),
                    "a timed-out, interrupted or cancelled waiter stays in pendingWaiters() for good"),
            FaultyRegistry.of(new WeaklyConsistentSnapshotRegistry.Factory(),
                    "snapshot copies by weakly consistent iteration while writers go on: torn snapshots"),
            FaultyRegistry.of(new SubscriptionGapRegistry.Factory(),
                    "subscribe replays, then adds the listener: a change in between is lost"),
            FaultyRegistry.of(new AcceptAfterCloseRegistry.Factory(),
                    "register after close() returns a handle but stores nothing, without IllegalStateException"),
            FaultyRegistry.of(new CorruptingBadInputRegistry.Factory(),
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
