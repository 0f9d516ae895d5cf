package io.nodeplugins.properties.suite;

import static org.assertj.core.api.Assertions.assertThat;

import io.nodeplugins.properties.engine.core.Effort;
import io.nodeplugins.properties.features.Feature;
import io.nodeplugins.properties.features.Features;
import io.nodeplugins.properties.features.KeySpace;
import io.nodeplugins.properties.features.Semantics;
import io.nodeplugins.registry.Clause;

import java.time.Duration;

import static io.nodeplugins.properties.suite.Finding.Status.ERROR;
import static io.nodeplugins.properties.suite.Finding.Status.FAIL;
import static io.nodeplugins.properties.suite.Finding.Status.NOT_APPLICABLE;
import static io.nodeplugins.properties.suite.Finding.Status.PASS;

import org.junit.jupiter.api.Test;

/** How the report blames clauses and renders its table. */
class SuiteReportTest {

    private final SuiteReport report = new SuiteReport("F", Effort.CI);

    private void add(Clause clause, Suite suite, boolean passed) {
        report.add(new Finding(clause, suite, clause.name() + "Test.x()", passed ? PASS : FAIL, 10, passed ? "" : "boom", "",
                false));
    }

    @Test
    void aClauseFailedByBothJcstressAndItsUnitTestsIsTheOneBlamed() {
        add(Clause.C3, Suite.JCSTRESS, false);
        add(Clause.C2, Suite.JCSTRESS, true);
        add(Clause.C3, Suite.UNIT, false);
        add(Clause.C2, Suite.UNIT, false); // a C2 test that closes handles fails for C3's bug
        add(Clause.C8, Suite.UNIT, false);

        assertThat(report.brokenClauses()).containsExactly(Clause.C3);
        assertThat(report.clausesWithFailures()).containsExactly(Clause.C2, Clause.C3, Clause.C8);
        assertThat(report.toMarkdown(Duration.ofSeconds(1)))
                .contains("verdict: **FAIL** (broken: C3); single-clause tests of C2, C8 failed too, as consequences");
        assertThat(report.toHtml(Duration.ofSeconds(1)))
                .contains("<li>verdict: <b>FAIL</b> (broken: C3); single-clause tests of C2, C8 failed too, as consequences</li>");
    }

    @Test
    void theHtmlPageShowsWhatTheSummarySaysWithFailureDetailsVerbatim() {
        report.add(new Finding(Clause.C5, Suite.SEQUENTIAL, "C5Test.x()", FAIL, 3,
                "step 1: registry.require(\"a\") -> threw <NPE> | not | a table\n# not a heading", "mvn -Dx=1", false));
        report.note("see `target/x` for **more**");

        String html = report.toHtml(Duration.ofSeconds(1));

        assertThat(html).startsWith("<!DOCTYPE html>").endsWith("</body></html>\n")
                .contains("<h1>nodeplugins suite report</h1>", " · C5 — sequential properties: <code>C5Test.x()</code></h3>")
                .contains("<pre>step 1: registry.require(&quot;a&quot;) -&gt; threw &lt;NPE&gt; | not | a table\n# not a heading</pre>")
                .contains("<tr><th>clause</th><th>jcstress</th>", "<td class=\"fail\">FAIL 0/1, 3 samples</td>")
                .contains("<li>see <code>target/x</code> for <b>more</b></li>", ", or: <code>mvn -Dx=1</code></p>")
                .containsPattern("<p>Replay: <code>./suite --replay F1-[0-9a-f]{4}</code>")
                .doesNotContain("**", "`", "<h1> not a heading");
    }

    @Test
    void withoutAgreementEveryClauseWithASingleClauseOrBlamedFailureIsBlamed() {
        add(Clause.C5, Suite.UNIT, false);
        add(Clause.C4, Suite.JCSTRESS, false);
        add(Clause.C6, Suite.SEQUENTIAL, false); // a property blamed on C6 by its failing operation

        assertThat(report.brokenClauses()).containsExactly(Clause.C4, Clause.C5, Clause.C6);
    }

    @Test
    void theClauseMostSuitesAgreeOnIsBrokenAndTheOthersAreConsequences() {
        add(Clause.C3, Suite.UNIT, false);
        add(Clause.C3, Suite.SEQUENTIAL, false);
        add(Clause.C2, Suite.UNIT, false);
        add(Clause.C8, Suite.UNIT, false);

        assertThat(report.brokenClauses()).containsExactly(Clause.C3);
        assertThat(report.toMarkdown(Duration.ofSeconds(1)))
                .contains("(broken: C3); single-clause tests of C2, C8 failed too, as consequences");
    }

