package io.nodeplugins.properties.engine.model;

import io.nodeplugins.properties.features.Semantics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The sequential specification of a node registry (C1-C3, C9): per node, the live registration
 * numbers, oldest first, with their priorities; which one is current follows the registry's
 * {@link Semantics} (stacking: the newest; replace: the only one, a registration replaces the
 * previous; priority: the highest priority, ties to the oldest); and whether the registry is
 * closed. Plugins are named by id: a registration's own ({@link Plugin#idOf(int)}), or that of the
 * instance it registers again.
 *
 * <p>Immutable, with value semantics ({@code equals}/{@code hashCode}), so that searches such as the
 * linearizability checker can memoise on it. Every {@code with...} method returns a new model and
 * shares nothing mutable with this one.
 */
public final class RegistryModel {

    /** The empty, open registry of stacking semantics (the reference's). */
    public static final RegistryModel EMPTY = empty(Semantics.STACKING);

    private final Semantics semantics;
    private final SortedMap<String, List<Integer>> stacks; // unmodifiable; no empty stack
    private final Map<Integer, Integer> priorities;         // live registration -> priority; unmodifiable
    private final Map<Integer, String> pluginIds;           // live registration -> its plugin's id; unmodifiable
    private final boolean closed;
    private final SortedMap<Integer, String> waiting;  // pending awaitAsync futures: waiter -> node; unmodifiable
    private final SortedMap<Integer, String> settled;  // finished futures: waiter -> how; unmodifiable
    // subscription -> its view once frozen by close(), empty while it follows the state; unmodifiable
    private final SortedMap<Integer, Optional<SortedMap<String, String>>> listeners;

    private RegistryModel(Semantics semantics, SortedMap<String, List<Integer>> stacks, Map<Integer, Integer> priorities,
                          Map<Integer, String> pluginIds, boolean closed, SortedMap<Integer, String> waiting,
                          SortedMap<Integer, String> settled,
                          SortedMap<Integer, Optional<SortedMap<String, String>>> listeners) {
        this.semantics = semantics;
        this.stacks = Collections.unmodifiableSortedMap(stacks);
        this.priorities = Collections.unmodifiableMap(priorities);
        this.pluginIds = Collections.unmodifiableMap(pluginIds);
        this.closed = closed;
        this.waiting = Collections.unmodifiableSortedMap(waiting);
        this.settled = Collections.unmodifiableSortedMap(settled);
        this.listeners = Collections.unmodifiableSortedMap(listeners);
    }

    /**
     * Returns the empty, open registry of the given semantics.
     *
     * @param semantics which live registration is current
     * @return the model
     */
    public static RegistryModel empty(Semantics semantics) {
        return new RegistryModel(Objects.requireNonNull(semantics, "semantics"), new TreeMap<>(), new HashMap<>(),
                new HashMap<>(), false, new TreeMap<>(), new TreeMap<>(), new TreeMap<>());
    }

    /**
     * Returns the semantics of this model.
     *
     * @return the semantics
     */
    public Semantics semantics() {
        return semantics;
    }

    /**
     * Returns the current plugin id of {@code node}: the live registration the semantics picks (C2).
     *
     * @param node the node
     * @return the plugin id, or empty if the node has no live registration
     */
    public Optional<String> current(String node) {
        List<Integer> stack = stacks.get(node);
        return stack == null ? Optional.empty() : Optional.of(pluginIds.get(currentOf(stack)));
    }

    /** The current registration of a non-empty stack, oldest first. */
    private int currentOf(List<Integer> stack) {
        if (semantics != Semantics.PRIORITY) {
            return stack.get(stack.size() - 1); // stacking: the newest; replace: the only one
        }
        int best = stack.get(0);
        for (int registration : stack) {
            if (priorities.get(registration) > priorities.get(best)) {
                best = registration; // strictly higher: ties stay with the oldest
            }
        }
        return best;
    }

