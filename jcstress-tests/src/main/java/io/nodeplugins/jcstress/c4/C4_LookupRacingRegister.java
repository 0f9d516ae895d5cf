package io.nodeplugins.jcstress.c4;

import io.nodeplugins.jcstress.ImplementationUnderTest;
import io.nodeplugins.jcstress.NegativeControl;
import io.nodeplugins.properties.faulty.RacyPublicationRegistry;
import io.nodeplugins.registry.Clause;
import io.nodeplugins.registry.Clauses;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.L_Result;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/*
    C4 lookup (and C1's "visible to every thread at once"): a lookup racing the registration of the
    same node sees either nothing or the complete plugin, never a half-built one. One actor
    constructs a plugin (node, generation and checksum in plain, non-final fields) and registers it;
    the other looks the node up and checks the fields. A registry that publishes an entry before
    its plugin is filled in, or publishes without a happens-before edge, lets the lookup see the
    entry early: it throws, or returns a plugin whose fields are still unset. The control's
    registry (RacyPublicationRegistry) links the entry first and sets its plugin later, both under
    its lock, so it shows the first form only (NullPointerException); no registry of the project
    shows "half-built", which stays forbidden for the implementation under test.

    How to run this test:
       $ java -jar jcstress-tests/target/jcstress.jar -t C4_LookupRacingRegister

    Results of one run in the CI setting (mvn -B verify on JDK 17, 2 shared CPUs; per test 2 forks
    of 3 iterations x 250 ms):

      UnderTest, 923,641 samples:
        RESULT        SAMPLES      FREQ  EXPECT       DESCRIPTION
        absent        721,921   78.160%  Acceptable   lookup ran before the registration
        complete      201,720   21.840%  Acceptable   lookup saw the complete plugin

      RacyPublication, 558,057 samples:
        RESULT                    SAMPLES      FREQ  EXPECT       DESCRIPTION
        absent                    506,972   90.846%  Acceptable   lookup ran before the registration
        complete                   50,262    9.007%  Acceptable   lookup saw the complete plugin
        NullPointerException          823    0.147%  Interesting  caught: lookup threw on the entry linked before its plugin was set
 */
@Clauses(Clause.C4)
public class C4_LookupRacingRegister {

    /** The implementation under test (the reference unless -Dnodeplugins.factory names another). */
    @JCStressTest
    @Outcome(id = "absent", expect = ACCEPTABLE, desc = "lookup ran before the registration")
    @Outcome(id = "complete", expect = ACCEPTABLE, desc = "lookup saw the complete plugin")
    @Outcome(id = "half-built", expect = FORBIDDEN, desc = "lookup exposed a plugin whose constructor writes it did not see")
    @Outcome(expect = FORBIDDEN, desc = "lookup threw (named) or returned a null Optional")
    @State
    public static class UnderTest extends LookupRacingRegistration {
        /** Creates the state with a new registry of the implementation under test. */
        public UnderTest() {
            super(ImplementationUnderTest.newRegistry());
        }

        /** Constructs and registers the plugin. */
        @Actor
        public void actor1() {
            register();
        }

        /** Looks the node up. */
        @Actor
        public void actor2(L_Result r) {
            r.r1 = lookup();
        }
    }


    /** Negative control: the same actors on a registry that links the entry before filling in its plugin. */
    @JCStressTest
    @NegativeControl(RacyPublicationRegistry.class)
    @Outcome(id = "absent", expect = ACCEPTABLE, desc = "lookup ran before the registration")
    @Outcome(id = "complete", expect = ACCEPTABLE, desc = "lookup saw the complete plugin")
    @Outcome(id = "half-built", expect = ACCEPTABLE_INTERESTING, desc = "caught: lookup exposed a half-built plugin")
    @Outcome(id = "NullPointerException", expect = ACCEPTABLE_INTERESTING, desc = "caught: lookup threw on the entry linked before its plugin was set")
    @Outcome(expect = ACCEPTABLE_INTERESTING, desc = "not counted as a catch: an outcome this control does not name")
    @State
    public static class RacyPublication extends LookupRacingRegistration {
        /** Creates the state with a new faulty registry. */
        public RacyPublication() {
            super(new RacyPublicationRegistry<>());
        }

        /** Constructs and registers the plugin. */
        @Actor
        public void actor1() {
            register();
        }

        /** Looks the node up. */
        @Actor
        public void actor2(L_Result r) {
            r.r1 = lookup();
        }
    }
}
