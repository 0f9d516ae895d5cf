package io.nodeplugins.jcstress.c3;

import io.nodeplugins.jcstress.ImplementationUnderTest;
import io.nodeplugins.jcstress.NegativeControl;
import io.nodeplugins.properties.faulty.RemoveByKeyRegistry;
import io.nodeplugins.properties.faulty.RemoveByNameMapRegistry;
import io.nodeplugins.properties.features.Feature;
import io.nodeplugins.properties.features.Features;
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
    C3 handle-scoped removal: closing an older registration's handle can never remove a newer
    registration of the same node (kubelet's device-plugin manager once let an old plugin's late
    disconnect remove its replacement). node-a starts with an "older" registration; one actor closes
    its handle while the other registers "newer". Whatever the order, the arbiter must find "newer"
    current and one live registration. A registry that removes by key instead of by handle removes
    "newer" whenever the registration wins the race, and the closed "older" plugin is current again.

    How to run this test:
       $ java -jar jcstress-tests/target/jcstress.jar -t C3_OlderCloseRacingNewerRegister

    Results of one run in the CI setting (mvn -B verify on JDK 17, 2 shared CPUs; per test 2 forks
    of 3 iterations x 250 ms):

      UnderTest, 2,474,022 samples:
        RESULT        SAMPLES      FREQ  EXPECT       DESCRIPTION
        newer, 1    2,474,022  100.000%  Acceptable   the newer registration survived the older handle's close

      RemoveByKey, 907,706 samples:
        RESULT        SAMPLES      FREQ  EXPECT       DESCRIPTION
        newer, 1      608,881   67.079%  Acceptable   the close came first: the newer registration survived
        older, 1      298,825   32.921%  Interesting  caught: the older handle's close removed the newer registration

      RemoveByNameMap (a map-style registry, no size(): r2 counts by lookup), 2,312,784 samples:
        RESULT        SAMPLES      FREQ  EXPECT       DESCRIPTION
        newer, 1    1,972,964   85.307%  Acceptable   the close came first: the newer registration survived
        none, 0       339,820   14.693%  Interesting  caught: the node is empty, the old instance's removal deleted its replacement
 */
@Clauses(Clause.C3)
@Requires(Feature.REMOVAL)
public class C3_OlderCloseRacingNewerRegister {

    /** The implementation under test (the reference unless -Dnodeplugins.factory names another). */
    @JCStressTest
    @Outcome(id = "newer, 1", expect = ACCEPTABLE, desc = "the newer registration survived the older handle's close")
    @Outcome(id = "older, .*", expect = FORBIDDEN, desc = "the older handle's close removed the newer registration; the closed older plugin is current again")
    @Outcome(id = "none, .*", expect = FORBIDDEN, desc = "the node is empty: the newer registration was removed")
    @Outcome(expect = FORBIDDEN, desc = "other wrong state (r2 is size())")
    @State
    public static class UnderTest extends OlderCloseRacingNewerRegistration {
        /** Creates the state with a new registry of the implementation under test. */
        public UnderTest() {
            super(ImplementationUnderTest.newRegistry(), ImplementationUnderTest.features());
        }

        /** Closes the older handle. */
        @Actor
        public void actor1() {
            closeOlder();
        }

        /** Registers the newer plugin. */
        @Actor
        public void actor2() {
            registerNewer();
        }

        /** Says what is left. */
        @Arbiter
        public void arbiter(LI_Result r) {
            r.r1 = current();
            r.r2 = size();
        }
    }


    /** Negative control: the same actors on a registry whose handles remove whatever is current for their node. */
    @JCStressTest
    @NegativeControl(RemoveByKeyRegistry.class)
    @Outcome(id = "newer, 1", expect = ACCEPTABLE, desc = "the close came first: the newer registration survived")
    @Outcome(id = "older, .*", expect = ACCEPTABLE_INTERESTING, desc = "caught: the older handle's close removed the newer registration")
    @Outcome(id = "none, .*", expect = ACCEPTABLE_INTERESTING, desc = "caught: the node is empty, the newer registration was removed")
    @Outcome(expect = ACCEPTABLE_INTERESTING, desc = "not counted as a catch: an outcome this control does not name")
    @State
    public static class RemoveByKey extends OlderCloseRacingNewerRegistration {
        /** Creates the state with a new faulty registry. */
        public RemoveByKey() {
            super(new RemoveByKeyRegistry<>(), Features.REFERENCE);
        }

        /** Closes the older handle. */
        @Actor
        public void actor1() {
            closeOlder();
        }

        /** Registers the newer plugin. */
        @Actor
        public void actor2() {
            registerNewer();
        }

        /** Says what is left. */
        @Arbiter
        public void arbiter(LI_Result r) {
            r.r1 = current();
            r.r2 = size();
        }
    }

    /**
     * Negative control: the same actors on a map-style registry declared through {@code Shape.map}
     * whose {@code unregister(node)} is {@code remove(key)}: the old instance's late removal deletes
     * its replacement and leaves the node empty.
     */
    @JCStressTest
    @NegativeControl(RemoveByNameMapRegistry.class)
    @Outcome(id = "newer, 1", expect = ACCEPTABLE, desc = "the close came first: the newer registration survived")
    @Outcome(id = "none, .*", expect = ACCEPTABLE_INTERESTING, desc = "caught: the node is empty, the old instance's removal deleted its replacement")
    @Outcome(expect = ACCEPTABLE_INTERESTING, desc = "not counted as a catch: an outcome this control does not name")
    @State
    public static class RemoveByNameMap extends OlderCloseRacingNewerRegistration {
        private static final RemoveByNameMapRegistry.Declaration DECLARATION = new RemoveByNameMapRegistry.Declaration();

        /** Creates the state with a new map-style registry. */
        public RemoveByNameMap() {
            super(DECLARATION.create(), DECLARATION.features());
        }

        /** Closes the older handle. */
        @Actor
        public void actor1() {
            closeOlder();
        }

        /** Registers the newer plugin. */
        @Actor
        public void actor2() {
            registerNewer();
        }

        /** Says what is left. */
        @Arbiter
        public void arbiter(LI_Result r) {
            r.r1 = current();
            r.r2 = size();
        }
    }
}
