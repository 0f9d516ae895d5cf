package io.nodeplugins.jcstress.c8;

import io.nodeplugins.jcstress.ImplementationUnderTest;
import io.nodeplugins.jcstress.NegativeControl;
import io.nodeplugins.properties.faulty.SubscriptionGapRegistry;
import io.nodeplugins.properties.features.Feature;
import io.nodeplugins.properties.features.Requires;
import io.nodeplugins.registry.Clause;
import io.nodeplugins.registry.Clauses;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.L_Result;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/*
    C8 subscribe: a listener receives the current state, then every later change, none lost and
    none repeated between the two. One actor subscribes a recording listener while the other
    registers node-a; the registration must reach the listener exactly once, either in the replay
    of the state (INITIAL) or as a live event (CURRENT). A registry that replays a snapshot first
    and only then adds the listener loses a registration that lands in between.

    How to run this test:
       $ java -jar jcstress-tests/target/jcstress.jar -t C8_SubscribeRacingRegister

    Results of one run in the CI setting (mvn -B verify on JDK 17, 2 shared CPUs; per test 2 forks
    of 3 iterations x 250 ms):

      UnderTest, 998,348 samples:
        RESULT        SAMPLES      FREQ  EXPECT       DESCRIPTION
        live          680,343   68.147%  Acceptable   subscribed first; a live event delivered it
        replayed      318,005   31.853%  Acceptable   registered first; the replay delivered it

      SubscriptionGap, 122,415 samples:
        RESULT        SAMPLES      FREQ  EXPECT       DESCRIPTION
        replayed      108,989   89.032%  Acceptable   registered first; the replay delivered it
        live           13,006   10.624%  Acceptable   subscribed first; a live event delivered it
        lost              420    0.343%  Interesting  caught: the registration fell into the gap between replay and subscription
 */
@Clauses(Clause.C8)
@Requires(Feature.SUBSCRIBE)
public class C8_SubscribeRacingRegister {

    /** The implementation under test (the reference unless -Dnodeplugins.factory names another). */
    @JCStressTest
    @Outcome(id = "replayed", expect = ACCEPTABLE, desc = "registered first; the replay delivered it")
    @Outcome(id = "live", expect = ACCEPTABLE, desc = "subscribed first; a live event delivered it")
    @Outcome(id = "lost", expect = FORBIDDEN, desc = "the registration reached the listener neither in the replay nor live")
    @Outcome(id = "repeated-.*", expect = FORBIDDEN, desc = "the registration reached the listener more than once")
    @Outcome(expect = FORBIDDEN, desc = "other events (named)")
    @State
    public static class UnderTest extends SubscribeRacingRegistration {
        /** Creates the state with a new registry of the implementation under test. */
        public UnderTest() {
            super(ImplementationUnderTest.newRegistry());
        }

        /** Subscribes the recording listener. */
        @Actor
        public void actor1() {
            subscribe();
        }

        /** Registers node-a. */
        @Actor
        public void actor2() {
            register();
        }

        /** Counts what the listener received. */
        @Arbiter
        public void arbiter(L_Result r) {
            r.r1 = delivery();
        }
    }


    /** Negative control: the same actors on a registry that replays the state first and adds the listener after. */
    @JCStressTest
    @NegativeControl(SubscriptionGapRegistry.class)
    @Outcome(id = "replayed", expect = ACCEPTABLE, desc = "registered first; the replay delivered it")
    @Outcome(id = "live", expect = ACCEPTABLE, desc = "subscribed first; a live event delivered it")
    @Outcome(id = "lost", expect = ACCEPTABLE_INTERESTING, desc = "caught: the registration fell into the gap between replay and subscription")
    @Outcome(expect = ACCEPTABLE_INTERESTING, desc = "not counted as a catch: an outcome this control does not name")
    @State
    public static class SubscriptionGap extends SubscribeRacingRegistration {
        /** Creates the state with a new faulty registry. */
        public SubscriptionGap() {
            super(new SubscriptionGapRegistry<>());
        }

        /** Subscribes the recording listener. */
        @Actor
        public void actor1() {
            subscribe();
        }

        /** Registers node-a. */
        @Actor
        public void actor2() {
            register();
        }

        /** Counts what the listener received. */
        @Arbiter
        public void arbiter(L_Result r) {
            r.r1 = delivery();
        }
    }
}
