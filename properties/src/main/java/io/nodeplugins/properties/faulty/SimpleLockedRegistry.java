package io.nodeplugins.properties.faulty;

import io.nodeplugins.registry.NodeNames;
import io.nodeplugins.registry.PluginEvent;
import io.nodeplugins.registry.PluginListener;
import io.nodeplugins.registry.PluginNotRegisteredException;
import io.nodeplugins.registry.PluginRegistry;
import io.nodeplugins.registry.Registration;
import io.nodeplugins.registry.Subscription;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A small, slow and correct node registry: one monitor guards all state, so it meets every clause
 * C1..C10 of the contract. It is the common base of the faulty registries of this package: each of
 * them overrides one protected hook to break exactly one clause, so the bug is the only difference
 * from this class and fits on one screen. Every method is thread-safe and linearizable; reads take
 * the lock too, which is why this is not meant for production.
 *
 * @param <P> the plugin type
 */
public class SimpleLockedRegistry<P> implements PluginRegistry<String, P> {

    /*
     * Implementation overview
     *
     * One monitor, `lock`, guards every field below; every public method takes it. Listener calls
     * and waiter completions happen after it is released, because a listener or a dependent action
     * of an awaitAsync future may call back into the registry from another thread.
     *
     * Stacks are immutable lists of handles, oldest first, replaced as a whole on every change, so
     * a hook can spell out a read-copy-put (and a faulty one can split it). `stacks` is a
     * ConcurrentHashMap only so that a faulty snapshot may iterate it without the lock; here it is
     * always read and written under the lock.
     *
     * Waiters are CompletableFutures linked per key. Whoever completes one (a registration, the
     * timeout, a cancel, close) triggers forget(), which unlinks it: nothing is left behind.
     *
     * Events are queued per subscriber under the lock, so queue order is linearization order, and
     * drained outside it by one thread at a time (Subscriber.drain), so a listener is never called
     * concurrently and may call the registry re-entrantly.
     */

    private static final System.Logger LOG = System.getLogger(SimpleLockedRegistry.class.getName());

    /** Guards every field of the registry. */
    protected final Object lock = new Object();

    /**
     * Live registrations per key, oldest first; never an empty list. Guarded by {@link #lock};
     * replaced as a whole only by {@link UnsynchronizedMapRegistry} and {@link RacyLazyInitRegistry}.
     */
    protected Map<String, List<Handle>> stacks;

    /** The current plugin of each key as the events announced it; guarded by lock. */
    private final Map<String, P> announced = new HashMap<>();

    private final Map<String, List<Waiter>> waiters = new HashMap<>(); // guarded by lock
    /** Written under the lock, iterated without it: a CopyOnWriteArrayList but for PlainListenerListRegistry. */
    private final List<Subscriber> subscribers;
    private volatile boolean closed; // written under lock

    /** Creates an empty registry. */
    public SimpleLockedRegistry() {
        this(new ConcurrentHashMap<>());
    }

    /**
     * Creates an empty registry that keeps its stacks in {@code stacks}.
     *
     * @param stacks an empty map
     */
    protected SimpleLockedRegistry(Map<String, List<Handle>> stacks) {
        this(stacks, new CopyOnWriteArrayList<>());
    }

    /**
     * Creates an empty registry that keeps its stacks in {@code stacks} and its subscribers in
     * {@code subscribers}.
     *
     * @param stacks      an empty map
     * @param subscribers an empty list; it is written under the lock and iterated without it, so
     *                    only a list safe for that (a {@link CopyOnWriteArrayList}) is correct
     */
    protected SimpleLockedRegistry(Map<String, List<Handle>> stacks, List<Subscriber> subscribers) {
        this.stacks = stacks;
        this.subscribers = subscribers;
    }

    /* ---------------- Registration ---------------- */

    @Override
    public Registration<String, P> register(String key, P plugin) {
        checkKey(key);
        Objects.requireNonNull(plugin, "plugin");
        return store(key, plugin);
    }

