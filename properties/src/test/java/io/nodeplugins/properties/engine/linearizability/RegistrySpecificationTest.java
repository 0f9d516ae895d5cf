package io.nodeplugins.properties.engine.linearizability;

import io.nodeplugins.properties.engine.parallel.ParallelRunner;
import static org.assertj.core.api.Assertions.assertThat;

import io.nodeplugins.properties.engine.model.Await;
import io.nodeplugins.properties.engine.model.AwaitAsync;
import io.nodeplugins.properties.engine.model.CheckWaiter;
import io.nodeplugins.properties.engine.model.CloseHandle;
import io.nodeplugins.properties.engine.model.CloseRegistry;
import io.nodeplugins.properties.engine.model.Command;
import io.nodeplugins.properties.engine.model.Lookup;
import io.nodeplugins.properties.engine.model.Outcome;
import io.nodeplugins.properties.engine.model.Register;
import io.nodeplugins.properties.engine.model.RegistryModel;
import io.nodeplugins.properties.engine.model.Require;
import io.nodeplugins.properties.engine.model.Snapshot;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The registry specification on hand-written histories, in particular the two-instant model of a
 * timed-out await. Times are nanoseconds; the awaits wait 1 ms.
 */
class RegistrySpecificationTest {

    private static final long MS = 1_000_000;
    private static final Await AWAIT_A = new Await("node-a", 1);
    private static final Register REGISTER_A = new Register(1, "node-a");
    private static final Outcome TIMED_OUT = Outcome.missingPlugin("node-a", List.of());

    private final LinearizabilityChecker<RegistrySpecification.State, RegistryOperation, Outcome> checker =
            new LinearizabilityChecker<>(new RegistrySpecification());
    private final List<Call<Command, Outcome>> calls = new ArrayList<>();

    @Test
    void aTimeoutAcrossARegistrationThatStayedIsALostWakeUp() {
        call(1, AWAIT_A, TIMED_OUT, 0, MS + 10_000);
        call(2, REGISTER_A, registered(REGISTER_A), 100_000, 110_000);

        Verdict<RegistryOperation, Outcome> verdict = check();

        assertThat(verdict.linearizable()).isFalse();
        assertThat(verdict.explain()).contains("begins to wait").contains("awaits waiting for [node-a]");
    }

    @Test
    void aTimeoutAcrossARegistrationThatCameAndWentIsStillALostWakeUp() {
        // The waiter waited from before the registration to after its removal: it should have woken.
        call(1, AWAIT_A, TIMED_OUT, 0, MS + 10_000);
        call(2, REGISTER_A, registered(REGISTER_A), 100_000, 110_000);
        call(2, new CloseHandle(1, "node-a"), Outcome.done(), 120_000, 130_000);

        assertThat(check().linearizable()).isFalse();
    }

    @Test
    void aTimeoutIsFineWhenTheRegistrationCameAndWentBeforeTheWaitCouldStart() {
        // The await may begin waiting late in its first microseconds; the registry was empty by then.
        call(1, AWAIT_A, TIMED_OUT, 0, MS + 200_000);
        call(2, REGISTER_A, registered(REGISTER_A), 10_000, 20_000);
        call(2, new CloseHandle(1, "node-a"), Outcome.done(), 30_000, 40_000);

        assertThat(check().linearizable()).isTrue();
    }

    @Test
    void aTimeoutIsFineWhenTheRegistrationCameAfterTheDeadline() {
        call(1, AWAIT_A, TIMED_OUT, 0, MS + 100_000);
        call(2, REGISTER_A, registered(REGISTER_A), MS + 20_000, MS + 30_000);
        call(2, new Lookup("node-a"), Outcome.returned("Optional[p1]"), MS + 40_000, MS + 50_000);

        assertThat(check().linearizable()).isTrue();
    }

    @Test
    void aTimeoutBeforeTheTimeoutPassedIsRejected() {
        call(1, AWAIT_A, TIMED_OUT, 0, MS / 2);

        Verdict<RegistryOperation, Outcome> verdict = check();

        assertThat(verdict.linearizable()).isFalse();
        assertThat(verdict.explain()).contains("BEFORE its timeout passed");
    }

    @Test
    void anAwaitMayReturnAPluginRegisteredWhileItWaited() {
        call(1, AWAIT_A, Outcome.returned("p1"), 0, 200_000);
        call(2, REGISTER_A, registered(REGISTER_A), 100_000, 150_000);

        assertThat(check().linearizable()).isTrue();
    }

