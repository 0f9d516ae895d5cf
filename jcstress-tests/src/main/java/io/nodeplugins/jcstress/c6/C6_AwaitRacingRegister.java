package io.nodeplugins.jcstress.c6;

import io.nodeplugins.jcstress.ImplementationUnderTest;
import io.nodeplugins.jcstress.NegativeControl;
import io.nodeplugins.properties.faulty.LostWakeupRegistry;
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
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/*
    C6 await, no lost wake-up: an await racing the registration of its node returns the plugin; it
    may time out only if the registration had not completed by its deadline, and it leaves no
    waiter behind. One actor awaits node-a with a 5 ms timeout, the other registers node-a; the
    arbiter classifies the await against the time the registration returned (r1) and reads
    pendingWaiters() (r2). A registry that checks for the plugin and then enqueues its waiter
    without a lock misses a registration that lands in between: the waiter sleeps out its timeout
    although the plugin is there ("timed-out-though-registered").

    How to run this test:
       $ java -jar jcstress-tests/target/jcstress.jar -t C6_AwaitRacingRegister

    Results of one run in the CI setting (mvn -B verify on JDK 17, 2 shared CPUs; per test 2 forks
    of 3 iterations x 250 ms):

      UnderTest, 1,490,982 samples:
        RESULT                             SAMPLES      FREQ  EXPECT       DESCRIPTION
        returned-registered-before, 0    1,374,572   92.192%  Acceptable   the registration came first; await found it
        returned-overlapping, 0            116,248    7.797%  Acceptable   await and registration overlapped; await returned the plugin
        timed-out-registered-late, 0           162    0.011%  Acceptable   the registration completed after the deadline; await timed out

      LostWakeup, 520,891 samples:
        RESULT                              SAMPLES      FREQ  EXPECT       DESCRIPTION
        returned-registered-before, 0       517,854   99.417%  Acceptable   the registration came first; await found it
        returned-overlapping, 0               2,166    0.416%  Acceptable   await and registration overlapped; await returned the plugin
        timed-out-though-registered, 0          505    0.097%  Interesting  caught: lost wake-up, await timed out though registered in time
        timed-out-registered-late, 0            366    0.070%  Acceptable   the registration completed after the deadline; await timed out
 */
@Clauses(Clause.C6)
@Requires({Feature.AWAIT, Feature.PENDING_WAITERS})
public class C6_AwaitRacingRegister {

    /** The implementation under test (the reference unless -Dnodeplugins.factory names another). */
    @JCStressTest
    @Outcome(id = "returned-registered-before, 0", expect = ACCEPTABLE, desc = "the registration came first; await found it")
    @Outcome(id = "returned-overlapping, 0", expect = ACCEPTABLE, desc = "await and registration overlapped; await returned the plugin")
    @Outcome(id = "timed-out-registered-late, 0", expect = ACCEPTABLE, desc = "the registration completed after the deadline; await timed out")
    @Outcome(id = "timed-out-though-registered, .*", expect = FORBIDDEN, desc = "lost wake-up: registered before the deadline, yet await timed out")
    @Outcome(id = ".*, [1-9][0-9]*", expect = FORBIDDEN, desc = "a waiter stayed counted after its await returned")
    @Outcome(expect = FORBIDDEN, desc = "await returned a wrong plugin or threw (named)")
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

        /** Registers node-a. */
        @Actor
        public void actor2() {
            registerNode();
        }

        /** Judges the await against the registration. */
        @Arbiter
        public void arbiter(LI_Result r) {
            r.r1 = awaitedVersus("registered");
            r.r2 = pendingWaiters();
        }
    }


    /** Negative control: the same actors on a registry that checks, then enqueues its waiter without a lock. */
    @JCStressTest
    @NegativeControl(LostWakeupRegistry.class)
    @Outcome(id = "returned-registered-before, 0", expect = ACCEPTABLE, desc = "the registration came first; await found it")
    @Outcome(id = "returned-overlapping, 0", expect = ACCEPTABLE, desc = "await and registration overlapped; await returned the plugin")
    @Outcome(id = "timed-out-registered-late, 0", expect = ACCEPTABLE, desc = "the registration completed after the deadline; await timed out")
    @Outcome(id = "timed-out-though-registered, .*", expect = ACCEPTABLE_INTERESTING, desc = "caught: lost wake-up, await timed out though registered in time")
    @Outcome(expect = ACCEPTABLE_INTERESTING, desc = "not counted as a catch: an outcome this control does not name")
    @State
    public static class LostWakeup extends TimedAwait {
        /** Creates the state with a new faulty registry. */
        public LostWakeup() {
            super(new LostWakeupRegistry<>());
        }

        /** Awaits node-a. */
        @Actor
        public void actor1() {
            await();
        }

        /** Registers node-a. */
        @Actor
        public void actor2() {
            registerNode();
        }

        /** Judges the await against the registration. */
        @Arbiter
        public void arbiter(LI_Result r) {
            r.r1 = awaitedVersus("registered");
            r.r2 = pendingWaiters();
        }
    }
}
