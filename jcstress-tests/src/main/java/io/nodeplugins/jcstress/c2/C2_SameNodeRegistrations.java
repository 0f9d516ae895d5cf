package io.nodeplugins.jcstress.c2;

import io.nodeplugins.jcstress.ImplementationUnderTest;
import io.nodeplugins.jcstress.NegativeControl;
import io.nodeplugins.properties.faulty.CheckThenActRegistry;
import io.nodeplugins.properties.faulty.CopyOnWriteRaceProviderRegistry;
import io.nodeplugins.properties.faulty.NoStackingRegistry;
import io.nodeplugins.properties.features.Feature;
import io.nodeplugins.properties.features.Features;
import io.nodeplugins.properties.features.Requires;
import io.nodeplugins.properties.features.Semantics;
import io.nodeplugins.registry.Clause;
import io.nodeplugins.registry.Clauses;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.ILL_Result;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/*
    C2 newest wins: two registrations of one node, made at the same time, are both live; the one
    linearized last is current (under priority semantics, with equal priorities, the one linearized
    first), and closing it makes the other current again. Two actors register
    "first" and "second" for node-a; the arbiter reads size() (r1) and the current plugin (r2), then
    closes the current registration and reports what that revealed (r3). Either plugin may win, but
    r3 must always be "reveals-other". A registry that keeps only one plugin per node, or that
    updates the node's stack by an unsynchronised read-copy-write, loses the older registration:
    closing the current one leaves the node empty.

    How to run this test:
       $ java -jar jcstress-tests/target/jcstress.jar -t C2_SameNodeRegistrations

    Results of one run in the CI setting (mvn -B verify on JDK 17, 2 shared CPUs; per test 2 forks
    of 3 iterations x 250 ms):

      UnderTest, 1,041,012 samples:
        RESULT                        SAMPLES      FREQ  EXPECT       DESCRIPTION
        2, second, reveals-other      695,524   66.812%  Acceptable   second linearized last; closing it revealed first
        2, first, reveals-other       345,488   33.188%  Acceptable   first linearized last; closing it revealed second

      CheckThenAct, 684,603 samples:
        RESULT                        SAMPLES      FREQ  EXPECT       DESCRIPTION
        2, second, reveals-other      246,489   36.005%  Acceptable   both kept: the race did not hit this time
        1, second, empty              228,344   33.354%  Interesting  caught: closing the current registration left the node empty
        2, first, reveals-other       183,357   26.783%  Acceptable   both kept: the race did not hit this time
        1, first, empty                26,413    3.858%  Interesting  caught: closing the current registration left the node empty

      CopyOnWriteRaceProviders (a priority-provider registry, no size(): r1 is -1), 1,165,393 samples:
        RESULT                        SAMPLES      FREQ  EXPECT       DESCRIPTION
        -1, first, reveals-other      713,989   61.266%  Acceptable   both kept: the race did not hit this time
        -1, second, reveals-other     359,829   30.876%  Acceptable   both kept: the race did not hit this time
        -1, second, empty              60,018    5.150%  Interesting  caught: closing the current provider left the name empty
        -1, first, empty               31,557    2.708%  Interesting  caught: closing the current provider left the name empty

      NoStacking, 1,250,932 samples:
        RESULT                SAMPLES      FREQ  EXPECT       DESCRIPTION
        1, second, empty      813,085   64.998%  Interesting  caught: closing the current registration left the node empty
        1, first, empty       437,847   35.002%  Interesting  caught: closing the current registration left the node empty
 */
@Clauses(Clause.C2)
@Requires(value = Feature.REMOVAL, semantics = {Semantics.STACKING, Semantics.PRIORITY})
public class C2_SameNodeRegistrations {

    /** The implementation under test (the reference unless -Dnodeplugins.factory names another). */
    @JCStressTest
    @Outcome(id = "(2|-1), first, reveals-other", expect = ACCEPTABLE, desc = "first current (stacking: linearized last; priority: first); closing it revealed second (-1: no size())")
    @Outcome(id = "(2|-1), second, reveals-other", expect = ACCEPTABLE, desc = "second current (stacking: linearized last; priority: first); closing it revealed first (-1: no size())")
    @Outcome(id = ".*, empty", expect = FORBIDDEN, desc = "closing the current registration left the node empty: the other one was lost")
    @Outcome(id = "1, .*", expect = FORBIDDEN, desc = "size() counts one live registration: one was lost")
    @Outcome(expect = FORBIDDEN, desc = "other wrong state")
    @State
    public static class UnderTest extends SameNodeRegistrations {
        /** Creates the state with a new registry of the implementation under test. */
        public UnderTest() {
            super(ImplementationUnderTest.newRegistry(), ImplementationUnderTest.features());
        }

