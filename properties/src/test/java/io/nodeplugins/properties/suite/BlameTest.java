package io.nodeplugins.properties.suite;

import io.nodeplugins.properties.contract.ContractRun;
import io.nodeplugins.properties.contract.SequentialContractCatchesFaultyRegistriesTest;
import io.nodeplugins.properties.engine.core.StepFailure;
import io.nodeplugins.properties.engine.model.Await;
import io.nodeplugins.properties.engine.model.BadInput;
import io.nodeplugins.properties.engine.model.CloseHandle;
import io.nodeplugins.properties.engine.model.CloseRegistry;
import io.nodeplugins.properties.engine.linearizability.RegistrySpecification;
import io.nodeplugins.properties.engine.model.Lookup;
import io.nodeplugins.properties.engine.model.Outcome;
import io.nodeplugins.properties.engine.model.Register;
import io.nodeplugins.properties.engine.model.RegistryModel;
import io.nodeplugins.properties.engine.model.Size;
import io.nodeplugins.properties.faulty.FaultyRegistries;
import io.nodeplugins.properties.faulty.FaultyRegistry;
import io.nodeplugins.properties.features.Features;
import io.nodeplugins.properties.features.Semantics;
import io.nodeplugins.registry.Clause;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Blame by operation: a property's failure counts for the clause of the operation whose outcome
 * first differed from the model, whatever clauses the property declares. Proven on every faulty
 * registry whose bug a sequential run shows: each breaks exactly one clause, and every sequential
 * property it fails (whichever clauses that property declares) must be blamed on that clause.
 */
class BlameTest {

    @TestFactory
    Stream<DynamicTest> everySequentialFailureOfAFaultyRegistryIsBlamedOnItsOneClause() {
        return FaultyRegistries.ALL.stream()
                .filter(f -> SequentialContractCatchesFaultyRegistriesTest.SEQUENTIALLY_VISIBLE.contains(f.name()))
                .map(faulty -> DynamicTest.dynamicTest(faulty.toString(), () -> check(faulty)));
    }

    private static void check(FaultyRegistry faulty) {
        ContractRun run = ContractRun.of(ContractRun.Contract.SEQUENTIAL, faulty.factoryClassName());
        Semantics semantics = Features.of(faulty.factory()).semantics();
        assertThat(run.failed()).as("%s must fail a sequential property", faulty).isNotEmpty();
        for (ContractRun.Failed failed : run.failed()) {
            Optional<Blame.Verdict> blame = Blame.of(failed.thrown(), semantics);
            assertThat(blame).as("%s failed %s %s, which a step names:%n%s", faulty, failed.name(), failed.clauses(),
                    describe(failed.thrown())).isPresent();
            assertThat(blame.get().clause()).as("%s breaks %s; %s %s failed with:%n%s", faulty, faulty.clause(),
                    failed.name(), failed.clauses(), failed.thrown().getMessage()).isEqualTo(faulty.clause());
        }
    }

    /** What a check threw, with its causes: a failure without a message still says what it was. */
    private static String describe(Throwable thrown) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            text.append(text.length() == 0 ? "" : "\ncaused by ").append(t);
        }
        return text.toString();
    }

    @Test
    void aCommandAnswersForItsClauseInTheStateBeforeIt() {
        RegistryModel empty = RegistryModel.empty(Semantics.STACKING);
        RegistryModel one = empty.withRegistered("a", 1);

        assertThat(Blame.clauseOf(new Register(1, "a", 0), empty)).as("a first registration must be visible")
                .isEqualTo(Clause.C1);
        assertThat(Blame.clauseOf(new Register(2, "a", 0), one)).as("which of two wins").isEqualTo(Clause.C2);
        assertThat(Blame.clauseOf(new CloseHandle(1, "a"), one)).isEqualTo(Clause.C3);
        assertThat(Blame.clauseOf(new Lookup("a"), one)).isEqualTo(Clause.C4);
        assertThat(Blame.clauseOf(new Await("a", 5), one)).isEqualTo(Clause.C6);
        assertThat(Blame.clauseOf(new Register(2, "a", 0), one.withClosed())).as("after close").isEqualTo(Clause.C9);
        assertThat(Blame.clauseOf(new CloseRegistry(), one)).isEqualTo(Clause.C9);
        assertThat(Blame.clauseOf(new BadInput(BadInput.Kind.values()[0], "", 5), one.withClosed()))
                .as("bad input is C10 even after close").isEqualTo(Clause.C10);
        assertThat(Blame.clauseOf(new Size(), one)).as("size only counts").isNull();
    }

    @Test
    void anInvariantOfOneClauseOverridesTheStepAndOthersFollowIt() {
        List<Object> steps = List.of(new Register(1, "a", 0), new Lookup("a"));

        assertThat(Blame.sequential(steps, new StepFailure("invariant pendingWaiters", "left a waiter", 0), Semantics.STACKING))
                .map(Blame.Verdict::clause).contains(Clause.C6);
        assertThat(Blame.sequential(steps, new StepFailure("invariant lookup", "lost", 0), Semantics.STACKING))
                .map(Blame.Verdict::clause).contains(Clause.C1);
        assertThat(Blame.sequential(steps, new StepFailure("Lookup: returned a wrong value", "x", 1), Semantics.STACKING))
                .get().extracting(Blame.Verdict::clause, Blame.Verdict::why)
                .containsExactly(Clause.C4, "step 2, `registry.lookup(\"a\");`");
        assertThat(Blame.sequential(steps, new StepFailure("no step", "x", -1), Semantics.STACKING)).isEmpty();
    }

    @Test
    void aRegisterThatThrewLostItsRegistrationAndOneThatShouldHaveWokenAWaiterIsALostWakeUp() {
        List<Object> steps = List.of(new Register(1, "a", 0), new Register(2, "a", 0));
        assertThat(Blame.sequential(steps, new StepFailure("Register: ConcurrentModificationException instead of"
                + " returned", "x", 1), Semantics.STACKING)).map(Blame.Verdict::clause).contains(Clause.C1);

        RegistryModel empty = RegistryModel.empty(Semantics.STACKING);
        Register register = new Register(1, "a", 0);
        Outcome returned = Outcome.returned("registration of p1 for a");
        assertThat(Blame.registerInHistory(register, Outcome.threw(IllegalStateException.class, null),
                new RegistrySpecification.State(empty, Map.of(), Map.of()))).isEqualTo(Clause.C1);
        assertThat(Blame.registerInHistory(register, returned, new RegistrySpecification.State(empty, Map.of(7, "a"), Map.of())))
                .as("an await of its node was waiting and then timed out").isEqualTo(Clause.C6);
        assertThat(Blame.registerInHistory(register, returned, new RegistrySpecification.State(empty, Map.of(), Map.of())))
                .as("a register that returned is no culprit on its own").isNull();
        assertThat(Blame.registerInHistory(register, returned, new RegistrySpecification.State(empty.withClosed(), Map.of(),
                Map.of()))).isEqualTo(Clause.C9);
    }
}