    @Test
    void anAwaitCannotReturnAPluginRegisteredOnlyAfterItReturned() {
        call(1, AWAIT_A, Outcome.returned("p1"), 0, 50_000);
        call(2, REGISTER_A, registered(REGISTER_A), 100_000, 150_000);

        assertThat(check().linearizable()).isFalse();
    }

    @Test
    void closingTheRegistryWhileATimedOutAwaitWaitsIsAllowed() {
        // The close's failure of pending waiters races with their deadline (documented choice).
        call(1, AWAIT_A, TIMED_OUT, 0, MS + 10_000);
        call(2, new CloseRegistry(), Outcome.done(), 100_000, 110_000);

        assertThat(check().linearizable()).isTrue();
    }

    @Test
    void aMissingPluginIsComparedWithoutItsListOfRegisteredNodes() {
        // The list is read after the miss; a registration of node-b in between may or may not show.
        call(1, new Require("node-a"), Outcome.missingPlugin("node-a", List.of("node-b")), 0, 100);
        call(2, new Register(1, "node-b"), registered(new Register(1, "node-b")), 200, 300);

        Verdict<RegistryOperation, Outcome> verdict = check();

        assertThat(verdict.linearizable()).isTrue();
        assertThat(verdict.parts()).as("require and register touch one node each").isEqualTo(2);
    }

    @Test
    void aSecondCloseOfAHandleMustNotReturnBeforeTheRegistrationIsGone() {
        // The reference's bug that the parallel property found: close() returned early when another
        // thread was closing the same handle, and a lookup right after still saw the plugin.
        call(0, REGISTER_A, registered(REGISTER_A), 0, 10);
        call(1, new CloseHandle(1, "node-a"), Outcome.done(), 20, 100);
        call(2, new CloseHandle(1, "node-a"), Outcome.done(), 30, 40);
        call(2, new Lookup("node-a"), Outcome.returned("Optional[p1]"), 50, 60);

        assertThat(check().linearizable()).isFalse();
    }

    @Test
    void anAwaitCannotFailAsClosedWhileItsNodeStaysPresent() {
        // The reference's second bug found by the parallel property: await read the node as absent
        // without the lock, then found the registry closed; but the node was registered before the
        // close and still is, so no instant had the node absent and the registry closed.
        call(2, REGISTER_A, registered(REGISTER_A), 0, 13_000);
        call(3, new CloseRegistry(), Outcome.done(), 3_200, 4_000);
        call(1, AWAIT_A, Outcome.threw(IllegalStateException.class, null), 0, 36_000);
        call(1, new Snapshot(), Outcome.returned("{node-a=p1}"), 40_000, 42_000);

        assertThat(check().linearizable()).isFalse();
    }

    @Test
    void aSnapshotKeepsTheHistoryWhole() {
        call(1, REGISTER_A, registered(REGISTER_A), 0, 10);
        call(2, new Snapshot(), Outcome.returned("{node-a=p1}"), 20, 30);

        Verdict<RegistryOperation, Outcome> verdict = check();

        assertThat(verdict.linearizable()).isTrue();
        assertThat(verdict.parts()).isEqualTo(1);
    }

    @Test
    void aFutureMayStillReadPendingWhileTheRegisterThatCompletesItRunsButNotOnceItReturned() {
        AwaitAsync waiter = new AwaitAsync(7, "node-a");
        CheckWaiter check = new CheckWaiter(7, "node-a");
        call(1, waiter, waiter.apply(RegistryModel.EMPTY).expected(), 0, 10);
        call(2, REGISTER_A, registered(REGISTER_A), 20, 100);
        call(1, check, Outcome.returned(RegistryModel.PENDING), 50, 60);

        assertThat(check().linearizable()).as("pending between the registration's effect and its return").isTrue();

        calls.remove(calls.size() - 1);
        call(1, check, Outcome.returned(RegistryModel.PENDING), 110, 120);

        assertThat(check().linearizable()).as("still pending after the register returned: polled, or lost").isFalse();

        calls.remove(calls.size() - 1);
        call(1, check, Outcome.returned(RegistryModel.COMPLETED + "p1"), 110, 120);

        assertThat(check().linearizable()).as("completed by the time the register returned").isTrue();
    }

    private void call(int thread, Command command, Outcome outcome, long invoked, long returned) {
        calls.add(new Call<>(thread, command, outcome, invoked, returned));
    }

    private Verdict<RegistryOperation, Outcome> check() {
        return checker.check(RegistrySpecification.history(calls, ParallelRunner.SLACK_NANOS));
    }

    private static Outcome registered(Register register) {
        return register.apply(RegistryModel.EMPTY).expected();
    }
}
