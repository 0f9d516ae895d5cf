package io.nodeplugins.jcstress.c1;

import io.nodeplugins.jcstress.ImplementationUnderTest;
import io.nodeplugins.jcstress.NegativeControl;
import io.nodeplugins.properties.faulty.UnsynchronizedMapRegistry;
import io.nodeplugins.properties.features.Features;
import io.nodeplugins.registry.Clause;
import io.nodeplugins.registry.Clauses;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/*
    C1 register: no registration is ever lost, whatever other threads do. Two actors register
    plugins for two different nodes of one empty registry at the same time; the arbiter then counts
    the nodes whose lookup still returns their own plugin (r1) and reads size() (r2). Only "2, 2" is
    correct: a registry whose writes are not atomic (a plain HashMap written without a lock, or a
    copy-put-publish of the map without one) lets one write overwrite the other and loses a node.

    How to run this test:
       $ java -jar jcstress-tests/target/jcstress.jar -t C1_TwoNodesRegister

    Results of one run in the CI setting (mvn -B verify on JDK 17, 2 shared CPUs; per test 2 forks
    of 3 iterations x 250 ms):

      UnderTest, 2,596,902 samples:
        RESULT      SAMPLES      FREQ  EXPECT       DESCRIPTION
        2, 2      2,596,902  100.000%  Acceptable   both registrations survived

      UnsynchronizedMap, 3,037,222 samples:
        RESULT      SAMPLES      FREQ  EXPECT       DESCRIPTION
        2, 2      2,641,159   86.960%  Acceptable   both survived: the race did not hit this time
        1, 1        396,063   13.040%  Interesting  caught: a registration was lost
 */
@Clauses(Clause.C1)
public class C1_TwoNodesRegister {

    /** The implementation under test (the reference unless -Dnodeplugins.factory names another). */
    @JCStressTest
    @Outcome(id = "2, 2", expect = ACCEPTABLE, desc = "both registrations survived")
    @Outcome(id = "[01], .*", expect = FORBIDDEN, desc = "a registration was lost: lookup no longer finds it")
    @Outcome(id = "2, .*", expect = FORBIDDEN, desc = "both found, but size() lost a registration")
    @Outcome(expect = FORBIDDEN, desc = "a registration threw")
    @State
    public static class UnderTest extends DistinctNodeRegistrations {
        /** Creates the state with a new registry of the implementation under test. */
        public UnderTest() {
            super(ImplementationUnderTest.newRegistry(), ImplementationUnderTest.features(), 2);
        }

        /** Registers node-a. */
        @Actor
        public void actor1() {
            register(0);
        }

        /** Registers node-b. */
        @Actor
        public void actor2() {
            register(1);
        }

        /** Counts the survivors. */
        @Arbiter
        public void arbiter(II_Result r) {
            r.r1 = found();
            r.r2 = size();
        }
    }


    /** Negative control: the same actors on a registry that writes a plain HashMap without a lock. */
    @JCStressTest
    @NegativeControl(UnsynchronizedMapRegistry.class)
    @Outcome(id = "2, 2", expect = ACCEPTABLE, desc = "both survived: the race did not hit this time")
    @Outcome(id = "[01], .*", expect = ACCEPTABLE_INTERESTING, desc = "caught: a registration was lost")
    @Outcome(id = "2, .*", expect = ACCEPTABLE_INTERESTING, desc = "caught: size() lost a registration")
    @Outcome(id = "-1, .*", expect = ACCEPTABLE_INTERESTING, desc = "caught: a registration threw (the map broke)")
    @Outcome(expect = ACCEPTABLE_INTERESTING, desc = "not counted as a catch: an outcome this control does not name")
    @State
    public static class UnsynchronizedMap extends DistinctNodeRegistrations {
        /** Creates the state with a new faulty registry. */
        public UnsynchronizedMap() {
            super(new UnsynchronizedMapRegistry<>(), Features.REFERENCE, 2);
        }

        /** Registers node-a. */
        @Actor
        public void actor1() {
            register(0);
        }

        /** Registers node-b. */
        @Actor
        public void actor2() {
            register(1);
        }

        /** Counts the survivors. */
        @Arbiter
        public void arbiter(II_Result r) {
            r.r1 = found();
            r.r2 = size();
        }
    }
}