    /**
     * Hook: stores a validated registration and makes it current, atomically.
     *
     * @param key    a valid node name
     * @param plugin the plugin
     * @return the new handle
     */
    protected Registration<String, P> store(String key, P plugin) {
        Handle handle = new Handle(key, plugin);
        afterWrite(link(handle, plugin), plugin);
        return handle;
    }

    /**
     * Pushes {@code handle} on its key's stack and announces {@code plugin} as current, in one
     * critical section.
     *
     * @param handle the new handle
     * @param plugin its plugin
     * @return the waiters released, to be completed by {@link #afterWrite} once the lock is free
     * @throws IllegalStateException if the registry is closed
     */
    private List<Waiter> link(Handle handle, P plugin) {
        synchronized (lock) {
            checkOpenForRegistration(handle.key);
            stacks.put(handle.key, stackWith(stacks.get(handle.key), handle));
            return becameCurrent(handle.key, plugin);
        }
    }

    /**
     * Hook: the stack after pushing {@code handle}.
     *
     * @param stack  the key's stack, or null if it has none
     * @param handle the new registration
     * @return the new stack, newest last
     */
    protected List<Handle> stackWith(List<Handle> stack, Handle handle) {
        List<Handle> copy = stack == null ? new ArrayList<>() : new ArrayList<>(stack);
        copy.add(handle);
        return List.copyOf(copy);
    }

    /**
     * Hook: the stack after removing {@code handle}.
     *
     * @param stack  the key's stack, possibly empty
     * @param handle the closed registration
     * @return the stack without exactly that registration (by identity)
     */
    protected List<Handle> stackWithout(List<Handle> stack, Handle handle) {
        List<Handle> copy = new ArrayList<>(stack);
        copy.removeIf(h -> h == handle);
        return List.copyOf(copy);
    }

    /**
     * Releases the key's waiters and queues a {@code CURRENT} event; the caller holds the lock.
     *
     * @param key    the key
     * @param plugin its new current plugin
     * @return the released waiters
     */
    protected List<Waiter> becameCurrent(String key, P plugin) {
        publish(PluginEvent.current(key, plugin));
        List<Waiter> released = waiters.remove(key);
        return released == null ? List.of() : released;
    }

    /**
     * Completes released waiters and delivers queued events; the caller must not hold the lock.
     *
     * @param released the waiters to complete
     * @param plugin   the plugin they get
     */
    protected void afterWrite(List<Waiter> released, P plugin) {
        for (Waiter waiter : released) {
            waiter.complete(plugin);
        }
        deliverEvents();
    }

    private void unlink(Handle handle) {
        synchronized (lock) {
            if (!handle.live) {
                return;
            }
            handle.live = false;
            P before = currentPlugin(handle.key);
            List<Handle> stack = stacks.getOrDefault(handle.key, List.of());
            List<Handle> rest = stackWithout(stack, handle);
            if (rest.isEmpty()) {
                stacks.remove(handle.key);
            } else {
                stacks.put(handle.key, rest);
            }
            P after = currentPlugin(handle.key);
            if (before != after) {
                publish(after == null ? PluginEvent.removed(handle.key) : PluginEvent.current(handle.key, after));
            }
        }
        deliverEvents();
    }

    /* ---------------- Reads ---------------- */

    @Override
    public Optional<P> lookup(String key) {
        checkKey(key);
        synchronized (lock) {
            Handle top = top(stacks.get(key));
            return top == null ? Optional.empty() : Optional.of(top.plugin);
        }
    }

    @Override
    public P require(String key) {
        return lookup(key).orElseThrow(() -> PluginNotRegisteredException.notRegistered(key, snapshot().keySet()));
    }

    @Override
    public Map<String, P> snapshot() {
        synchronized (lock) {
            Map<String, P> copy = new HashMap<>();
            stacks.keySet().forEach(key -> putCurrent(copy, key));
            return Map.copyOf(copy);
        }
    }

    @Override
    public int size() {
        synchronized (lock) {
            int size = 0;
            for (List<Handle> stack : stacks.values()) {
                size += stack.size();
            }
            return size;
        }
    }

