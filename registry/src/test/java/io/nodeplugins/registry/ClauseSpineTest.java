package io.nodeplugins.registry;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** The clause spine: ten clauses in contract order, with the titles the reports print. */
class ClauseSpineTest {

    @Test
    void theTenClausesAreInContractOrderWithTheirTitles() {
        assertThat(Clause.values()).extracting(Clause::label).containsExactly("C1 register", "C2 newest wins",
                "C3 handle-scoped removal", "C4 lookup", "C5 require", "C6 await", "C7 snapshot", "C8 subscribe",
                "C9 close", "C10 bad input");
    }

    @Test
    void everyClauseSaysInPlainWordsWhatItsViolationLooksLike() {
        assertThat(Clause.C3.symptom()).isEqualTo("an old instance's late removal deleted its newer replacement");
        assertThat(Clause.values()).allSatisfy(c -> assertThat(c.symptom()).isNotBlank().doesNotEndWith("."));
        assertThat(Clause.C3.title()).isEqualTo("handle-scoped removal");
    }

    @Test
    void parseAcceptsAnIdInEitherCaseAndRejectsOthersListingTheValidOnes() {
        assertThat(Clause.parse(" c10 ")).isEqualTo(Clause.C10);
        assertThat(Clause.parse("C3")).isEqualTo(Clause.C3);
        assertThat(catchThrowable(() -> Clause.parse("C11"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'C11' is not a contract clause").hasMessageContaining("C1, C2");
        assertThat(catchThrowable(() -> Clause.parse(null))).isInstanceOf(IllegalArgumentException.class);
    }
}