        /** Registers "first". */
        @Actor
        public void actor1() {
            registerFirst();
        }

        /** Registers "second". */
        @Actor
        public void actor2() {
            registerSecond();
        }

        /** Checks both are live, then closes the current one. */
        @Arbiter
        public void arbiter(ILL_Result r) {
            r.r1 = size();
            r.r2 = current();
            r.r3 = closeCurrent();
        }
    }


    /** Negative control: the same actors on a registry that updates a node's stack by an unsynchronised read-copy-write. */
    @JCStressTest
    @NegativeControl(CheckThenActRegistry.class)
    @Outcome(id = "2, (first|second), reveals-other", expect = ACCEPTABLE, desc = "both kept: the race did not hit this time")
    @Outcome(id = ".*, empty", expect = ACCEPTABLE_INTERESTING, desc = "caught: closing the current registration left the node empty")
    @Outcome(id = "1, .*", expect = ACCEPTABLE_INTERESTING, desc = "caught: size() counts one live registration")
    @Outcome(expect = ACCEPTABLE_INTERESTING, desc = "not counted as a catch: an outcome this control does not name")
    @State
    public static class CheckThenAct extends SameNodeRegistrations {
        /** Creates the state with a new faulty registry. */
        public CheckThenAct() {
            super(new CheckThenActRegistry<>(), Features.REFERENCE);
        }

        /** Registers "first". */
        @Actor
        public void actor1() {
            registerFirst();
        }

        /** Registers "second". */
        @Actor
        public void actor2() {
            registerSecond();
        }

        /** Checks both are live, then closes the current one. */
        @Arbiter
        public void arbiter(ILL_Result r) {
            r.r1 = size();
            r.r2 = current();
            r.r3 = closeCurrent();
        }
    }

    /** Negative control: the same actors on a registry that keeps one registration per node. */
    @JCStressTest
    @NegativeControl(NoStackingRegistry.class)
    @Outcome(id = "2, (first|second), reveals-other", expect = ACCEPTABLE, desc = "both kept (impossible for this registry)")
    @Outcome(id = ".*, empty", expect = ACCEPTABLE_INTERESTING, desc = "caught: closing the current registration left the node empty")
    @Outcome(id = "1, .*", expect = ACCEPTABLE_INTERESTING, desc = "caught: size() counts one live registration")
    @Outcome(expect = ACCEPTABLE_INTERESTING, desc = "not counted as a catch: an outcome this control does not name")
    @State
    public static class NoStacking extends SameNodeRegistrations {
        /** Creates the state with a new faulty registry. */
        public NoStacking() {
            super(new NoStackingRegistry<>(), Features.REFERENCE);
        }

        /** Registers "first". */
        @Actor
        public void actor1() {
            registerFirst();
        }

        /** Registers "second". */
        @Actor
        public void actor2() {
            registerSecond();
        }

        /** Checks both are live, then closes the current one. */
        @Arbiter
        public void arbiter(ILL_Result r) {
            r.r1 = size();
            r.r2 = current();
            r.r3 = closeCurrent();
        }
    }

    /**
     * Negative control: the same actors on a priority-provider registry (declared through
     * {@code Shape.priorityProviders}) whose registration reads, copies and puts back the name's
     * providers without atomicity: one of two concurrent registrations is lost.
     */
    @JCStressTest
    @NegativeControl(CopyOnWriteRaceProviderRegistry.class)
    @Outcome(id = "-1, (first|second), reveals-other", expect = ACCEPTABLE, desc = "both kept: the race did not hit this time")
    @Outcome(id = ".*, empty", expect = ACCEPTABLE_INTERESTING, desc = "caught: closing the current provider left the name empty: the other was lost")
    @Outcome(expect = ACCEPTABLE_INTERESTING, desc = "not counted as a catch: an outcome this control does not name")
    @State
    public static class CopyOnWriteRaceProviders extends SameNodeRegistrations {
        private static final CopyOnWriteRaceProviderRegistry.Declaration DECLARATION =
                new CopyOnWriteRaceProviderRegistry.Declaration();

        /** Creates the state with a new faulty provider registry. */
        public CopyOnWriteRaceProviders() {
            super(DECLARATION.create(), DECLARATION.features());
        }

        /** Registers "first". */
        @Actor
        public void actor1() {
            registerFirst();
        }

        /** Registers "second". */
        @Actor
        public void actor2() {
            registerSecond();
        }

        /** Checks both are live, then closes the current one. */
        @Arbiter
        public void arbiter(ILL_Result r) {
            r.r1 = size();
            r.r2 = current();
            r.r3 = closeCurrent();
        }
    }
}