    /* ---------------- Waiting ---------------- */

    @Override
    public P await(String key, Duration timeout) throws InterruptedException {
        long nanos = checkTimeout(timeout);
        checkKey(key);
        Waiter waiter = enqueueWaiter(key);
        try {
            return waiter.get(nanos, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            waiter.completeExceptionally(PluginNotRegisteredException.timedOut(key, snapshot().keySet(), timeout));
            return resultOf(waiter); // the plugin, if it won the race against the timeout
        } catch (InterruptedException e) {
            waiter.cancel(false);
            throw e;
        } catch (ExecutionException e) {
            throw rethrow(e.getCause());
        }
    }

    @Override
    public CompletableFuture<P> awaitAsync(String key, Duration timeout) {
        long nanos = checkTimeout(timeout);
        checkKey(key);
        Waiter waiter = enqueueWaiter(key);
        if (!waiter.isDone()) {
            ScheduledFuture<?> timer = TIMER.schedule(() -> waiter.completeExceptionally(
                    PluginNotRegisteredException.timedOut(key, snapshot().keySet(), timeout)), nanos, TimeUnit.NANOSECONDS);
            waiter.whenComplete((p, t) -> timer.cancel(false));
        }
        return waiter;
    }

    /**
     * Hook: returns a waiter for {@code key}, completed if the key has a plugin, else linked so
     * that the next registration releases it. Checks and links in one critical section.
     *
     * @param key a valid node name
     * @return the waiter
     * @throws IllegalStateException if the registry is closed
     */
    protected Waiter enqueueWaiter(String key) {
        Waiter waiter = new Waiter(key);
        synchronized (lock) {
            P plugin = currentPlugin(key);
            if (plugin != null) {
                waiter.complete(plugin);
                return waiter;
            }
            linkWaiter(waiter);
        }
        return waiter;
    }

    /**
     * Links a waiter so that the next registration of its key releases it; the caller holds the
     * lock. Any completion of the waiter unlinks it through {@link #forget}.
     *
     * @param waiter the new waiter
     * @throws IllegalStateException if the registry is closed
     */
    protected void linkWaiter(Waiter waiter) {
        if (closed) {
            throw closedForWaiting(waiter.key);
        }
        waiters.computeIfAbsent(waiter.key, k -> new ArrayList<>()).add(waiter);
        waiter.whenComplete((p, t) -> forget(waiter));
    }

    /**
     * Hook: unlinks a completed waiter (plugin, timeout, interrupt, cancel or close).
     *
     * @param waiter the waiter
     */
    protected void forget(Waiter waiter) {
        synchronized (lock) {
            List<Waiter> list = waiters.get(waiter.key);
            if (list != null && list.remove(waiter) && list.isEmpty()) {
                waiters.remove(waiter.key);
            }
        }
    }

    @Override
    public int pendingWaiters() {
        synchronized (lock) {
            int count = 0;
            for (List<Waiter> list : waiters.values()) {
                count += list.size();
            }
            return count;
        }
    }

    private P resultOf(Waiter waiter) {
        try {
            return waiter.join();
        } catch (CompletionException e) {
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

    /** A pending await of one key. */
    protected final class Waiter extends CompletableFuture<P> {
        final String key;

        Waiter(String key) {
            this.key = key;
        }
    }

    /** One daemon timer for the async timeouts of every registry of this package. */
    private static final ScheduledThreadPoolExecutor TIMER = createTimer();

    private static ScheduledThreadPoolExecutor createTimer() {
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "faulty-registry-timer");
            t.setDaemon(true);
            return t;
        });
        timer.setRemoveOnCancelPolicy(true);
        return timer;
    }

    /* ---------------- Subscriptions ---------------- */

    @Override
    public Subscription subscribe(PluginListener<String, P> listener) {
        Subscriber subscriber = new Subscriber(Objects.requireNonNull(listener, "listener"));
        synchronized (lock) {
            replayTo(subscriber);
            addSubscriber(subscriber);
        }
        subscriber.drain();
        return subscriber;
    }

