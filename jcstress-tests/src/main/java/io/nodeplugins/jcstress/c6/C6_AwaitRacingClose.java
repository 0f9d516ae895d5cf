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
    C6 await and C9 close: an await racing the registry's close() fails promptly with
    IllegalStateException, whether it started before the close (a pending waiter is failed) or
    after it (rejected at once); it may time out only if the close had not completed by its
    deadline, and it leaves no waiter behind. One actor awaits node-a with a 5 ms timeout, the other
    closes the registry; the arbiter classifies the await against the time close() returned (r1)
    and reads pendingWaiters() (r2).

    How to run this test:
       $ java -jar jcstress-tests/target/jcstress.jar -t C6_AwaitRacingClose

    Results of one run in the CI setting (mvn -B verify on JDK 17, 2 shared CPUs; per test 2 forks
    of 3 iterations x 250 ms):

      UnderTest, 668,364 samples:
        RESULT                        SAMPLES      FREQ  EXPECT       DESCRIPTION
        failed-closed, 0              668,177   99.972%  Acceptable   await failed with IllegalStateException: the registry closed
        timed-out-closed-late, 0          187    0.028%  Acceptable   close completed after the deadline; await timed out first
 */
@Clauses(Clause.C6)
@Requires({Feature.AWAIT, Feature.PENDING_WAITERS, Feature.CLOSE})
public class C6_AwaitRacingClose {

    /** The implementation under test (the reference unless -Dnodeplugins.factory names another). */
    @JCStressTest
    @Outcome(id = "failed-closed, 0", expect = ACCEPTABLE, desc = "await failed with IllegalStateException: the registry closed")
    @Outcome(id = "timed-out-closed-late, 0", expect = ACCEPTABLE, desc = "close completed after the deadline; await timed out first")
    @Outcome(id = "timed-out-though-closed, .*", expect = FORBIDDEN, desc = "the pending await missed the close and slept out its timeout")
    @Outcome(id = ".*, [1-9][0-9]*", expect = FORBIDDEN, desc = "a waiter stayed counted after its await returned")
    @Outcome(expect = FORBIDDEN, desc = "await returned or threw something else (named)")
    @State
    public static class UnderTest extends TimedAwait {
        /** Creates the state with a new registry of the implementation under test. */
        public UnderTest() {
            super(ImplementationUnderTest.newRegistry());
        }

        /** Awaits node-a. */
        @Actor
        public void actor1() {
            await();
        }

        /** Closes the registry. */
        @Actor
        public void actor2() {
            closeRegistry();
        }

        /** Judges the await against the close. */
        @Arbiter
        public void arbiter(LI_Result r) {
            r.r1 = awaitedVersus("closed");
            r.r2 = pendingWaiters();
        }
    }
}
