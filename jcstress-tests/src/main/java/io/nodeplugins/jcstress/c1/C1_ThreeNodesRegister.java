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
    C1 register, three writers: the same as C1_TwoNodesRegister with a third actor registering a
    third node, so that more writes overlap at once (a lost update that needs three racing writers,
    such as a resize racing two insertions, has a chance to show). The
    arbiter counts the nodes whose lookup returns their own plugin (r1) and reads size() (r2); only
    "3, 3" is correct.

    jcstress needs one CPU per actor: on a machine with fewer than 3 CPUs it does not schedule this
    test at all, and the verdict lists it as NOT RUN instead of failing.

    How to run this test:
       $ java -jar jcstress-tests/target/jcstress.jar -t C1_ThreeNodesRegister

    Results: not run on the 2-CPU development machine (see above); CI runners with 4 CPUs run it.
 */
@Clauses(Clause.C1)
public class C1_ThreeNodesRegister {

    /** The implementation under test (the reference unless -Dnodeplugins.factory names another). */
    @JCStressTest
    @Outcome(id = "3, 3", expect = ACCEPTABLE, desc = "all three registrations survived")
    @Outcome(id = "[012], .*", expect = FORBIDDEN, desc = "a registration was lost: lookup no longer finds it")
    @Outcome(id = "3, .*", expect = FORBIDDEN, desc = "all found, but size() lost a registration")
    @Outcome(expect = FORBIDDEN, desc = "a registration threw")
    @State
    public static class UnderTest extends DistinctNodeRegistrations {
        /** Creates the state with a new registry of the implementation under test. */
        public UnderTest() {
            super(ImplementationUnderTest.newRegistry(), ImplementationUnderTest.features(), 3);
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

        /** Registers node-c. */
        @Actor
        public void actor3() {
            register(2);
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
    @Outcome(id = "3, 3", expect = ACCEPTABLE, desc = "all survived: the race did not hit this time")
    @Outcome(id = "[012], .*", expect = ACCEPTABLE_INTERESTING, desc = "caught: a registration was lost")
    @Outcome(id = "3, .*", expect = ACCEPTABLE_INTERESTING, desc = "caught: size() lost a registration")
    @Outcome(id = "-1, .*", expect = ACCEPTABLE_INTERESTING, desc = "caught: a registration threw (the map broke)")
    @Outcome(expect = ACCEPTABLE_INTERESTING, desc = "not counted as a catch: an outcome this control does not name")
    @State
    public static class UnsynchronizedMap extends DistinctNodeRegistrations {
        /** Creates the state with a new faulty registry. */
        public UnsynchronizedMap() {
            super(new UnsynchronizedMapRegistry<>(), Features.REFERENCE, 3);
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

        /** Registers node-c. */
        @Actor
        public void actor3() {
            register(2);
        }

        /** Counts the survivors. */
        @Arbiter
        public void arbiter(II_Result r) {
            r.r1 = found();
            r.r2 = size();
        }
    }
}