    /**
     * Queues one {@code INITIAL} event per key for a new subscriber; the caller holds the lock.
     *
     * @param subscriber the new subscriber
     * @throws IllegalStateException if the registry is closed
     */
    protected void replayTo(Subscriber subscriber) {
        if (closed) {
            throw new IllegalStateException("registry is closed: subscribe before close()");
        }
        Map<String, P> state = new HashMap<>();
        stacks.keySet().forEach(key -> putCurrent(state, key));
        state.forEach((key, plugin) -> subscriber.enqueue(PluginEvent.initial(key, plugin)));
    }

    /**
     * Adds a subscriber whose replay is queued; the caller holds the lock.
     *
     * @param subscriber the subscriber
     */
    protected void addSubscriber(Subscriber subscriber) {
        subscribers.add(subscriber);
    }

    /**
     * Hook: queues an event for every subscriber, unless it changes nothing visible (the same plugin
     * instance current again: registered twice, or revealed by closing its newer registration); the
     * caller holds the lock, so queue order is linearization order.
     *
     * @param event the change
     */
    protected void publish(PluginEvent<String, P> event) {
        P plugin = event.plugin().orElse(null);
        if (plugin != null && announced.get(event.key()) == plugin) {
            return;
        }
        if (plugin == null) {
            announced.remove(event.key());
        } else {
            announced.put(event.key(), plugin);
        }
        for (Subscriber s : subscribers) {
            s.enqueue(event);
        }
    }

    /** Hook: delivers every subscriber's queued events; the caller must not hold the lock. */
    protected void deliverEvents() {
        for (Subscriber s : subscribers) {
            s.drain();
        }
    }

    /**
     * Hook: what happens when a listener throws; the caller does not hold the lock. Here the
     * failure is logged and the listener stays subscribed, so it harms neither the registry nor
     * other listeners (C8).
     *
     * @param event   the event the listener threw on
     * @param failure what it threw
     */
    protected void listenerThrew(PluginEvent<String, P> event, Throwable failure) {
        LOG.log(Level.DEBUG, "listener threw on " + event + "; it stays subscribed", failure);
    }

    /** A listener with its queue of undelivered events. */
    protected final class Subscriber implements Subscription {
        private final PluginListener<String, P> listener;
        private final Queue<PluginEvent<String, P>> queue = new ArrayDeque<>(); // guarded by this
        private boolean draining; // guarded by this
        private volatile boolean cancelled;

        Subscriber(PluginListener<String, P> listener) {
            this.listener = listener;
        }

        synchronized void enqueue(PluginEvent<String, P> event) {
            queue.add(event);
        }

        /** Delivers queued events unless another thread (or an outer call in this one) already does. */
        void drain() {
            synchronized (this) {
                if (draining) {
                    return;
                }
                draining = true;
            }
            boolean emptied = false;
            try {
                while (true) {
                    PluginEvent<String, P> event;
                    synchronized (this) {
                        event = cancelled ? null : queue.poll();
                        if (event == null) {
                            draining = false; // in the same critical section as the empty poll: no event is stranded
                            emptied = true;
                            return;
                        }
                    }
                    try {
                        listener.onEvent(event);
                    } catch (Throwable t) {
                        listenerThrew(event, t);
                    }
                }
            } finally {
                if (!emptied) { // listenerThrew threw: let the next write deliver the rest
                    synchronized (this) {
                        draining = false;
                    }
                }
            }
        }

        @Override
        public void close() {
            cancelled = true;
            synchronized (lock) {
                subscribers.remove(this);
            }
            synchronized (this) {
                queue.clear();
            }
        }
    }

    /* ---------------- Closing ---------------- */

    @Override
    public void close() {
        List<Waiter> failed = new ArrayList<>();
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            waiters.values().forEach(failed::addAll);
            waiters.clear();
            for (Subscriber s : subscribers) {
                s.cancelled = true;
            }
            subscribers.clear();
        }
        for (Waiter waiter : failed) {
            waiter.completeExceptionally(closedForWaiting(waiter.key));
        }
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    /* ---------------- Handles and checks ---------------- */

