package io.nodeplugins.jcstress.c8;

import io.nodeplugins.properties.features.Feature;
import io.nodeplugins.properties.features.Requires;
import io.nodeplugins.registry.Clause;
import io.nodeplugins.registry.Clauses;
import io.nodeplugins.registry.PluginEvent;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.LL_Result;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/*
    C8 subscribe, C9 close: a subscribe that succeeds delivers the state it replays, even if the
    registry is closed a moment later; a subscribe after close is refused. node-a is registered;
    one actor subscribes a recording listener while the other closes the registry. The arbiter
    says whether subscribe succeeded (r1) and what the listener received (r2).

    Found by the parallel events property (ParallelContract.everyCommandMixed, seed
    -796162911226746341): the reference queued the replay under its lock and delivered it after
    unlocking, and close() in between cancelled the subscriber, so the replay was dropped although
    subscribe returned normally ("subscribed, nothing"). Fixed: close() stops publishing but leaves
    queued events to their delivery.

    How to run this test:
       $ java -jar jcstress-tests/target/jcstress.jar -t C8_SubscribeRacingClose

    Results in the CI setting (JDK 17, 2 shared CPUs), with the fix:
      UnderTest, 1,204,262 samples: refused, nothing 53.6%; subscribed, replayed 46.4%.
    The reference before the fix: 140 of 1,089,816 samples (0.013%) "subscribed, nothing" (FAIL).
 */
@Clauses(Clause.C8)
@Requires({Feature.SUBSCRIBE, Feature.CLOSE})
public class C8_SubscribeRacingClose {

    /** The implementation under test (the reference unless -Dnodeplugins.factory names another). */
    @JCStressTest
    @Outcome(id = "subscribed, replayed", expect = ACCEPTABLE, desc = "subscribed before close: the replay delivered the state")
    @Outcome(id = "refused, nothing", expect = ACCEPTABLE, desc = "closed first: subscribe threw IllegalStateException")
    @Outcome(id = "subscribed, nothing", expect = FORBIDDEN, desc = "subscribe returned, but its replay was dropped by the close")
    @Outcome(expect = FORBIDDEN, desc = "other outcome (named)")
    @State
    public static class UnderTest extends RaceWithClose {
        /** Creates the state: node-a registered. */
        public UnderTest() {
            registry.register("node-a", plugin);
        }

        /** Subscribes a recording listener. */
        @Actor
        public void actor1() {
            race(r -> r.subscribe(events::add), "subscribed");
        }

        /** Closes the registry. */
        @Actor
        public void actor2() {
            close();
        }

        /** Says whether subscribe returned and what the listener got once both actors returned. */
        @Arbiter
        public void arbiter(LL_Result r) {
            r.r1 = call();
            r.r2 = received(PluginEvent.Type.INITIAL, "replayed");
        }
    }
}
