package io.nodeplugins.properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** The engine on integer sequences, where the minimal failing sequence is known exactly. */
class PropertyRunnerTest {

    private static final PropertySettings SETTINGS = new PropertySettings(200, 40, java.util.OptionalLong.of(7L));

    /** Fails when a 3 comes before a 7: the only 1-minimal failing sequence is [3, 7]. */
    private static SequenceProperty<Integer> threeBeforeSeven() {
        return SequenceProperty.<Integer>builder("no 3 before a 7")
                .subject("integers")
                .generator(PropertyRunnerTest::digits)
                .check(steps -> {
                    int three = steps.indexOf(3);
                    return three >= 0 && steps.subList(three, steps.size()).contains(7)
                            ? new Failure("3 before 7", "a 3 comes before a 7", steps.lastIndexOf(7)) : null;
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
        PropertyResult<Integer> result = PropertyRunner.check(threeBeforeSeven(), SETTINGS);

        assertThat(result.passed()).isFalse();
        assertThat(result.original().size()).isGreaterThan(2);
        assertThat(result.minimal()).containsExactly(3, 7);
        assertThat(result.oneMinimal()).isTrue();
        assertThat(result.report()).contains("step(3);", "step(7);", "^ a 3 comes before a 7",
                "Seed: " + result.failingSeed(), "-Dnodeplugins.seed=" + result.failingSeed());
    }

    @Test
    void theReportedSeedReplaysTheFailureOnTheFirstTry() {
        PropertyResult<Integer> first = PropertyRunner.check(threeBeforeSeven(), SETTINGS);
        PropertyResult<Integer> replay = PropertyRunner.check(threeBeforeSeven(),
                SETTINGS.withSeed(first.failingSeed()));

        assertThat(replay.tries()).isEqualTo(1);
        assertThat(replay.original()).isEqualTo(first.original());
    }

    @Test
    void argumentsAreSimplifiedAfterDeltaDebugging() {
        SequenceProperty<Integer> property = SequenceProperty.<Integer>builder("no digit above 4")
                .generator(PropertyRunnerTest::digits)
                .check(steps -> steps.stream().anyMatch(i -> i > 4) ? new Failure("big", "a digit above 4", -1) : null)
                .stepSimplifier(i -> i > 0 ? List.of(0, i - 1) : List.of())
                .build();

        PropertyResult<Integer> result = PropertyRunner.check(property, SETTINGS);

        assertThat(result.minimal()).containsExactly(5);
    }

    @Test
    void aPassingPropertyRunsEveryTryAndRefusesToReportAFailure() {
        SequenceProperty<Integer> property = SequenceProperty.<Integer>builder("digits are digits")
                .generator(PropertyRunnerTest::digits)
                .check(steps -> steps.stream().allMatch(i -> i >= 0 && i < 10) ? null : new Failure("x", "x", -1))
                .build();

        PropertyResult<Integer> result = PropertyRunner.check(property, SETTINGS.withTries(37));

        assertThat(result.passed()).isTrue();
        assertThat(result.tries()).isEqualTo(37);
        assertThatThrownBy(result::minimal).isInstanceOf(IllegalStateException.class);
    }
}