    /** A registration handle; closing it removes exactly this registration. */
    protected final class Handle implements Registration<String, P> {
        final String key;
        /** Set before the handle is linked, except by {@link RacyPublicationRegistry}. */
        P plugin;
        private boolean live = true; // guarded by lock

        Handle(String key, P plugin) {
            this.key = key;
            this.plugin = plugin;
        }

        @Override
        public String key() {
            return key;
        }

        @Override
        public P plugin() {
            return plugin;
        }

        @Override
        public boolean isActive() {
            synchronized (lock) {
                return live;
            }
        }

        @Override
        public void close() {
            unlink(this);
        }

        @Override
        public String toString() {
            return "Registration[" + key + " -> " + plugin + "]";
        }
    }

    /**
     * Returns the current plugin of {@code key}, or null; the caller holds the lock.
     *
     * @param key the key
     * @return the plugin or null
     */
    protected P currentPlugin(String key) {
        List<Handle> stack = stacks.get(key);
        for (int i = stack == null ? -1 : stack.size() - 1; i >= 0; i--) {
            if (stack.get(i).plugin != null) { // RacyPublicationRegistry: one still being registered is not current yet
                return stack.get(i).plugin;
            }
        }
        return null;
    }

    private void putCurrent(Map<String, P> state, String key) {
        P plugin = currentPlugin(key);
        if (plugin != null) { // null only while RacyPublicationRegistry is registering it: not current yet
            state.put(key, plugin);
        }
    }

    /**
     * Throws if the registry is closed; the caller holds the lock.
     *
     * @param key the key being registered
     * @throws IllegalStateException if closed
     */
    protected void checkOpenForRegistration(String key) {
        if (closed) {
            throw new IllegalStateException("registry is closed: it accepts no registration after close() (key '"
                    + key + "')");
        }
    }

    /**
     * Returns the exception a waiter gets when the registry is or becomes closed (C9).
     *
     * @param key the awaited key
     * @return the exception, naming the key
     */
    protected static IllegalStateException closedForWaiting(String key) {
        return new IllegalStateException("registry is closed: no plugin can be registered for key '" + key
                + "' any more, so waiting for it is pointless");
    }

    /**
     * Returns the newest handle of a stack.
     *
     * @param stack a stack, or null
     * @return its newest handle, or null if there is none
     */
    private Handle top(List<Handle> stack) {
        return stack == null || stack.isEmpty() ? null : stack.get(stack.size() - 1);
    }

    /**
     * Checks a key the way every node registry must (C10).
     *
     * @param key the key
     * @throws NullPointerException     naming {@code key} if it is null
     * @throws IllegalArgumentException if it is not a valid node name
     */
    protected static void checkKey(String key) {
        NodeNames.check(Objects.requireNonNull(key, "key"));
    }

    /**
     * Checks a timeout the way every registry must (C10).
     *
     * @param timeout the timeout
     * @return it in nanoseconds
     * @throws NullPointerException     naming {@code timeout} if it is null
     * @throws IllegalArgumentException if it is not positive or exceeds {@link #MAX_TIMEOUT}
     */
    protected static long checkTimeout(Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, was " + timeout);
        }
        if (timeout.compareTo(MAX_TIMEOUT) > 0) {
            throw new IllegalArgumentException("timeout " + timeout + " exceeds the maximum of " + MAX_TIMEOUT);
        }
        return timeout.toNanos();
    }

    /** Makes {@link SimpleLockedRegistry} instances, the correct baseline of the faulty ones. */
    public static final class Factory extends FaultyRegistryFactory {
        /** Creates the factory. */
        public Factory() {
            super(SimpleLockedRegistry::new);
        }
    }

    @Override
    public String toString() {
        synchronized (lock) {
            return getClass().getSimpleName() + stacks.keySet();
        }
    }
}
