package io.nodeplugins.jcstress.c9;

import io.nodeplugins.jcstress.ImplementationUnderTest;
import io.nodeplugins.jcstress.NegativeControl;
import io.nodeplugins.properties.faulty.AcceptAfterCloseRegistry;
import io.nodeplugins.properties.features.Feature;
import io.nodeplugins.properties.features.Requires;
import io.nodeplugins.registry.Clause;
import io.nodeplugins.registry.Clauses;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.LL_Result;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/*
    C9 close: a registration racing close() is either rejected with IllegalStateException and
    stores nothing, or accepted and stays readable (a closed registry keeps its registrations
    readable so that plugins can shut down in any order). Never accepted and lost. One actor closes
    the registry, the other registers node-a; the arbiter reads how register ended (r1) and whether
    lookup finds the plugin (r2). A registry that answers a register after close with a handle but
    stores nothing shows "accepted, absent".

    How to run this test:
       $ java -jar jcstress-tests/target/jcstress.jar -t C9_CloseRacingRegister

    Results of one run in the CI setting (mvn -B verify on JDK 17, 2 shared CPUs; per test 2 forks
    of 3 iterations x 250 ms):

      UnderTest, 622,452 samples:
        RESULT                 SAMPLES      FREQ  EXPECT       DESCRIPTION
        rejected, absent       522,572   83.954%  Acceptable   close came first: register threw IllegalStateException, stored nothing
        accepted, visible       99,880   16.046%  Acceptable   register came first: the registration stays readable after close

      AcceptAfterClose, 3,026,982 samples:
        RESULT                 SAMPLES      FREQ  EXPECT       DESCRIPTION
        accepted, absent     1,512,598   49.971%  Interesting  caught: accepted and lost
        accepted, visible    1,480,472   48.909%  Acceptable   register came first: the registration stays readable
        rejected, absent        33,912    1.120%  Acceptable   close came first: register threw IllegalStateException
 */
@Clauses(Clause.C9)
@Requires(Feature.CLOSE)
public class C9_CloseRacingRegister {

    /** The implementation under test (the reference unless -Dnodeplugins.factory names another). */
    @JCStressTest
    @Outcome(id = "rejected, absent", expect = ACCEPTABLE, desc = "close came first: register threw IllegalStateException, stored nothing")
    @Outcome(id = "accepted, visible", expect = ACCEPTABLE, desc = "register came first: the registration stays readable after close")
    @Outcome(id = "accepted, absent", expect = FORBIDDEN, desc = "accepted and lost: register returned a handle but stored nothing")
    @Outcome(id = "rejected, visible", expect = FORBIDDEN, desc = "register threw, yet stored the plugin")
    @Outcome(expect = FORBIDDEN, desc = "register threw something else (named)")
    @State
    public static class UnderTest extends CloseRacingRegistration {
        /** Creates the state with a new registry of the implementation under test. */
        public UnderTest() {
            super(ImplementationUnderTest.newRegistry());
        }

        /** Closes the registry. */
        @Actor
        public void actor1() {
            close();
        }

        /** Registers node-a. */
        @Actor
        public void actor2() {
            register();
        }

        /** Reads the outcome of the registration. */
        @Arbiter
        public void arbiter(LL_Result r) {
            r.r1 = registration();
            r.r2 = visibility();
        }
    }


    /** Negative control: the same actors on a registry that answers a register after close with a handle and stores nothing. */
    @JCStressTest
    @NegativeControl(AcceptAfterCloseRegistry.class)
    @Outcome(id = "rejected, absent", expect = ACCEPTABLE, desc = "close came first: register threw IllegalStateException")
    @Outcome(id = "accepted, visible", expect = ACCEPTABLE, desc = "register came first: the registration stays readable")
    @Outcome(id = "accepted, absent", expect = ACCEPTABLE_INTERESTING, desc = "caught: accepted and lost")
    @Outcome(expect = ACCEPTABLE_INTERESTING, desc = "not counted as a catch: an outcome this control does not name")
    @State
    public static class AcceptAfterClose extends CloseRacingRegistration {
        /** Creates the state with a new faulty registry. */
        public AcceptAfterClose() {
            super(new AcceptAfterCloseRegistry<>());
        }

        /** Closes the registry. */
        @Actor
        public void actor1() {
            close();
        }

        /** Registers node-a. */
        @Actor
        public void actor2() {
            register();
        }

        /** Reads the outcome of the registration. */
        @Arbiter
        public void arbiter(LL_Result r) {
            r.r1 = registration();
            r.r2 = visibility();
        }
    }
}