    /**
     * Returns what {@code snapshot()} must return: each node with a live registration mapped to its
     * current plugin id, sorted by node.
     *
     * @return an unmodifiable sorted map
     */
    public SortedMap<String, String> currentPlugins() {
        SortedMap<String, String> map = new TreeMap<>();
        for (Map.Entry<String, List<Integer>> e : stacks.entrySet()) {
            map.put(e.getKey(), pluginIds.get(currentOf(e.getValue())));
        }
        return Collections.unmodifiableSortedMap(map);
    }

    /**
     * Returns the priority of a live registration.
     *
     * @param registration the registration number
     * @return its priority, or 0 if it is not live
     */
    public int priority(int registration) {
        return priorities.getOrDefault(registration, 0);
    }

    /**
     * Returns the live registration numbers of {@code node}, oldest first.
     *
     * @param node the node
     * @return an unmodifiable list, empty if none
     */
    public List<Integer> stack(String node) {
        return stacks.getOrDefault(node, List.of());
    }

    /**
     * Returns the nodes that have a live registration, sorted.
     *
     * @return the nodes
     */
    public List<String> nodes() {
        return List.copyOf(stacks.keySet());
    }

    /**
     * Returns every live registration number, by node and then oldest first.
     *
     * @return the live registrations
     */
    public List<Integer> liveRegistrations() {
        List<Integer> all = new ArrayList<>();
        for (List<Integer> stack : stacks.values()) {
            all.addAll(stack);
        }
        return all;
    }

    /**
     * Returns whether registration {@code registration} is live.
     *
     * @param registration the registration number
     * @return true if it was registered and not closed
     */
    public boolean isLive(int registration) {
        return nodeOf(registration).isPresent();
    }

