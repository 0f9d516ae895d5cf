package io.nodeplugins.properties.engine.model;

import io.nodeplugins.properties.features.Semantics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The sequential specification of a node registry (C1-C3, C9): per node, the live registration
 * numbers, oldest first, with their priorities; which one is current follows the registry's
 * {@link Semantics} (stacking: the newest; replace: the only one, a registration replaces the
 * previous; priority: the highest priority, ties to the oldest); and whether the registry is
 * closed. Plugins are named by {@link Plugin#idOf(int) registration number}.
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
    private final boolean closed;
    private final int size;

    private RegistryModel(Semantics semantics, SortedMap<String, List<Integer>> stacks, Map<Integer, Integer> priorities,
                          boolean closed) {
        this.semantics = semantics;
        this.stacks = Collections.unmodifiableSortedMap(stacks);
        this.priorities = Collections.unmodifiableMap(priorities);
        this.closed = closed;
        int n = 0;
        for (List<Integer> stack : stacks.values()) {
            n += stack.size();
        }
        this.size = n;
    }

    /**
     * Returns the empty, open registry of the given semantics.
     *
     * @param semantics which live registration is current
     * @return the model
     */
    public static RegistryModel empty(Semantics semantics) {
        return new RegistryModel(Objects.requireNonNull(semantics, "semantics"), new TreeMap<>(), new HashMap<>(), false);
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
        return stack == null ? Optional.empty() : Optional.of(Plugin.idOf(currentOf(stack)));
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
            map.put(e.getKey(), Plugin.idOf(currentOf(e.getValue())));
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
        List<Integer> all = new ArrayList<>(size);
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
        return size;
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
        if (isLive(registration)) {
            throw new IllegalArgumentException("registration " + registration + " is already live");
        }
        SortedMap<String, List<Integer>> next = new TreeMap<>(stacks);
        Map<Integer, Integer> nextPriorities = new HashMap<>(priorities);
        List<Integer> stack = new ArrayList<>(stack(node));
        if (semantics == Semantics.REPLACE) {
            stack.forEach(nextPriorities::remove);
            stack.clear();
        }
        stack.add(registration);
        nextPriorities.put(registration, priority);
        next.put(node, List.copyOf(stack));
        return new RegistryModel(semantics, next, nextPriorities, closed);
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
        if (stack.isEmpty()) {
            next.remove(node.get());
        } else {
            next.put(node.get(), List.copyOf(stack));
        }
        return new RegistryModel(semantics, next, nextPriorities, closed);
    }

    /**
     * Returns the model after {@code close()} of the registry (C9): registrations stay readable.
     *
     * @return the closed model
     */
    public RegistryModel withClosed() {
        return closed ? this : new RegistryModel(semantics, new TreeMap<>(stacks), priorities, true);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RegistryModel m && closed == m.closed && semantics == m.semantics && stacks.equals(m.stacks)
                && priorities.equals(m.priorities);
    }

    @Override
    public int hashCode() {
        return (stacks.hashCode() * 31 + priorities.hashCode()) * 31 + Boolean.hashCode(closed);
    }

    @Override
    public String toString() {
        return "RegistryModel" + stacks + (semantics == Semantics.PRIORITY ? " priorities " + priorities : "")
                + (closed ? " closed" : "");
    }
}
