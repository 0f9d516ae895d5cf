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
    C8 subscribe, C9 close: a registration that succeeds before close() reaches the listeners,
    even if close() runs before the event is delivered; a registration after close is refused and
    sends nothing. A listener is subscribed; one actor registers node-a while the other closes the
    registry. The arbiter says whether register succeeded (r1) and what the listener received (r2).

    Found by the parallel events property (ParallelContract.everyCommandMixed, seed
    -8384771617288031158): the reference delivered queued events to the subscribers it read after
    unlocking, and a close() in between had emptied that array, so the event stayed queued for good.
    Fixed: a write delivers to the subscribers it queued events for.

    How to run this test:
       $ java -jar jcstress-tests/target/jcstress.jar -t C8_RegisterRacingClose

    Results in the CI setting (JDK 17, 2 shared CPUs), with the fix: UnderTest, 781,090 samples:
    registered, delivered 56.7%; refused, nothing 43.3%. Before the fix: 35 of 466,198 samples
    (0.0075%) "registered, nothing" (FAIL).
 */
@Clauses(Clause.C8)
@Requires({Feature.SUBSCRIBE, Feature.CLOSE})
public class C8_RegisterRacingClose {

    /** The implementation under test (the reference unless -Dnodeplugins.factory names another). */
    @JCStressTest
    @Outcome(id = "registered, delivered", expect = ACCEPTABLE, desc = "registered before close: the listener got it")
    @Outcome(id = "refused, nothing", expect = ACCEPTABLE, desc = "closed first: register threw IllegalStateException")
    @Outcome(id = "registered, nothing", expect = FORBIDDEN, desc = "register returned, but its event never reached the listener")
    @Outcome(expect = FORBIDDEN, desc = "other outcome (named)")
    @State
    public static class UnderTest extends RaceWithClose {
        /** Creates the state: a subscribed listener. */
        public UnderTest() {
            registry.subscribe(events::add);
        }

        /** Registers node-a. */
        @Actor
        public void actor1() {
            race(r -> r.register("node-a", plugin), "registered");
        }

        /** Closes the registry. */
        @Actor
        public void actor2() {
            close();
        }

        /** Says whether register returned and what the listener got once both actors returned. */
        @Arbiter
        public void arbiter(LL_Result r) {
            r.r1 = call();
            r.r2 = received(PluginEvent.Type.CURRENT, "delivered");
        }
    }
}