    /**
     * Returns the node of a live registration.
     *
     * @param registration the registration number
     * @return its node, or empty if it is not live
     */
    public Optional<String> nodeOf(int registration) {
        for (Map.Entry<String, List<Integer>> e : stacks.entrySet()) {
            if (e.getValue().contains(registration)) {
                return Optional.of(e.getKey());
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the number of live registrations, stacked ones included ({@code size()}).
     *
     * @return the size
     */
    public int size() {
        int n = 0;
        for (List<Integer> stack : stacks.values()) {
            n += stack.size();
        }
        return n;
    }

    /**
     * Returns whether the registry is closed (C9).
     *
     * @return true after close
     */
    public boolean isClosed() {
        return closed;
    }

    /**
     * Returns the model after a successful {@code register} of priority 0 (see
     * {@link #withRegistered(String, int, int)}).
     *
     * @param node         the node
     * @param registration the new registration number; must not be live already
     * @return the new model
     */
    public RegistryModel withRegistered(String node, int registration) {
        return withRegistered(node, registration, 0);
    }

    /**
     * Returns the model after a successful {@code register} (C1, C2): the registration joins the
     * live ones of its node, newest last; under replace semantics it replaces them. The caller checks
     * that the registry is open and the node valid.
     *
     * @param node         the node
     * @param registration the new registration number; must not be live already
     * @param priority     its priority (counts under priority semantics only)
     * @return the new model
     */
    public RegistryModel withRegistered(String node, int registration, int priority) {
        return withRegistered(node, registration, priority, Plugin.idOf(registration));
    }

    /**
     * Returns the model after a successful {@code register} of the plugin named {@code pluginId}:
     * another registration's instance registered again, or a plugin of its own.
     *
     * @param node         the node
     * @param registration the new registration number; must not be live already
     * @param priority     its priority (counts under priority semantics only)
     * @param pluginId     the id of the plugin instance it registers
     * @return the new model
     */
    public RegistryModel withRegistered(String node, int registration, int priority, String pluginId) {
        if (isLive(registration)) {
            throw new IllegalArgumentException("registration " + registration + " is already live");
        }
        SortedMap<String, List<Integer>> next = new TreeMap<>(stacks);
        Map<Integer, Integer> nextPriorities = new HashMap<>(priorities);
        List<Integer> stack = new ArrayList<>(stack(node));
        Map<Integer, String> nextIds = new HashMap<>(pluginIds);
        if (semantics == Semantics.REPLACE) {
            stack.forEach(nextPriorities::remove);
            stack.forEach(nextIds::remove);
            stack.clear();
        }
        stack.add(registration);
        nextPriorities.put(registration, priority);
        nextIds.put(registration, pluginId);
        next.put(node, List.copyOf(stack));
        RegistryModel registered = new RegistryModel(semantics, next, nextPriorities, nextIds, closed, waiting, settled, listeners);
        return waiting.containsValue(node) ? registered.withWaitersOf(node, COMPLETED + registered.current(node).orElseThrow())
                : registered;
    }

    /** This model with every pending waiter of {@code node} settled as {@code how}. */
    private RegistryModel withWaitersOf(String node, String how) {
        SortedMap<Integer, String> nextWaiting = new TreeMap<>(waiting);
        SortedMap<Integer, String> nextSettled = new TreeMap<>(settled);
        waiting.forEach((waiter, n) -> {
            if (n.equals(node)) {
                nextWaiting.remove(waiter);
                nextSettled.put(waiter, how);
            }
        });
        return new RegistryModel(semantics, stacks, priorities, pluginIds, closed, nextWaiting, nextSettled, listeners);
    }

    /**
     * Returns the model after {@code Registration.close()} of {@code registration}: exactly that
     * registration goes (C3); if it was current the next newest becomes current (C2). Closing a
     * registration that is not live changes nothing (idempotent close), so this model is returned.
     *
     * @param registration the registration number
     * @return the new model
     */
    public RegistryModel withClosedHandle(int registration) {
        Optional<String> node = nodeOf(registration);
        if (node.isEmpty()) {
            return this;
        }
        SortedMap<String, List<Integer>> next = new TreeMap<>(stacks);
        Map<Integer, Integer> nextPriorities = new HashMap<>(priorities);
        List<Integer> stack = new ArrayList<>(stack(node.get()));
        stack.remove(Integer.valueOf(registration));
        nextPriorities.remove(registration);
        Map<Integer, String> nextIds = new HashMap<>(pluginIds);
        nextIds.remove(registration);
        if (stack.isEmpty()) {
            next.remove(node.get());
        } else {
            next.put(node.get(), List.copyOf(stack));
        }
        return new RegistryModel(semantics, next, nextPriorities, nextIds, closed, waiting, settled, listeners);
    }

    /**
     * Returns the model after {@code close()} of the registry (C9): registrations stay readable.
     *
     * @return the closed model
     */
    public RegistryModel withClosed() {
        if (closed) {
            return this;
        }
        SortedMap<Integer, String> nextSettled = new TreeMap<>(settled);
        waiting.keySet().forEach(waiter -> nextSettled.put(waiter, FAILED_CLOSED));
        Optional<SortedMap<String, String>> atClose = Optional.of(currentPlugins());
        SortedMap<Integer, Optional<SortedMap<String, String>>> frozen = new TreeMap<>();
        listeners.keySet().forEach(s -> frozen.put(s, atClose));
        return new RegistryModel(semantics, new TreeMap<>(stacks), priorities, pluginIds, true, new TreeMap<>(), nextSettled, frozen);
    }

    /** How a future completed by a registration settles: followed by the plugin id. */
    public static final String COMPLETED = "completed ";

    /** How a pending future settles when the registry closes (C9). */
    public static final String FAILED_CLOSED = "failed IllegalStateException";

    /** How a future that is still waiting reads. */
    public static final String PENDING = "pending";

    /** How a waiter that was never created reads (its awaitAsync failed, or comes later). */
    public static final String UNKNOWN = "unknown waiter";

    /**
     * Returns the model after a successful {@code awaitAsync(node, timeout)} as waiter {@code waiter}
     * (C6): settled at once if the node has a plugin, else pending until a registration of the node
     * completes it or {@code close()} fails it. Timeouts are long enough never to expire in a run.
     *
     * @param waiter the waiter number
     * @param node   the node it waits for
     * @return the new model
     */
    public RegistryModel withWaiter(int waiter, String node) {
        SortedMap<Integer, String> nextWaiting = new TreeMap<>(waiting);
        SortedMap<Integer, String> nextSettled = new TreeMap<>(settled);
        Optional<String> present = current(node);
        if (present.isPresent()) {
            nextSettled.put(waiter, COMPLETED + present.get());
        } else {
            nextWaiting.put(waiter, node);
        }
        return new RegistryModel(semantics, stacks, priorities, pluginIds, closed, nextWaiting, nextSettled, listeners);
    }

    /**
     * Returns how waiter {@code waiter}'s future reads now.
     *
     * @param waiter the waiter number
     * @return {@link #PENDING}, {@link #COMPLETED} and the plugin id, {@link #FAILED_CLOSED}, or {@link #UNKNOWN}
     */
    public String waiterState(int waiter) {
        return waiting.containsKey(waiter) ? PENDING : settled.getOrDefault(waiter, UNKNOWN);
    }

    /**
     * Returns how many futures are pending: what {@code pendingWaiters()} must say once no blocking
     * await is in progress (C6).
     *
     * @return the pending waiters
     */
    public int pendingWaiters() {
        return waiting.size();
    }

    /**
     * Returns the numbers of the futures still pending.
     *
     * @return the waiter numbers, ascending
     */
    public Set<Integer> pendingWaiterNumbers() {
        return waiting.keySet();
    }

    /**
     * Returns the model after a successful {@code subscribe} as subscription {@code subscription}
     * (C8): its listener follows the state from now on.
     *
     * @param subscription the subscription number
     * @return the new model
     */
    public RegistryModel withListener(int subscription) {
        SortedMap<Integer, Optional<SortedMap<String, String>>> next = new TreeMap<>(listeners);
        next.put(subscription, Optional.empty());
        return new RegistryModel(semantics, stacks, priorities, pluginIds, closed, waiting, settled, next);
    }

    /**
     * Returns the model after {@code Subscription.close()} of {@code subscription}: its listener
     * receives nothing more, and its view is no longer checked.
     *
     * @param subscription the subscription number
     * @return the new model
     */
    public RegistryModel withoutListener(int subscription) {
        if (!listeners.containsKey(subscription)) {
            return this;
        }
        SortedMap<Integer, Optional<SortedMap<String, String>>> next = new TreeMap<>(listeners);
        next.remove(subscription);
        return new RegistryModel(semantics, stacks, priorities, pluginIds, closed, waiting, settled, next);
    }

    /**
     * Returns what subscription {@code subscription}'s listener must have rebuilt from the replay and
     * the events (C8): the current plugins while it follows the state, the state at {@code close()}
     * once the registry is closed (C9), or empty if it does not listen (unknown or unsubscribed).
     *
     * @param subscription the subscription number
     * @return node to plugin id, sorted; empty if the listener is not checked
     */
    public Optional<SortedMap<String, String>> listenerView(int subscription) {
        Optional<SortedMap<String, String>> view = listeners.get(subscription);
        return view == null ? Optional.empty() : Optional.of(view.orElseGet(this::currentPlugins));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RegistryModel m && closed == m.closed && semantics == m.semantics && stacks.equals(m.stacks)
                && priorities.equals(m.priorities) && pluginIds.equals(m.pluginIds) && waiting.equals(m.waiting) && settled.equals(m.settled)
                && listeners.equals(m.listeners);
    }

    @Override
    public int hashCode() {
        return ((stacks.hashCode() * 31 + priorities.hashCode() + 3 * pluginIds.hashCode()) * 31 + Boolean.hashCode(closed)) * 31
                + waiting.hashCode() + 7 * settled.hashCode() + 11 * listeners.hashCode();
    }

    @Override
    public String toString() {
        return "RegistryModel" + stacks + (semantics == Semantics.PRIORITY ? " priorities " + priorities : "")
                + (closed ? " closed" : "") + (waiting.isEmpty() ? "" : " waiting " + waiting);
    }
}
