package io.nodeplugins.properties.suite;

import io.nodeplugins.properties.engine.core.PropertyFailure;
import io.nodeplugins.properties.engine.core.PropertyResult;
import io.nodeplugins.properties.engine.core.StepFailure;
import io.nodeplugins.properties.engine.linearizability.Call;
import io.nodeplugins.properties.engine.linearizability.RegistryOperation;
import io.nodeplugins.properties.engine.linearizability.RegistrySpecification;
import io.nodeplugins.properties.engine.model.Await;
import io.nodeplugins.properties.engine.model.AwaitAsync;
import io.nodeplugins.properties.engine.model.AwaitAsyncCancel;
import io.nodeplugins.properties.engine.model.BadInput;
import io.nodeplugins.properties.engine.model.CheckWaiter;
import io.nodeplugins.properties.engine.model.CloseHandle;
import io.nodeplugins.properties.engine.model.CloseRegistry;
import io.nodeplugins.properties.engine.model.ListenerView;
import io.nodeplugins.properties.engine.model.Command;
import io.nodeplugins.properties.engine.model.Lookup;
import io.nodeplugins.properties.engine.model.Outcome;
import io.nodeplugins.properties.engine.model.PendingWaiters;
import io.nodeplugins.properties.engine.model.Register;
import io.nodeplugins.properties.engine.model.RegistryModel;
import io.nodeplugins.properties.engine.model.Require;
import io.nodeplugins.properties.engine.model.Size;
import io.nodeplugins.properties.engine.model.Snapshot;
import io.nodeplugins.properties.engine.model.Subscribe;
import io.nodeplugins.properties.engine.model.Unsubscribe;
import io.nodeplugins.properties.engine.parallel.RunFailure;
import io.nodeplugins.properties.features.Semantics;
import io.nodeplugins.registry.Clause;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Blames a failed property on one clause: that of the operation whose outcome first differed from
 * the model, not every clause the property declares (every property registers and closes, so one
 * bug fails properties of many clauses). Stateless.
 *
 * <p>A sequential failure names its step ({@link StepFailure#step()}) in the minimal scenario: the
 * command there, judged in the model state before it, is the operation. The sequential runner checks
 * the invariants after every step, so a write that leaves a wrong state fails at that write, not at a
 * later read. Which clause a command answers for:
 * <ul>
 *   <li>any command but bad input after the registry was closed: C9 (close lifecycle);</li>
 *   <li>register: C1 when its node had no live registration (the registration must become visible),
 *       else C2 (which one wins);</li>
 *   <li>close of a handle: C3; lookup C4; require C5; await, async await, a waiter's future and
 *       pendingWaiters C6; snapshot C7; subscribe, unsubscribe and a listener's view C8; close of the
 *       registry C9; bad input C10; size: none (it only counts);</li>
 *   <li>an invariant that belongs to one clause overrides the step: waiters left behind C6, a
 *       listener's view C8, the open/closed state C9, a require that disagrees with lookup C5, a
 *       lookup that disagrees with a snapshot that agreed with the model C4, a handle's
 *       {@code isActive} C3.</li>
 * </ul>
 * A register that threw instead of returning lost its registration: C1 whatever the state.
 *
 * <p>A parallel failure blames the calls the linearizability checker could not place next: a read
 * (lookup, require, await, snapshot, size) that saw a state no order of the writes explains is a
 * witness, not the culprit (so are the quiescent reads after the run: pending waiters, a waiter's
 * future, a listener's view), so only writes, timed-out awaits, closes, bad input and the completion
 * of a write's futures (C6, when the write itself could be placed) count, and only when they name one
 * clause. A register there is judged in the checker's state: after close C9, one
 * that threw C1, one that returned while an await of its node was waiting C6 (that await's time-out
 * was a lost wake-up); any other register is no culprit. Anything else (Lincheck's reports, a hang
 * of several calls) is not blamed: the failure then counts for every clause the check declares, as
 * a failure not traced to one clause.
 */
final class Blame {

    private Blame() {
    }

    /**
     * The clause a failure is blamed on, and why.
     *
     * @param clause the clause
     * @param why    the operation, for the report: "step 3, {@code r1.close();}"
     */
    record Verdict(Clause clause, String why) {

        /**
         * Returns the line the report prints above the failure.
         *
         * @return for example "Blamed on C3 handle-scoped removal: ..."
         */
        String line() {
            return "Blamed on " + clause.label() + ": the first operation whose outcome differed from the model was "
                    + why;
        }
    }

    /**
     * Blames a check's failure.
     *
     * @param thrown    what the check failed with (a property failure, possibly wrapped)
     * @param semantics the semantics of the model the property ran against
     * @return the verdict, or empty when the failure is not a property's or names no single operation
     */
    static Optional<Verdict> of(Throwable thrown, Semantics semantics) {
        PropertyResult<?> result = propertyResult(thrown);
        if (result == null || result.passed()) {
            return Optional.empty();
        }
        if (result.failure() instanceof StepFailure step && result.minimal() instanceof List<?> steps) {
            return sequential(steps, step, semantics);
        }
        if (result.failure() instanceof RunFailure run) {
            return parallel(run);
        }
        return Optional.empty();
    }

    /** The result a property failure carries, anywhere in the cause chain. */
    static PropertyResult<?> propertyResult(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof PropertyFailure failure) {
                return failure.result();
            }
        }
        return null;
    }

    static Optional<Verdict> sequential(List<?> steps, StepFailure failure, Semantics semantics) {
        int at = failure.step();
        if (at < 0 || at >= steps.size() || !steps.stream().allMatch(Command.class::isInstance)) {
            return Optional.empty();
        }
        RegistryModel model = RegistryModel.empty(semantics);
        for (int i = 0; i < at; i++) {
            model = ((Command) steps.get(i)).apply(model).next();
        }
        Command command = (Command) steps.get(at);
        String why = "step " + (at + 1) + ", `" + command.toJava() + "`";
        Clause byInvariant = invariantClause(failure.signature());
        if (byInvariant != null) {
            return Optional.of(new Verdict(byInvariant, why + " (" + failure.signature() + ")"));
        }
        if (command instanceof Register && !model.isClosed() && failure.signature().startsWith("Register: ")
                && failure.signature().endsWith(" instead of returned")) {
            return Optional.of(new Verdict(Clause.C1, why + " (" + failure.signature() + ": the registration was lost)"));
        }
        return Optional.ofNullable(clauseOf(command, model)).map(c -> new Verdict(c, why));
    }

    /** The clause of an invariant that belongs to one clause whatever the step; null for the state invariants. */
    private static Clause invariantClause(String signature) {
        if (!signature.startsWith("invariant ")) {
            return null;
        }
        return switch (signature.substring("invariant ".length())) {
            case "pendingWaiters" -> Clause.C6;
            case "subscription" -> Clause.C8;
            case "isClosed" -> Clause.C9;
            case "isActive" -> Clause.C3; // a handle's own liveness: whether closing it still removes
            case "require" -> Clause.C5;
            case "lookup vs snapshot" -> Clause.C4; // the snapshot agreed with the model, the lookup did not
            default -> null;
        };
    }

    /**
     * The clause a command answers for in the model state before it.
     *
     * @param command the command
     * @param before  the model before it
     * @return the clause, or null for a command that answers for none (size)
     */
    static Clause clauseOf(Command command, RegistryModel before) {
        if (command instanceof BadInput) {
            return Clause.C10;
        }
        if (before.isClosed()) {
            return Clause.C9;
        }
        if (command instanceof Register r) {
            return before.stack(r.node()).isEmpty() ? Clause.C1 : Clause.C2;
        }
        if (command instanceof CloseHandle) {
            return Clause.C3;
        }
        if (command instanceof Lookup) {
            return Clause.C4;
        }
        if (command instanceof Require) {
            return Clause.C5;
        }
        if (command instanceof Await || command instanceof AwaitAsyncCancel || command instanceof AwaitAsync
                || command instanceof CheckWaiter || command instanceof PendingWaiters) {
            return Clause.C6;
        }
        if (command instanceof Snapshot) {
            return Clause.C7;
        }
        if (command instanceof Subscribe || command instanceof Unsubscribe || command instanceof ListenerView) {
            return Clause.C8;
        }
        if (command instanceof CloseRegistry) {
            return Clause.C9;
        }
        return null; // Size only counts
    }

    /**
     * The clause of a register the checker cannot place next, in the state after the longest
     * linearizable prefix: after close C9; one that threw lost its registration (C1); one that
     * returned while an await of its node was waiting should have woken it, and that await then timed
     * out (a lost wake-up, C6); any other one is not to blame on its own (the state it would follow
     * was made by others).
     */
    static Clause registerInHistory(Register register, Outcome observed, RegistrySpecification.State state) {
        if (state.model().isClosed()) {
            return Clause.C9;
        }
        if (!observed.returned()) {
            return Clause.C1;
        }
        return state.waiting().containsValue(register.node()) ? Clause.C6 : null;
    }

    /**
     * Reads, and the quiescent reads after a parallel run (waiters pending, a waiter's future, a
     * listener's view): each can witness a write that went wrong (a lost registration leaves a waiter
     * pending), so none is blamed.
     */
    private static boolean isRead(Command command) {
        return command instanceof Lookup || command instanceof Require || command instanceof Await
                || command instanceof AwaitAsyncCancel || command instanceof Snapshot || command instanceof Size
                || command instanceof CheckWaiter || command instanceof PendingWaiters
                || command instanceof ListenerView;
    }

    private static Optional<Verdict> parallel(RunFailure failure) {
        if (failure.verdict() == null) {
            return Optional.empty(); // a hang or crash of several calls names no one operation
        }
        RegistrySpecification.State state = failure.verdict().stateReached() instanceof RegistrySpecification.State st
                ? st : null;
        Set<Integer> stuckCalls = new HashSet<>();
        for (Call<RegistryOperation, Outcome> call : failure.verdict().stuck()) {
            if (call.operation() instanceof RegistryOperation.Invocation invocation) {
                stuckCalls.add(invocation.call());
            }
        }
        Set<Clause> clauses = EnumSet.noneOf(Clause.class);
        StringBuilder why = new StringBuilder();
        for (Call<RegistryOperation, Outcome> call : failure.verdict().stuck()) {
            Clause clause;
            if (call.operation() instanceof RegistryOperation.Settles settles) {
                // the futures a register or close completed at the wrong instant: C6, unless the call
                // itself cannot be placed (then the call is the culprit, judged above or below)
                clause = stuckCalls.contains(settles.call()) ? null : Clause.C6;
            } else if (call.operation() instanceof RegistryOperation.Invocation invocation) {
                Command command = invocation.command();
                clause = isRead(command) || state == null ? null
                        : command instanceof Register r ? registerInHistory(r, call.observed(), state)
                        : clauseOf(command, state.model());
            } else {
                clause = Clause.C6; // an await that timed out although it should have been woken
            }
            if (clause != null) {
                clauses.add(clause);
                why.append(why.length() == 0 ? "" : ", ").append('`').append(call.operation()).append("` -> ")
                        .append(call.observed());
            }
        }
        if (clauses.size() != 1) {
            return Optional.empty();
        }
        return Optional.of(new Verdict(clauses.iterator().next(), "the call no linearization can place next: " + why));
    }
}
