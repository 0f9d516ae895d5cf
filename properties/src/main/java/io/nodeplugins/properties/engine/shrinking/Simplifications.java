package io.nodeplugins.properties.engine.shrinking;

import io.nodeplugins.properties.features.KeySpace;
import io.nodeplugins.properties.engine.model.Command;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The argument simplifications both shrinkers (sequential and parallel) try on a failing scenario:
 * registrations and subscriptions renumbered 1, 2, 3 in order of appearance, and nodes renamed
 * towards the front of the key space's valid keys without merging two nodes. Stateless.
 */
public final class Simplifications {

    private Simplifications() {
    }

    /**
     * Returns the renumbering that numbers the registrations and subscriptions of {@code commands}
     * 1, 2, 3 in the order they first appear; apply it to every command of the scenario. A number
     * that is only referred to (the instance a removed registration registered, reused by a later
     * one) is numbered after all those that appear, in the order it is first referred to. The
     * renumbering is a fixed map: it does not depend on the order it is applied in.
     *
     * @param commands every command of the scenario, in order
     * @return the renumbering of one command
     */
    public static UnaryOperator<Command> renumbering(List<Command> commands) {
        Map<Integer, Integer> registrations = new HashMap<>();
        Map<Integer, Integer> subscriptions = new HashMap<>();
        for (Command c : commands) {
            c.registrations().forEach(n -> registrations.putIfAbsent(n, registrations.size() + 1));
            c.subscriptions().forEach(n -> subscriptions.putIfAbsent(n, subscriptions.size() + 1));
        }
        // a registration that reuses (or equals) one the shrinker removed keeps a number of its own
        for (Command c : commands) {
            c.renumbered(n -> registrations.computeIfAbsent(n, k -> registrations.size() + 1),
                    n -> subscriptions.computeIfAbsent(n, k -> subscriptions.size() + 1));
        }
        return c -> c.renumbered(registrations::get, subscriptions::get);
    }

    /**
     * Returns candidates for a simpler command sequence of the same length: registration and
     * subscription numbers renumbered 1, 2, 3 in order of appearance; one node renamed to the
     * simplest name the sequence does not use yet.
     *
     * @param commands the sequence
     * @return the candidates, possibly none
     */
    public static List<List<Command>> sequences(List<Command> commands, KeySpace keys) {
        List<List<Command>> candidates = new ArrayList<>();
        List<Command> renumbered = commands.stream().map(renumbering(commands)).toList();
        if (!renumbered.equals(commands)) {
            candidates.add(renumbered);
        }
        Set<String> used = nodesOf(commands);
        for (String from : used) {
            simplerNames(from, used, keys).stream().findFirst()
                    .ifPresent(to -> candidates.add(commands.stream().map(c -> c.withNode(from, to)).toList()));
        }
        return candidates;
    }

    /**
     * Returns the nodes {@code commands} name, in order of first appearance.
     *
     * @param commands the commands
     * @return the nodes, a new set the caller may change
     */
    public static Set<String> nodesOf(List<Command> commands) {
        Set<String> nodes = new LinkedHashSet<>();
        commands.forEach(c -> nodes.addAll(c.nodes()));
        return nodes;
    }

    /**
     * Returns the valid keys simpler than {@code node} (nearer the front of the key space's valid
     * keys) that {@code used} does not contain, simplest first.
     *
     * @param node the node to rename
     * @param used the nodes the scenario names
     * @param keys the key space
     * @return the candidate names; empty if none is simpler and free
     */
    public static List<String> simplerNames(String node, Set<String> used, KeySpace keys) {
        List<String> valid = keys.valid();
        int rank = valid.indexOf(node);
        return valid.subList(0, rank < 0 ? valid.size() : rank).stream().filter(name -> !used.contains(name)).toList();
    }
}