    @Test
    void sharedPropertyFailuresAloneBlameTheirWholeRange() {
        report.add(new Finding(Clause.C1, Suite.PARALLEL, "p", FAIL, 1, "boom", "", true));
        report.add(new Finding(Clause.C2, Suite.PARALLEL, "p", FAIL, 1, "boom", "", true));

        assertThat(report.brokenClauses()).containsExactly(Clause.C1, Clause.C2);
        assertThat(report.passed()).isFalse();
        report.add(new Finding(Clause.C2, Suite.PARALLEL, "q", PASS, 1, "", "", true));
        report.add(new Finding(Clause.C7, Suite.PARALLEL, "p", FAIL, 1, "boom", "", true));
        assertThat(report.toMarkdown(Duration.ofSeconds(1))).contains("| C1 register | - | - | - | FAIL* 0/1, 1 samples |")
                .containsPattern("### F1-[0-9a-f]{4} · C1-C2, C7 — parallel properties: `p`");
    }

    @Test
    void aPassingReportSaysPassAndMarksUncheckedCells() {
        add(Clause.C1, Suite.UNIT, true);
        report.note("a note");

        assertThat(report.passed()).isTrue();
        assertThat(report.brokenClauses()).isEmpty();
        assertThat(report.toMarkdown(Duration.ofSeconds(61)))
                .contains("wall time: 0:01:01").contains("verdict: **PASS**")
                .contains("| C1 register | - | pass 1/1, 10 samples | - |").contains("- a note");
        assertThat(report.toHtml(Duration.ofSeconds(1))).contains("<td class=\"pass\">pass 1/1, 10 samples</td>");
    }

    @Test
    void checksOfWhatIsNotOfferedAreNotApplicableAndSuiteErrorsMakeTheRunIncompleteNeverFailed() {
        SuiteReport map = new SuiteReport("MyMap", Effort.CI,
                Features.of(Semantics.REPLACE, KeySpace.NON_BLANK).with(Feature.REMOVAL));
        map.add(new Finding(Clause.C1, Suite.UNIT, "a", PASS, 0, "", "", false));
        map.add(new Finding(Clause.C1, Suite.UNIT, "b", NOT_APPLICABLE, 0, "n/a: the registry does not offer size", "",
                false));
        map.add(new Finding(Clause.C6, Suite.UNIT, "c", NOT_APPLICABLE, 0, "n/a", "", false));
        // A check of every clause that passes proves nothing about await, which the map does not offer.
        map.add(new Finding(Clause.C6, Suite.SEQUENTIAL, "everyCommandMixed", PASS, 200, "", "", true));
        map.add(new Finding(Clause.C7, Suite.LINCHECK, "stress()", ERROR, 0,
                "suite error: Lincheck crashed while checking MyMap: java.lang.StackOverflowError", "", false));

        assertThat(map.verdict()).isEqualTo(SuiteReport.Verdict.INCOMPLETE);
        assertThat(map.brokenClauses()).isEmpty();
        assertThat(map.toMarkdown(Duration.ofSeconds(1)))
                .contains("- declares: replace, any non-blank string, offers [removal]")
                .contains("verdict: **INCOMPLETE** (no clause failed")
                .contains("| C1 register | - | pass 1/1, 1 n/a |", "| C6 await | - | n/a | n/a |", "| error 1 |")
                .contains("Not offered, so `n/a`: handle state, Optional lookup, require")
                .contains("- Hazard: a miss returns null: callers can dereference it later")
                .contains("## Suite errors", "suite error: Lincheck crashed")
                .doesNotContain("| FAIL", "broken:");
        map.add(new Finding(Clause.C3, Suite.SEQUENTIAL, "p", FAIL, 1, "boom", "", false));
        assertThat(map.verdict()).isEqualTo(SuiteReport.Verdict.FAIL);
        assertThat(map.toMarkdown(Duration.ofSeconds(1))).contains("## In plain words",
                "- C3 handle-scoped removal: an old instance's late removal deleted its newer replacement");
    }

    @Test
    void testNamesAreShortAndParameterisedOnesCarryTheirArguments() {
        assertThat(ContractSuites.shortName("[engine:junit-jupiter]/[class:io.x.ImplementationContracts$Unit]/"
                + "[nested-class:C3HandleScopedRemoval]/[method:closes(org.junit.jupiter.api.TestInfo)]",
                "closes(TestInfo)")).isEqualTo("Unit.C3HandleScopedRemoval.closes()");
        assertThat(ContractSuites.shortName("[engine:junit-jupiter]/[class:io.x.ParallelTest]/[test-template:every(io.x.P, "
                + "org.junit.jupiter.api.TestReporter)]/[test-template-invocation:#2]", "[2] C6_AWAIT"))
                .isEqualTo("ParallelTest.every() [2] C6_AWAIT");
    }
}
