package io.nodeplugins.properties.engine.linearizability;

import io.nodeplugins.properties.engine.model.Await;
import io.nodeplugins.properties.engine.model.CheckWaiter;
import io.nodeplugins.properties.engine.model.CloseRegistry;
import io.nodeplugins.properties.engine.model.Command;
import io.nodeplugins.properties.engine.model.Outcome;
import io.nodeplugins.properties.engine.model.Register;
import io.nodeplugins.properties.engine.model.RegistryModel;
import io.nodeplugins.properties.engine.model.Require;
import io.nodeplugins.properties.engine.model.Transition;
import io.nodeplugins.properties.engine.linearizability.RegistryOperation.Invocation;
import io.nodeplugins.properties.engine.linearizability.RegistryOperation.Settles;
import io.nodeplugins.properties.engine.linearizability.RegistryOperation.WaitBegins;
import io.nodeplugins.properties.engine.linearizability.RegistryOperation.WaitTimesOut;

import io.nodeplugins.properties.features.Semantics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The registry's sequential specification for the linearizability checker: the
 * {@link RegistryModel} of the sequential engine, plus the timed-out awaits that are waiting and
 * the register and close calls that took effect but have not completed the futures they settled
 * yet. Immutable and thread-safe.
 *
 * <p>Outcomes are compared by {@link Outcome#withoutRegisteredKeys()}: a missing-plugin exception's
 * list of registered keys is read after the miss, at another instant, so only the miss itself is
 * linearizable. With that, every operation that names one node depends on that node alone, and
 * histories without snapshot, size or close of the registry are checked per node.
 */
public final class RegistrySpecification
        implements SequentialSpecification<RegistrySpecification.State, RegistryOperation, Outcome> {

    /** The key of operations that name no node and depend on no state (bad input). */
    static final String NO_NODE = "(no node)";

    private final Semantics semantics;

    /** Creates the specification of a registry of stacking semantics (the reference's). */
    public RegistrySpecification() {
        this(Semantics.STACKING);
    }

    /**
     * Creates the specification of a registry of the given semantics.
     *
     * @param semantics which live registration is current
     */
    public RegistrySpecification(Semantics semantics) {
        this.semantics = Objects.requireNonNull(semantics, "semantics");
    }

    /**
     * A state: the registry model, the timed-out awaits between their two instants, and the
     * settling calls between their effect and their {@link Settles}. Immutable.
     *
     * @param model     the registry model
     * @param waiting   the waiting timed-out awaits: call number to node
     * @param unsettled the register and close calls that took effect and whose futures are not
     *                  completed yet: call number to the waiter numbers they settled
     */
    public record State(RegistryModel model, Map<Integer, String> waiting, Map<Integer, Set<Integer>> unsettled) {

        /**
         * Copies the maps.
         *
         * @param model     the model
         * @param waiting   call number to node
         * @param unsettled call number to the waiter numbers it settled
         */
        public State {
            Objects.requireNonNull(model, "model");
            waiting = Map.copyOf(waiting);
            unsettled = Map.copyOf(unsettled);
        }

        /** Whether waiter {@code waiter}'s future was settled by a call that has not completed it yet. */
        boolean completing(int waiter) {
            return unsettled.values().stream().anyMatch(w -> w.contains(waiter));
        }

        @Override
        public String toString() {
            String m = model.currentPlugins() + " (stacks " + stacks() + ")" + (model.isClosed() ? ", closed" : "");
            return waiting.isEmpty() ? m : m + ", awaits waiting for " + new TreeMap<>(waiting).values();
        }

        private String stacks() {
            Map<String, List<Integer>> stacks = new TreeMap<>();
            for (String node : model.nodes()) {
                stacks.put(node, model.stack(node));
            }
            return stacks.toString();
        }
    }

    @Override
    public State initialState() {
        return new State(RegistryModel.empty(semantics), Map.of(), Map.of());
    }

    @Override
    public State apply(State state, RegistryOperation operation, Outcome observed) {
        RegistryModel model = state.model();
        if (operation instanceof Invocation invocation) {
            Command command = invocation.command();
            if (command instanceof Register register && !model.isClosed()
                    && state.waiting().containsValue(register.node())) {
                return null; // a registration while a timed-out await waits for its node: lost wake-up
            }
            if (command instanceof CheckWaiter check && state.completing(check.waiter())) {
                // settled, but the settling call has not completed the future yet
                return Outcome.returned(RegistryModel.PENDING).equals(observed) ? state : null;
            }
            Transition t = command.apply(model);
            if (!t.expected().withoutRegisteredKeys().equals(observed.withoutRegisteredKeys())) {
                return null;
            }
            Map<Integer, Set<Integer>> unsettled = state.unsettled();
            if (settles(command)) {
                Set<Integer> settled = new TreeSet<>(model.pendingWaiterNumbers());
                settled.removeAll(t.next().pendingWaiterNumbers());
                unsettled = new HashMap<>(unsettled);
                unsettled.put(invocation.call(), settled);
            }
            return new State(t.next(), state.waiting(), unsettled);
        }
        if (operation instanceof Settles settles) {
            if (!state.unsettled().containsKey(settles.call())) {
                return null; // only after the call it belongs to took effect, and once
            }
            Map<Integer, Set<Integer>> unsettled = new HashMap<>(state.unsettled());
            unsettled.remove(settles.call());
            return new State(model, state.waiting(), unsettled);
        }
        if (operation instanceof WaitBegins begins) {
            String node = begins.await().node();
            if (model.isClosed() || model.current(node).isPresent()) {
                return null;
            }
            Map<Integer, String> waiting = new TreeMap<>(state.waiting());
            waiting.put(begins.call(), node);
            return new State(model, waiting, state.unsettled());
        }
        WaitTimesOut timesOut = (WaitTimesOut) operation;
        String node = timesOut.await().node();
        if (timesOut.early() || !state.waiting().containsKey(timesOut.call()) || model.current(node).isPresent()
                || !timedOut(node).equals(observed.withoutRegisteredKeys())) {
            return null;
        }
        Map<Integer, String> waiting = new TreeMap<>(state.waiting());
        waiting.remove(timesOut.call());
        return new State(model, waiting, state.unsettled());
    }

    /** Whether a command can settle pending futures: a register completes them, a close fails them. */
    private static boolean settles(Command command) {
        return command instanceof Register || command instanceof CloseRegistry;
    }

    /** The key-local outcome of an await of {@code node} that timed out, with a well-formed message. */
    static Outcome timedOut(String node) {
        return Outcome.missingPlugin(node, List.of()).withoutRegisteredKeys();
    }

    /**
     * Returns the node of an operation that depends on one node only, {@link #NO_NODE} for one that
     * depends on none, and null for snapshot, size, subscribe and close of the registry. Require and
     * await are node-local here because their outcomes are compared without the registered keys.
     */
    @Override
    public Object keyOf(RegistryOperation operation) {
        if (!(operation instanceof Invocation invocation)) {
            return operation.node();
        }
        Command command = invocation.command();
        boolean nodeLocal = !command.observesAllNodes() || command instanceof Require || command instanceof Await;
        if (!nodeLocal) {
            return null;
        }
        return command.nodes().isEmpty() ? NO_NODE : invocation.node(); // node() is null unless exactly one
    }

    /**
     * Turns the calls a parallel run recorded into the history the checker reads: each call becomes
     * an {@link Invocation}, except an {@code await} that timed out, which becomes a
     * {@link WaitBegins} that may lie anywhere from its invocation to its timeout before its return,
     * and a {@link WaitTimesOut} that may lie anywhere from its timeout after its invocation to its
     * return. A correct registry's two instants always fall in these windows: it starts its clock
     * after the call was invoked and gives up after its timeout has passed.
     *
     * @param calls       the recorded calls; clocks in nanoseconds ({@link HistoryClock})
     * @param slackNanos  how much shorter than its timeout an await may seem on the history's clock
     * @return the history
     */
    public static List<Call<RegistryOperation, Outcome>> history(List<Call<Command, Outcome>> calls, long slackNanos) {
        List<Call<RegistryOperation, Outcome>> history = new ArrayList<>(calls.size() + 8);
        for (int i = 0; i < calls.size(); i++) {
            Call<Command, Outcome> call = calls.get(i);
            Outcome observed = call.observed();
            if (call.operation() instanceof Await await && !observed.returned()
                    && "PluginNotRegisteredException".equals(observed.exception())) {
                long wait = Math.max(0, await.timeoutMillis() * 1_000_000L - slackNanos);
                boolean early = call.returned() - call.invoked() < wait;
                long latestBegin = early ? call.invoked() : call.returned() - wait;
                long earliestEnd = early ? call.returned() : call.invoked() + wait;
                history.add(new Call<>(call.thread(), new WaitBegins(i, await), observed, call.invoked(), latestBegin));
                history.add(new Call<>(call.thread(), new WaitTimesOut(i, await, early), observed, earliestEnd,
                        call.returned()));
            } else {
                history.add(new Call<>(call.thread(), new Invocation(call.operation(), i), observed, call.invoked(),
                        call.returned()));
                if (settles(call.operation()) && observed.returned()) {
                    history.add(new Call<>(call.thread(), new Settles(i, call.operation()), observed, call.invoked(),
                            call.returned()));
                }
            }
        }
        return history;
    }
}
