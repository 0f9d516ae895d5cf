package io.nodeplugins.properties.engine.model;

import io.nodeplugins.properties.features.KeySpace;

import java.util.List;
import java.util.Set;
import java.util.function.IntUnaryOperator;

/**
 * One operation on a node registry, as a value: it can run itself against a real registry
 * ({@link #run}) and say what the sequential specification expects ({@link #apply}). A run is
 * correct when, step by step, {@code run(context)} equals {@code apply(model).expected()}.
 *
 * <p>Every command is defined in every model state (a close of an unknown handle does nothing, an
 * unsubscribe of an unknown subscription does nothing), so any subsequence of a valid sequence is
 * valid too; shrinking relies on this. Commands are immutable records.
 */
public sealed interface Command permits Register, CloseHandle, Lookup, Require, Await, AwaitAsyncCancel, AwaitAsync,
        CheckWaiter, PendingWaiters, Snapshot, Size, Subscribe, Unsubscribe, ListenerView, CloseRegistry, BadInput {

    /**
     * Runs this command against the registry of {@code context} and reports what happened.
     * Exceptions thrown by the registry become the outcome; they do not escape.
     *
     * @param context the run's registry, handles and subscriptions
     * @return the observed outcome
     */
    Outcome run(RunContext context);

    /**
     * Returns this command's outcome as a parallel run records it once every thread has returned:
     * by default what {@link #run} returned. A command whose result the contract lets another thread
     * finish after the call returns (a subscribe's replay) reads it again here.
     *
     * @param observed what {@link #run} returned
     * @param context  the run's context, quiescent
     * @return the outcome to check
     */
    default Outcome settled(Outcome observed, RunContext context) {
        return observed;
    }

    /**
     * Applies this command to the sequential specification.
     *
     * @param model the state before the command
     * @return the expected outcome and the state after it
     */
    Transition apply(RegistryModel model);

    /**
     * Renders this command as a line of Java a reader can paste into a test.
     *
     * @return the Java statement, without a trailing comment
     */
    String toJava();

    /**
     * Returns the nodes this command reads or writes by name. A command that {@link #observesAllNodes()
     * observes all nodes} may depend on more.
     *
     * @return the nodes; empty (the default) for commands that name none
     */
    default Set<String> nodes() {
        return Set.of();
    }

    /**
     * Returns whether the outcome or effect of this command can depend on every node, not only on
     * {@link #nodes()}: snapshot, size, subscribe, close of the registry, and a missing-plugin
     * exception, whose message lists every registered node. Histories can be split per node only
     * around commands for which this is false.
     *
     * @return true if the command is global; by default, if it names no node
     */
    default boolean observesAllNodes() {
        return nodes().isEmpty();
    }

    /**
     * Returns this command with node {@code from} renamed to {@code to}, for shrinking.
     *
     * @param from the node to rename
     * @param to   the new name
     * @return the renamed command, or this command if it does not name {@code from}
     */
    default Command withNode(String from, String to) {
        return this;
    }

    /**
     * Returns this command with its registration and subscription numbers mapped, for shrinking:
     * a minimal scenario reads better numbered 1, 2, 3. The mapping must be injective.
     *
     * @param registrations maps registration numbers
     * @param subscriptions maps subscription numbers
     * @return the renumbered command, or this command if it carries no number
     */
    default Command renumbered(IntUnaryOperator registrations, IntUnaryOperator subscriptions) {
        return this;
    }

    /**
     * Returns the registration numbers this command names.
     *
     * @return the numbers; empty by default
     */
    default List<Integer> registrations() {
        return List.of();
    }

    /**
     * Returns the subscription numbers this command names.
     *
     * @return the numbers; empty by default
     */
    default List<Integer> subscriptions() {
        return List.of();
    }

    /**
     * Returns simpler variants of this command's arguments, simplest first, for shrinking.
     *
     * @param keys the key space of the registry under test (for simpler keys that are still malformed)
     * @return the candidates; empty if the arguments are as simple as they get
     */
    default List<Command> simplifications(KeySpace keys) {
        return List.of();
    }
}
