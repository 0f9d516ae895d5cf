package io.nodeplugins.jcstress.c7;

import io.nodeplugins.jcstress.ImplementationUnderTest;
import io.nodeplugins.jcstress.NegativeControl;
import io.nodeplugins.properties.faulty.WeaklyConsistentSnapshotRegistry;
import io.nodeplugins.properties.features.Feature;
import io.nodeplugins.properties.features.Requires;
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
    C7 snapshot: a snapshot is the registry's state at one instant. The registry holds three other
    nodes; one actor registers node-a and then node-z, the other takes a snapshot. Since node-z is
    registered after node-a, every instant that has node-z also has node-a: a snapshot holding the
    second registration without the first is torn, a mix of two instants. A registry that copies
    its map by weakly consistent iteration, without excluding writers, can pass node-a's bucket
    before node-a arrives and reach node-z's after node-z arrived.

    How to run this test:
       $ java -jar jcstress-tests/target/jcstress.jar -t C7_SnapshotRacingOrderedRegister

    Results of one run in the CI setting (mvn -B verify on JDK 17, 2 shared CPUs; per test 2 forks
    of 3 iterations x 250 ms):

      UnderTest, 456,701 samples:
        RESULT          SAMPLES      FREQ  EXPECT       DESCRIPTION
        both            328,439   71.915%  Acceptable   snapshot taken after both registrations
        none            128,143   28.058%  Acceptable   snapshot taken before both registrations
        first-only          119    0.026%  Acceptable   snapshot taken between the registrations

      WeaklyConsistentSnapshot, 897,062 samples:
        RESULT           SAMPLES      FREQ  EXPECT       DESCRIPTION
        both             852,068   94.984%  Acceptable   snapshot taken after both registrations
        none              44,574    4.969%  Acceptable   snapshot taken before both registrations
        second-only          419    0.047%  Interesting  caught: torn snapshot, holds the second registration but not the first
        first-only             1    0.000%  Acceptable   snapshot taken between the registrations
 */
@Clauses(Clause.C7)
@Requires(Feature.SNAPSHOT)
public class C7_SnapshotRacingOrderedRegister {

    /** The implementation under test (the reference unless -Dnodeplugins.factory names another). */
    @JCStressTest
    @Outcome(id = "none", expect = ACCEPTABLE, desc = "snapshot taken before both registrations")
    @Outcome(id = "first-only", expect = ACCEPTABLE, desc = "snapshot taken between the registrations")
    @Outcome(id = "both", expect = ACCEPTABLE, desc = "snapshot taken after both registrations")
    @Outcome(id = "second-only", expect = FORBIDDEN, desc = "torn snapshot: holds the second registration but not the first")
    @Outcome(expect = FORBIDDEN, desc = "snapshot threw or holds something else (named)")
    @State
    public static class UnderTest extends SnapshotRacingOrderedRegistrations {
        /** Creates the state with a new registry of the implementation under test. */
        public UnderTest() {
            super(ImplementationUnderTest.newRegistry());
        }

        /** Registers node-a, then node-z. */
        @Actor
        public void actor1() {
            registerInOrder();
        }

        /** Takes the snapshot. */
        @Actor
        public void actor2(L_Result r) {
            r.r1 = snapshot();
        }
    }


    /** Negative control: the same actors on a registry that copies its map by iterating it while writers go on. */
    @JCStressTest
    @NegativeControl(WeaklyConsistentSnapshotRegistry.class)
    @Outcome(id = "none", expect = ACCEPTABLE, desc = "snapshot taken before both registrations")
    @Outcome(id = "first-only", expect = ACCEPTABLE, desc = "snapshot taken between the registrations")
    @Outcome(id = "both", expect = ACCEPTABLE, desc = "snapshot taken after both registrations")
    @Outcome(id = "second-only", expect = ACCEPTABLE_INTERESTING, desc = "caught: torn snapshot, holds the second registration but not the first")
    @Outcome(expect = ACCEPTABLE_INTERESTING, desc = "not counted as a catch: an outcome this control does not name")
    @State
    public static class WeaklyConsistentSnapshot extends SnapshotRacingOrderedRegistrations {
        /** Creates the state with a new faulty registry. */
        public WeaklyConsistentSnapshot() {
            super(new WeaklyConsistentSnapshotRegistry<>());
        }

        /** Registers the first node, then the second. */
        @Actor
        public void actor1() {
            registerInOrder();
        }

        /** Takes the snapshot. */
        @Actor
        public void actor2(L_Result r) {
            r.r1 = snapshot();
        }
    }
}
