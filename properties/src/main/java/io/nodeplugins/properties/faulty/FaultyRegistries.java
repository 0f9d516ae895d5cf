package io.nodeplugins.properties.faulty;

import java.util.List;
import java.util.Map;

/**
 * The catalogue of known-faulty registries, one or more per contract clause: registries of the
 * reference's stacking semantics, and map-style (replace) and priority-provider registries declared
 * through the ready shapes ({@code Shape}), each with the bug in its own semantics. Every suite runs its
 * checks against each of them and must report a failure: the meta-tests assert it, for all but the
 * registries in {@link #NOT_YET_CAUGHT}. Each registry
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
            FaultyRegistry.of(new RacySizeCounterRegistry.Factory(),
                    "size() reads a volatile counter bumped with count++ outside the lock: concurrent registrations are not counted"),
            FaultyRegistry.of(new RacyLazyInitRegistry.Factory(),
                    "the map is loaded lazily on the first registration without a lock: racing first registrations lose one"),
            FaultyRegistry.of(new RefreshRaceProviderRegistry.Declaration(),
                    "priority providers: a name's best provider is recomputed and published outside the lock: an older result overwrites a newer one"),
            FaultyRegistry.of(new CheckThenActRegistry.Factory(),
                    "per-key stack updated by read-copy-put without atomicity: concurrent registrations of one key lose one"),
            FaultyRegistry.of(new NoStackingRegistry.Factory(),
                    "a newer registration replaces the older: closing the newer leaves the key empty"),
            FaultyRegistry.of(new PutIfAbsentMapRegistry.Declaration(),
                    "map registers with putIfAbsent: a restarted plugin's new instance never replaces the old one"),
            FaultyRegistry.of(new TiesToLastProviderRegistry.Declaration(),
                    "priority providers: of equal priorities the last registered wins, not the first"),
            FaultyRegistry.of(new SamePluginDedupRegistry.Factory(),
                    "registering a plugin instance that is already live returns its handle instead of stacking a second registration"),
            FaultyRegistry.of(new RemoveByKeyRegistry.Factory(),
                    "Registration.close() removes whatever is current for the key, even a newer registration"),
            FaultyRegistry.of(new RemoveByNameMapRegistry.Declaration(),
                    "map unregisters with remove(key): an old instance's late removal deletes its replacement"),
            FaultyRegistry.of(new DeregisterByNameProviderRegistry.Declaration(),
                    "priority providers: deregistering one provider removes every provider of its name"),
            FaultyRegistry.of(new CheckThenRemoveMapRegistry.Declaration(),
                    "map unregisters with get() == plugin, then remove(key): a replacement registered in between is removed"),
            FaultyRegistry.of(new WrongMonitorRegistry.Factory(),
                    "register updates the stack under synchronized (this), close under the lock: a racing close is undone"),
            FaultyRegistry.of(new SamePluginAbaRegistry.Factory(),
                    "a handle closes the newest registration of its plugin instance: a re-registered plugin is closed by the old handle (ABA)"),
            FaultyRegistry.of(new EqualsRemovalRegistry.Factory(),
                    "close removes the oldest registration with an equal plugin, not its own (List.remove(plugin))"),
            FaultyRegistry.of(new RacyPublicationRegistry.Factory(),
                    "entry linked before its plugin is set: a concurrent lookup sees a null plugin"),
            FaultyRegistry.of(new StaleLookupCacheRegistry.Factory(),
                    "lookup answers from a cache that closing a registration does not invalidate: a stopped plugin is still found"),
            FaultyRegistry.of(new NullOnMissingRegistry.Factory(),
                    "require returns null for an absent key"),
            FaultyRegistry.of(new StaleDiagnosticsRegistry.Factory(),
                    "require's message lists every key ever registered, not the registered ones"),
            FaultyRegistry.of(new LostWakeupRegistry.Factory(),
                    "await checks, then links its waiter without re-checking: a registration in between is missed"),
            FaultyRegistry.of(new LeakingWaiterRegistry.Factory(),
                    "a timed-out, interrupted or cancelled waiter stays in pendingWaiters() for good"),
            FaultyRegistry.of(new PollingAwaitRegistry.Factory(),
                    "await polls every 10 ms instead of being woken by the registration"),
            FaultyRegistry.of(new SleepToDeadlineAwaitRegistry.Factory(),
                    "await parks until its deadline (or close) and then looks up: a registration never wakes it"),
            FaultyRegistry.of(new NotifyBeforePublishRegistry.Factory(),
                    "register completes the waiters before it stores the plugin: a woken waiter's lookup finds nothing"),
            FaultyRegistry.of(new WeaklyConsistentSnapshotRegistry.Factory(),
                    "snapshot copies by weakly consistent iteration while writers go on: torn snapshots"),
            FaultyRegistry.of(new LiveViewSnapshotRegistry.Factory(),
                    "snapshot returns an unmodifiable live view that follows later changes, not a copy"),
            FaultyRegistry.of(new SubscriptionGapRegistry.Factory(),
                    "subscribe replays, then adds the listener: a change in between is lost"),
            FaultyRegistry.of(new EventsOutsideLockRegistry.Factory(),
                    "events made under the lock are handed to listeners after it is released: out of order, or repeated after a replay"),
            FaultyRegistry.of(new ThrowingListenerRegistry.Factory(),
                    "a listener's exception propagates: the writer gets it and later listeners wait for the next change"),
            FaultyRegistry.of(new PlainListenerListRegistry.Factory(),
                    "subscribers in a plain ArrayList iterated without the lock: unsubscribing from onEvent throws ConcurrentModificationException"),
            FaultyRegistry.of(new ReplayAsCurrentRegistry.Factory(),
                    "the replay of the current state to a new listener is sent as CURRENT events, not INITIAL"),
            FaultyRegistry.of(new ReplayEveryRegistrationRegistry.Factory(),
                    "the replay sends one INITIAL event per live registration: a stacked key is replayed twice"),
            FaultyRegistry.of(new AcceptAfterCloseRegistry.Factory(),
                    "register after close() returns a handle but stores nothing, without IllegalStateException"),
            FaultyRegistry.of(new LostUnlockOnCloseRegistry.Factory(),
                    "a second close() returns holding the lifecycle lock: other threads' registrations then block for good"),
            FaultyRegistry.of(new CorruptingBadInputRegistry.Factory(),
                    "register stores before checking the node name: a rejected name stays registered"),
            FaultyRegistry.of(new LowerCasingKeyRegistry.Factory(),
                    "node names are lower-cased instead of checked: \"Worker-1\" is accepted as \"worker-1\""));

    /**
     * The faulty registries of {@link #ALL} that no check of the kit catches yet, by name, each with
     * why and what kind of check would catch it. They stay in {@link #ALL}, unweakened, as findings:
     * the meta-tests skip exactly these, saying why, and a registry leaves this list as soon as a
     * check catches it. Empty now: the four that were here when they were written
     * (SamePluginAbaRegistry, EqualsRemovalRegistry, PollingAwaitRegistry, LostUnlockOnCloseRegistry)
     * are caught by the value edge cases, the wake-up latency check and the cross-thread checks.
     */
    public static final Map<String, String> NOT_YET_CAUGHT = Map.of();

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
