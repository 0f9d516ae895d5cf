package io.nodeplugins.jcstress.c6;

import io.nodeplugins.jcstress.ImplementationUnderTest;
import io.nodeplugins.properties.features.Feature;
import io.nodeplugins.properties.features.Requires;
import io.nodeplugins.registry.Clause;
import io.nodeplugins.registry.Clauses;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.LI_Result;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/*
    C6 await, nothing left behind: cancelling an awaitAsync future removes its waiter at once, even
    while a registration is completing it. One actor calls awaitAsync(node-a, 1 s) and cancels the
    future straight away; the other registers node-a. Either the cancel or the registration wins
    (r1), and in both cases the registry must count no waiter afterwards (r2). This test catches a
    cancel and a completion that race on the unlink or the count (a waiter counted twice, or not
    removed by either side). A registry that merely forgets to unlink cancelled waiters is not
    caught here, since the registration clears its node's waiters anyway; that leak is
    C6_CancelRacingCancel's, where no registration follows, and LeakingWaiterRegistry is its control.

    How to run this test:
       $ java -jar jcstress-tests/target/jcstress.jar -t C6_CancelRacingRegister

    Results of one run in the CI setting (mvn -B verify on JDK 17, 2 shared CPUs; per test 2 forks
    of 3 iterations x 250 ms):

      UnderTest, 1,204,262 samples:
        RESULT            SAMPLES      FREQ  EXPECT       DESCRIPTION
        completed, 0    1,139,428   94.616%  Acceptable   the registration won; the future holds the plugin
        cancelled, 0       64,834    5.384%  Acceptable   the cancel won; its waiter is gone
 */
@Clauses(Clause.C6)
@Requires({Feature.AWAIT_ASYNC, Feature.PENDING_WAITERS})
public class C6_CancelRacingRegister {

    /** The implementation under test (the reference unless -Dnodeplugins.factory names another). */
    @JCStressTest
    @Outcome(id = "cancelled, 0", expect = ACCEPTABLE, desc = "the cancel won; its waiter is gone")
    @Outcome(id = "completed, 0", expect = ACCEPTABLE, desc = "the registration won; the future holds the plugin")
    @Outcome(id = ".*, [1-9][0-9]*", expect = FORBIDDEN, desc = "a waiter stayed counted after its future completed")
    @Outcome(expect = FORBIDDEN, desc = "the future ended otherwise (named)")
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

        /** Registers node-a. */
        @Actor
        public void actor2() {
            register();
        }

        /** Reads how the future ended and the waiters left. */
        @Arbiter
        public void arbiter(LI_Result r) {
            r.r1 = outcome(0);
            r.r2 = pendingWaiters();
        }
    }
}
