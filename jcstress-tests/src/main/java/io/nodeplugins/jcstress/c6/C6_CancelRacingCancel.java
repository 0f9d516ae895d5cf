package io.nodeplugins.jcstress.c6;

import io.nodeplugins.jcstress.ImplementationUnderTest;
import io.nodeplugins.jcstress.NegativeControl;
import io.nodeplugins.properties.faulty.LeakingWaiterRegistry;
import io.nodeplugins.properties.features.Feature;
import io.nodeplugins.properties.features.Requires;
import io.nodeplugins.registry.Clause;
import io.nodeplugins.registry.Clauses;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.LLI_Result;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/*
    C6 await, nothing left behind: two asynchronous awaits of one node, started and cancelled at
    the same time, leave no waiter behind, although both threads link and unlink waiters of the
    same node concurrently. Each actor calls awaitAsync(node-a, 1 s) and cancels its future at
    once; the arbiter reads both outcomes (r1, r2) and pendingWaiters() (r3), which must be 0. A
    registry that does not unlink completed waiters, or unlinks them with a racy list update, keeps
    counting them.

    How to run this test:
       $ java -jar jcstress-tests/target/jcstress.jar -t C6_CancelRacingCancel

    Results of one run in the CI setting (mvn -B verify on JDK 17, 2 shared CPUs; per test 2 forks
    of 3 iterations x 250 ms):

      UnderTest, 763,734 samples:
        RESULT                       SAMPLES      FREQ  EXPECT       DESCRIPTION
        cancelled, cancelled, 0      763,734  100.000%  Acceptable   both cancelled; no waiter left

      LeakingWaiter, 499,346 samples:
        RESULT                       SAMPLES      FREQ  EXPECT       DESCRIPTION
        cancelled, cancelled, 2      499,346  100.000%  Interesting  caught: a cancelled waiter stayed counted
 */
@Clauses(Clause.C6)
@Requires({Feature.AWAIT_ASYNC, Feature.PENDING_WAITERS})
public class C6_CancelRacingCancel {

    /** The implementation under test (the reference unless -Dnodeplugins.factory names another). */
    @JCStressTest
    @Outcome(id = "cancelled, cancelled, 0", expect = ACCEPTABLE, desc = "both cancelled; no waiter left")
    @Outcome(id = ".*, [1-9][0-9]*", expect = FORBIDDEN, desc = "a cancelled waiter stayed counted")
    @Outcome(expect = FORBIDDEN, desc = "a future ended otherwise (named)")
    @State
    public static class UnderTest extends CancelledAwaits {
        /** Creates the state with a new registry of the implementation under test. */
        public UnderTest() {
            super(ImplementationUnderTest.newRegistry());
        }

        /** Awaits node-a asynchronously and cancels. */
        @Actor
        public void actor1() {
            awaitThenCancel(0);
        }

        /** Awaits node-a asynchronously and cancels. */
        @Actor
        public void actor2() {
            awaitThenCancel(1);
        }

        /** Reads how the futures ended and the waiters left. */
        @Arbiter
        public void arbiter(LLI_Result r) {
            r.r1 = outcome(0);
            r.r2 = outcome(1);
            r.r3 = pendingWaiters();
        }
    }

    /** Negative control: the same actors on a registry that never unlinks a completed waiter. */
    @JCStressTest
    @NegativeControl(LeakingWaiterRegistry.class)
    @Outcome(id = "cancelled, cancelled, 0", expect = ACCEPTABLE, desc = "both cancelled; no waiter left")
    @Outcome(id = ".*, [1-9][0-9]*", expect = ACCEPTABLE_INTERESTING, desc = "caught: a cancelled waiter stayed counted")
    @Outcome(expect = ACCEPTABLE_INTERESTING, desc = "not counted as a catch: an outcome this control does not name")
    @State
    public static class LeakingWaiter extends CancelledAwaits {
        /** Creates the state with a new faulty registry. */
        public LeakingWaiter() {
            super(new LeakingWaiterRegistry<>());
        }

        /** Awaits node-a asynchronously and cancels. */
        @Actor
        public void actor1() {
            awaitThenCancel(0);
        }

        /** Awaits node-a asynchronously and cancels. */
        @Actor
        public void actor2() {
            awaitThenCancel(1);
        }

        /** Reads how the futures ended and the waiters left. */
        @Arbiter
        public void arbiter(LLI_Result r) {
            r.r1 = outcome(0);
            r.r2 = outcome(1);
            r.r3 = pendingWaiters();
        }
    }
}
