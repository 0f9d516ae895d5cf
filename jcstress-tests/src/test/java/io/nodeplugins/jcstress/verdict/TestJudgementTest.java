package io.nodeplugins.jcstress.verdict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.infra.runners.TestList;

/** Which outcomes count as a negative control catching its bug. */
class TestJudgementTest {

    /** The outcome shape of a control, without being a jcstress test. */
    @Outcome(id = "ok", expect = ACCEPTABLE, desc = "correct")
    @Outcome(id = {"lost-.*", "NullPointerException"}, expect = ACCEPTABLE_INTERESTING, desc = "the bug")
    @Outcome(id = "never", expect = FORBIDDEN, desc = "not a bug outcome")
    @Outcome(expect = ACCEPTABLE_INTERESTING, desc = "catch-all")
    static final class ControlShape {
    }

    @Test
    void onlyTheInterestingOutcomesAControlNamesCountAndTheyMatchTheWholeResult() {
        List<Pattern> bugs = TestJudgement.namedBugOutcomes(ControlShape.class);

        assertThat(TestJudgement.names(bugs, "lost-2")).isTrue();
        assertThat(TestJudgement.names(bugs, "NullPointerException")).isTrue();
        assertThat(TestJudgement.names(bugs, "ok")).as("acceptable").isFalse();
        assertThat(TestJudgement.names(bugs, "never")).as("forbidden").isFalse();
        assertThat(TestJudgement.names(bugs, "IllegalStateException")).as("only the catch-all grades it").isFalse();
        assertThat(TestJudgement.names(bugs, "not-lost-2")).as("jcstress matches the whole result").isFalse();
    }

    @Test
    void everyNegativeControlOfTheSuiteNamesTheOutcomeOfItsBug() {
        List<String> controls = TestList.tests().stream().filter(t -> TestJudgement.controlOf(t) != null).toList();

        assertThat(controls).hasSizeGreaterThanOrEqualTo(10);
        for (String control : controls) {
            assertThat(TestJudgement.namedBugOutcomes(TestJudgementTest.classOf(control))).as(control).isNotEmpty();
        }
    }

    private static Class<?> classOf(String test) {
        try {
            return Class.forName(TestList.getInfo(test).binaryName());
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }
}
