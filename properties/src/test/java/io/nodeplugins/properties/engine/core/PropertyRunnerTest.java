package io.nodeplugins.properties.engine.core;

import io.nodeplugins.properties.engine.sequential.SequenceProperty;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The engine on integer sequences, where the minimal failing sequence is known exactly. */
class PropertyRunnerTest {

    private static final int TRIES = 200;
    private static final OptionalLong SEED = OptionalLong.of(7L);

    /** Fails when a 3 comes before a 7: the only 1-minimal failing sequence is [3, 7]. */
    private static Property<List<Integer>> threeBeforeSeven() {
        return SequenceProperty.<Integer>builder("no 3 before a 7")
                .subject("integers")
                .generator(PropertyRunnerTest::digits, 40)
                .check(steps -> {
                    int three = steps.indexOf(3);
                    return three >= 0 && steps.subList(three, steps.size()).contains(7)
                            ? new StepFailure("3 before 7", "a 3 comes before a 7", steps.lastIndexOf(7)) : null;
                })
                .render(i -> "step(" + i + ");")
                .build();
    }

    private static List<Integer> digits(SplittableRandom random, int maxSteps) {
        List<Integer> steps = new ArrayList<>();
        int n = 1 + random.nextInt(maxSteps);
        for (int i = 0; i < n; i++) {
            steps.add(random.nextInt(10));
        }
        return steps;
    }

    @Test
    void deltaDebuggingShrinksToTheOneMinimalSequence() {
        PropertyResult<List<Integer>> result = PropertyRunner.check(threeBeforeSeven(), TRIES, SEED);

        assertThat(result.passed()).isFalse();
        assertThat(result.original().size()).isGreaterThan(2);
        assertThat(result.minimal()).containsExactly(3, 7);
        assertThat(result.minimalSize()).isEqualTo(2);
        assertThat(result.report()).contains("1-minimal (removing any one step makes it pass)", "step(3);",
                "step(7);", "^ a 3 comes before a 7", "Seed: " + result.failingSeed(),
                "-Dnodeplugins.seed=" + result.failingSeed());
    }

    @Test
    void theReportedSeedReplaysTheFailureOnTheFirstTry() {
        PropertyResult<List<Integer>> first = PropertyRunner.check(threeBeforeSeven(), TRIES, SEED);
        PropertyResult<List<Integer>> replay = PropertyRunner.check(threeBeforeSeven(), TRIES,
                OptionalLong.of(first.failingSeed()));

        assertThat(replay.tries()).isEqualTo(1);
        assertThat(replay.original()).isEqualTo(first.original());
    }

    @Test
    void argumentsAreSimplifiedAfterDeltaDebugging() {
        Property<List<Integer>> property = SequenceProperty.<Integer>builder("no digit above 4")
                .generator(PropertyRunnerTest::digits, 40)
                .check(steps -> steps.stream().anyMatch(i -> i > 4) ? new StepFailure("big", "a digit above 4", -1) : null)
                .stepSimplifier(i -> i > 0 ? List.of(0, i - 1) : List.of())
                .build();

        PropertyResult<List<Integer>> result = PropertyRunner.check(property, TRIES, SEED);

        assertThat(result.minimal()).containsExactly(5);
    }

    @Test
    void aPassingPropertyRunsEveryTryAndRefusesToReportAFailure() {
        Property<List<Integer>> property = SequenceProperty.<Integer>builder("digits are digits")
                .generator(PropertyRunnerTest::digits, 40)
                .check(steps -> steps.stream().allMatch(i -> i >= 0 && i < 10) ? null : new StepFailure("x", "x", -1))
                .build();

        PropertyResult<List<Integer>> result = PropertyRunner.check(property, 37, SEED);

        assertThat(result.passed()).isTrue();
        assertThat(result.tries()).isEqualTo(37);
        assertThat(result.report()).isEqualTo("Property 'digits are digits' passed 37 sequences against  (first seed 7).");
        assertThatThrownBy(result::minimal).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> PropertyRunner.check(property, 0, SEED)).isInstanceOf(IllegalArgumentException.class);
    }
}
