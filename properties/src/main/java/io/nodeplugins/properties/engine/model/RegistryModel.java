package io.nodeplugins.properties.engine.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The sequential specification of a node registry (C1-C3, C9): per node, the stack of live
 * registration numbers, oldest first and newest (the current one) last; and whether the registry
 * is closed. Plugins are named by {@link Plugin#idOf(int) registration number}.
 *
 * <p>Immutable, with value semantics ({@code equals}/{@code hashCode}), so that searches such as the
 * linearizability checker can memoise on it. Every {@code with...} method returns a new model and
 * shares nothing mutable with this one.
 */
public final class RegistryModel {

    /** The empty, open registry. */
    public static final RegistryModel EMPTY = new RegistryModel(new TreeMap<>(), false);

    private final SortedMap<String, List<Integer>> stacks; // unmodifiable; no empty stack
    private final boolean closed;
    private final int size;

    private RegistryModel(SortedMap<String, List<Integer>> stacks, boolean closed) {
        this.stacks = Collections.unmodifiableSortedMap(stacks);
        this.closed = closed;
        int n = 0;
        for (List<Integer> stack : stacks.values()) {
            n += stack.size();
        }
        this.size = n;
    }

    /**
     * Returns the current plugin id of {@code node}: the newest live registration (C2).
     *
     * @param node the node
     * @return the plugin id, or empty if the node has no live registration
     */
    public Optional<String> current(String node) {
        List<Integer> stack = stacks.get(node);
        return stack == null ? Optional.empty() : Optional.of(Plugin.idOf(stack.get(stack.size() - 1)));
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
            map.put(e.getKey(), Plugin.idOf(e.getValue().get(e.getValue().size() - 1)));
        }
        return Collections.unmodifiableSortedMap(map);
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
     * Returns the model after a successful {@code register}: the registration becomes the newest of
     * its node (C1, C2). The caller checks that the registry is open and the node valid.
     *
     * @param node         the node
     * @param registration the new registration number; must not be live already
     * @return the new model
     */
    public RegistryModel withRegistered(String node, int registration) {
        if (isLive(registration)) {
            throw new IllegalArgumentException("registration " + registration + " is already live");
        }
        SortedMap<String, List<Integer>> next = new TreeMap<>(stacks);
        List<Integer> stack = new ArrayList<>(stack(node));
        stack.add(registration);
        next.put(node, List.copyOf(stack));
        return new RegistryModel(next, closed);
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
        List<Integer> stack = new ArrayList<>(stack(node.get()));
        stack.remove(Integer.valueOf(registration));
        if (stack.isEmpty()) {
            next.remove(node.get());
        } else {
            next.put(node.get(), List.copyOf(stack));
        }
        return new RegistryModel(next, closed);
    }

    /**
     * Returns the model after {@code close()} of the registry (C9): registrations stay readable.
     *
     * @return the closed model
     */
    public RegistryModel withClosed() {
        return closed ? this : new RegistryModel(new TreeMap<>(stacks), true);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RegistryModel && closed == ((RegistryModel) o).closed
                && stacks.equals(((RegistryModel) o).stacks);
    }

    @Override
    public int hashCode() {
        return stacks.hashCode() * 31 + Boolean.hashCode(closed);
    }

    @Override
    public String toString() {
        return "RegistryModel" + stacks + (closed ? " closed" : "");
    }
}
