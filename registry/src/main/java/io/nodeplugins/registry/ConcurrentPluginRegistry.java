package io.nodeplugins.registry;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The reference {@link PluginRegistry}: lock-free reads at the cost of a
 * {@link ConcurrentHashMap#get}, writes serialised by one lock, exact snapshots. Create one with
 * {@link PluginRegistries}. Every method is thread-safe; see {@link PluginRegistry} for the
 * contract and the memory-consistency guarantee.
 *
 * @param <K> the key type
 * @param <P> the plugin type
 */
public final class ConcurrentPluginRegistry<K, P> implements PluginRegistry<K, P> {

    /*
     * Implementation overview
     *
     * Reads are the hot path and writes are rare (a plugin starts or stops), so reads pay for
     * nothing but a ConcurrentHashMap.get and every write takes one lock.
     *
     * State. `current` maps each key to its current plugin (the newest live registration) and is
     * the only structure reads touch. Everything else is guarded by `lock`: `stacks` holds, per
     * key, the live registrations oldest first (the last one is the plugin in `current`); `waiters`
     * holds, per key, the pending awaits; `subscribers` (a copy-on-write array, read without the lock) the listeners. `closed`, `size` and
     * `waiterCount` are written under the lock and volatile so that they can be read without it.
     *
     * Invariants (hold whenever the lock is free):
     *   I1  current.get(k) == last(stacks.get(k)).plugin for every key with a stack, and
     *       current has no other key; no stack is empty.
     *   I2  size == total number of handles in stacks; every handle in a stack is live.
     *   I3  waiters has no entry for a key that is in current (a registration releases them).
     *   I4  waiterCount == total number of waiters in waiters; no waiter in it is complete for
     *       long: whoever completes a waiter unlinks it (idempotently) before returning.
     *   I5  a non-null `cachedSnapshot` equals current.
     *
     * Linearization points. register: its current.put. Registration.close: the current.put or
     * current.remove it makes, or taking the lock when it reveals nothing (an older handle).
     * lookup/require: the current.get. snapshot: the volatile read of a non-null cachedSnapshot,
     * or, when it is null, any point while the lock is held to rebuild it. await: the get that
     * found a plugin, or the completion of its waiter; a timed-out await re-reads current after the
     * deadline and linearizes at that read (it returns a plugin found there instead of failing), so
     * a timeout is only ever reported for a key that was empty at an instant after the deadline.
     *
     * Why one lock and not a CAS per key: a key's stack, its waiters and the subscribers' event
     * order must change together, and writes are rare; one ReentrantLock keeps that atomic and
     * simple. Snapshots are then exact for free: under the lock `current` is quiescent. The cached
     * snapshot makes repeated snapshots O(1); writers clear it *before* touching `current`, so a
     * reader that sees a non-null cache sees a state no write had begun to change (I5).
     *
     * Safe publication (C4): plugins reach readers through ConcurrentHashMap.put/get, which has
     * volatile semantics, so a plugin's constructor writes happen-before any read of it.
     *
     * Waiting (C6) parks on a CompletableFuture, woken by the registering thread: no polling.
     * Waiters are added under the lock after re-checking `current`, and released under the same
     * lock by register, so no wake-up is lost. They are completed after the lock is released, since
     * completion runs the caller's dependent actions. Timed async waits use one shared daemon timer
     * whose tasks are cancelled (and removed) as soon as the waiter completes.
     *
     * Events (C8) are queued per subscriber under the lock, so the queue order is the
     * linearization order, and drained after the lock is released by whichever thread wins the
     * subscriber's `wip` counter (the serial-executor pattern): a listener is never called
     * concurrently, never under the lock, and may call the registry re-entrantly; the events it
     * causes are queued and delivered by the loop already running. close() stops publishing
     * (it empties `subscribers`) but leaves queued events to be delivered: they belong to calls
     * that linearized before it.
     */

    private static final System.Logger LOG = System.getLogger(ConcurrentPluginRegistry.class.getName());

    private final KeyRule<K> keyRule;
    private final ConcurrentHashMap<K, P> current = new ConcurrentHashMap<>();
    private final ReentrantLock lock = new ReentrantLock();

    // Guarded by lock.
    private final Map<K, List<Handle>> stacks = new HashMap<>();
    private final Map<K, Set<Waiter>> waiters = new HashMap<>();
    private static final Object[] NO_SUBSCRIBERS = new Object[0];
    private volatile Object[] subscribers = NO_SUBSCRIBERS; // copy-on-write, written under lock

    // Written under lock, read anywhere.
    private volatile boolean closed;
    private volatile int size;
    private volatile int waiterCount;
    private volatile Map<K, P> cachedSnapshot = Map.of();

    /**
     * Creates an empty registry whose keys must pass {@code keyRule}.
     *
     * @param keyRule the key rule, for example {@link NodeNames#RULE}
     */
    public ConcurrentPluginRegistry(KeyRule<K> keyRule) {
        this.keyRule = Objects.requireNonNull(keyRule, "keyRule");
    }

    /* ---------------- Registration ---------------- */

    @Override
    public Registration<K, P> register(K key, P plugin) {
        checkKey(key);
        Objects.requireNonNull(plugin, "plugin");
        Handle handle = new Handle(key, plugin);
        Set<Waiter> released;
        Object[] notified = NO_SUBSCRIBERS; // those this call queued an event for: close() may empty the field first
        lock.lock();
        try {
            if (closed) {
                throw new IllegalStateException("registry is closed: it accepts no registration after close() "
                        + "(key '" + key + "'); create a new registry");
            }
            cachedSnapshot = null;
            stacks.computeIfAbsent(key, k -> new ArrayList<>(2)).add(handle);
            P previous = current.put(key, plugin);
            size = size + 1;
            released = waiters.remove(key);
            if (released != null) {
                waiterCount = waiterCount - released.size();
                for (Waiter w : released) {
                    w.linked = false;
                }
            }
            if (previous != plugin) { // the same instance registered again: no visible change, no event (C8)
                notified = publish(PluginEvent.current(key, plugin));
            }
        } finally {
            lock.unlock();
        }
        if (released != null) {
            for (Waiter w : released) {
                w.complete(plugin);
            }
        }
        deliver(notified);
        return handle;
    }

    private void unregister(Handle handle) {
        Object[] notified = NO_SUBSCRIBERS;
        lock.lock();
        try {
            if (!handle.live) {
                return;
            }
            K key = handle.key;
            List<Handle> stack = stacks.get(key);
            int index = stack.lastIndexOf(handle);
            size = size - 1;
            if (index < stack.size() - 1) {
                stack.remove(index); // an older registration: nothing visible changes (C2)
                handle.live = false;
                return;
            }
            cachedSnapshot = null;
            stack.remove(index);
            if (stack.isEmpty()) {
                stacks.remove(key);
                current.remove(key);
                notified = publish(PluginEvent.removed(key));
            } else {
                P revealed = stack.get(stack.size() - 1).plugin;
                current.put(key, revealed);
                if (revealed != handle.plugin) { // it revealed another registration of the same instance
                    notified = publish(PluginEvent.current(key, revealed));
                }
            }
            // Last, after the removal is visible: a concurrent close() that sees live == false skips
            // the lock, and must not return before the registration is gone (C3, linearizable close).
            handle.live = false;
        } finally {
            lock.unlock();
        }
        deliver(notified);
    }

    /* ---------------- Reads ---------------- */

    @Override
    public Optional<P> lookup(K key) {
        P plugin = current.get(Objects.requireNonNull(key, "key"));
        if (plugin != null) {
            return Optional.of(plugin);
        }
        keyRule.check(key); // only on a miss: a key that hits was checked when it was registered
        return Optional.empty();
    }

    @Override
    public P require(K key) {
        P plugin = current.get(Objects.requireNonNull(key, "key"));
        if (plugin != null) {
            return plugin;
        }
        keyRule.check(key);
        throw PluginNotRegisteredException.notRegistered(key, snapshot().keySet());
    }

    @Override
    public Map<K, P> snapshot() {
        Map<K, P> snapshot = cachedSnapshot;
        if (snapshot != null) {
            return snapshot;
        }
        lock.lock();
        try {
            snapshot = cachedSnapshot;
            if (snapshot == null) {
                snapshot = Map.copyOf(current);
                cachedSnapshot = snapshot;
            }
            return snapshot;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public int size() {
        return size;
    }

    /* ---------------- Waiting ---------------- */

    @Override
    public P await(K key, Duration timeout) throws InterruptedException {
        long nanos = checkTimeout(timeout);
        checkKey(key);
        P plugin = current.get(key);
        if (plugin != null) {
            return plugin;
        }
        Waiter waiter = enqueueWaiter(key);
        if (waiter.isDone()) {
            return resultOf(waiter);
        }
        try {
            return waiter.get(nanos, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            // Linearize a timeout at a re-read of current after the deadline (see overview).
            if (waiter.completeExceptionally(e)) {
                P late = current.get(key);
                if (late != null) {
                    return late;
                }
                throw PluginNotRegisteredException.timedOut(key, snapshot().keySet(), timeout);
            }
            return resultOf(waiter);
        } catch (InterruptedException e) {
            waiter.cancel(false); // unlinks it
            throw e;
        } catch (ExecutionException e) {
            throw rethrow(e.getCause());
        } finally {
            waiter.unlink();
        }
    }

    @Override
    public CompletableFuture<P> awaitAsync(K key, Duration timeout) {
        long nanos = checkTimeout(timeout);
        checkKey(key);
        P plugin = current.get(key);
        if (plugin != null) {
            return CompletableFuture.completedFuture(plugin);
        }
        Waiter waiter = enqueueWaiter(key);
        if (!waiter.isDone()) {
            ScheduledFuture<?> timer = Timer.INSTANCE.schedule(() -> {
                P late = current.get(key);
                if (late != null) {
                    waiter.complete(late);
                } else {
                    waiter.completeExceptionally(
                            PluginNotRegisteredException.timedOut(key, snapshot().keySet(), timeout));
                }
            }, nanos, TimeUnit.NANOSECONDS);
            waiter.whenComplete((p, t) -> timer.cancel(false));
        }
        return waiter;
    }

    @Override
    public int pendingWaiters() {
        return waiterCount;
    }

    /** Returns a linked waiter, or a completed one if the key has a plugin or the registry is closed. */
    private Waiter enqueueWaiter(K key) {
        Waiter waiter = new Waiter(key);
        lock.lock();
        try {
            // Both read under the lock, so at one instant: the plugin if present (even once closed),
            // else closed means failure. The lock-free get in await ran at an earlier instant.
            P plugin = current.get(key);
            if (plugin != null) {
                waiter.complete(plugin);
                return waiter;
            }
            if (closed) {
                throw closedForWaiting(key);
            }
            waiters.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(waiter);
            waiter.linked = true;
            waiterCount = waiterCount + 1;
        } finally {
            lock.unlock();
        }
        // Any completion (plugin, timeout, cancel, close, or a caller's own complete) unlinks it.
        waiter.whenComplete((p, t) -> waiter.unlink());
        return waiter;
    }

    private static IllegalStateException closedForWaiting(Object key) {
        return new IllegalStateException("registry is closed: no plugin can be registered for key '" + key
                + "' any more, so waiting for it is pointless");
    }

    private P resultOf(Waiter waiter) {
        try {
            return waiter.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw rethrow(e.getCause());
        }
    }

    private static RuntimeException rethrow(Throwable cause) {
        if (cause instanceof RuntimeException) {
            throw (RuntimeException) cause;
        }
        if (cause instanceof Error) {
            throw (Error) cause;
        }
        throw new IllegalStateException(cause);
    }

    /** A pending await: completes with the plugin, or exceptionally on timeout, cancel or close. */
    private final class Waiter extends CompletableFuture<P> {
        final K key;
        volatile boolean linked; // written under lock

        Waiter(K key) {
            this.key = key;
        }

        void unlink() {
            if (!linked) {
                return;
            }
            lock.lock();
            try {
                if (linked) {
                    linked = false;
                    Set<Waiter> set = waiters.get(key);
                    set.remove(this);
                    if (set.isEmpty()) {
                        waiters.remove(key);
                    }
                    waiterCount = waiterCount - 1;
                }
            } finally {
                lock.unlock();
            }
        }
    }

    /** One daemon thread for every registry's async timeouts; cancelled tasks are removed at once. */
    private static final class Timer {
        static final ScheduledThreadPoolExecutor INSTANCE = create();

        private static ScheduledThreadPoolExecutor create() {
            ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, r -> {
                Thread t = new Thread(r, "nodeplugins-await-timer");
                t.setDaemon(true);
                return t;
            });
            timer.setRemoveOnCancelPolicy(true);
            return timer;
        }
    }

    /* ---------------- Subscriptions ---------------- */

    @Override
    public Subscription subscribe(PluginListener<K, P> listener) {
        Objects.requireNonNull(listener, "listener");
        Subscriber subscriber = new Subscriber(listener);
        lock.lock();
        try {
            if (closed) {
                throw new IllegalStateException("registry is closed: subscribe before close()");
            }
            for (Map.Entry<K, P> e : current.entrySet()) {
                subscriber.queue.add(PluginEvent.initial(e.getKey(), e.getValue()));
            }
            List<Object> list = new ArrayList<>(List.of(subscribers));
            list.add(subscriber);
            setSubscribers(list);
        } finally {
            lock.unlock();
        }
        subscriber.drain();
        return subscriber;
    }

    /**
     * Queues an event for every subscriber; caller holds the lock.
     *
     * @return the subscribers it queued the event for, to {@link #deliver} once the lock is released
     */
    private Object[] publish(PluginEvent<K, P> event) {
        Object[] notified = subscribers;
        for (Object s : notified) {
            subscriber(s).queue.add(event);
        }
        return notified;
    }

    /**
     * Drains the queues of the subscribers a write queued an event for, as {@link #publish} returned
     * them under the lock; called without the lock. Not the current field: a close() in between
     * empties it, and the event, which belongs to a write before the close, would stay queued for
     * good. A write that published nothing drains nothing.
     */
    private void deliver(Object[] notified) {
        for (Object s : notified) {
            subscriber(s).drain();
        }
    }

    @SuppressWarnings("unchecked")
    private Subscriber subscriber(Object o) {
        return (Subscriber) o;
    }

    /** Adds or removes a subscriber; caller holds the lock. */
    private void setSubscribers(List<Object> list) {
        subscribers = list.toArray();
    }

    private final class Subscriber implements Subscription {
        final PluginListener<K, P> listener;
        final ConcurrentLinkedQueue<PluginEvent<K, P>> queue = new ConcurrentLinkedQueue<>();
        final AtomicInteger wip = new AtomicInteger();
        volatile boolean cancelled;

        Subscriber(PluginListener<K, P> listener) {
            this.listener = listener;
        }

        void drain() {
            if (wip.getAndIncrement() != 0) {
                return; // the thread already draining will see our events
            }
            int missed = 1;
            do {
                PluginEvent<K, P> event;
                while ((event = queue.poll()) != null) {
                    if (cancelled) {
                        queue.clear();
                        break;
                    }
                    try {
                        listener.onEvent(event);
                    } catch (Throwable t) {
                        LOG.log(Level.WARNING, "plugin listener " + listener + " threw on " + event
                                + "; it stays subscribed", t);
                    }
                }
                missed = wip.addAndGet(-missed);
            } while (missed != 0);
        }

        @Override
        public void close() {
            cancelled = true;
            lock.lock();
            try {
                List<Object> list = new ArrayList<>(List.of(subscribers));
                list.remove(this);
                setSubscribers(list);
            } finally {
                lock.unlock();
            }
            queue.clear();
        }
    }

    /* ---------------- Closing ---------------- */

    @Override
    public void close() {
        List<Waiter> failed = new ArrayList<>();
        lock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            for (Set<Waiter> set : waiters.values()) {
                for (Waiter w : set) {
                    w.linked = false;
                    failed.add(w);
                }
            }
            waiters.clear();
            waiterCount = 0;
            // No event is published after this; events already queued (a subscribe's replay, the
            // event of a write before close) belong to calls that linearized before close and are
            // still delivered by the thread that queued them. Cancelling the subscribers here once
            // dropped the replay of a subscribe that raced close (found by the parallel events
            // property).
            subscribers = NO_SUBSCRIBERS;
        } finally {
            lock.unlock();
        }
        for (Waiter w : failed) {
            w.completeExceptionally(closedForWaiting(w.key));
        }
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    /* ---------------- Handles and checks ---------------- */

    private final class Handle implements Registration<K, P> {
        final K key;
        final P plugin;
        volatile boolean live = true; // written under lock

        Handle(K key, P plugin) {
            this.key = key;
            this.plugin = plugin;
        }

        @Override
        public K key() {
            return key;
        }

        @Override
        public P plugin() {
            return plugin;
        }

        @Override
        public boolean isActive() {
            return live;
        }

        @Override
        public void close() {
            if (live) {
                unregister(this);
            }
        }

        @Override
        public String toString() {
            return "Registration[" + key + " -> " + plugin + (live ? "" : ", closed") + "]";
        }
    }

    private void checkKey(K key) {
        keyRule.check(Objects.requireNonNull(key, "key"));
    }

    private static long checkTimeout(Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, was " + timeout
                    + "; for a check that does not wait use lookup(key) or require(key)");
        }
        if (timeout.compareTo(MAX_TIMEOUT) > 0) {
            throw new IllegalArgumentException("timeout " + timeout + " exceeds the maximum of " + MAX_TIMEOUT
                    + "; a wait that long is almost surely a unit mistake");
        }
        return timeout.toNanos();
    }

    @Override
    public String toString() {
        return "ConcurrentPluginRegistry[" + size + " registrations, " + current.size() + " keys"
                + (closed ? ", closed" : "") + "]";
    }
}
