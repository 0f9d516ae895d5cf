package io.nodeplugins.properties.engine.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.nodeplugins.registry.PluginNotRegisteredException;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class OutcomeTest {

    @Test
    void c5_aWellFormedMissingPluginExceptionEqualsTheModelsPrediction() {
        Outcome observed = Outcome.thrown(PluginNotRegisteredException.notRegistered("node-a", List.of("worker-1", "node-b")), null);

        assertThat(observed).isEqualTo(Outcome.missingPlugin("node-a", Set.of("node-b", "worker-1")));
        assertThat(observed).isNotEqualTo(Outcome.missingPlugin("node-a", Set.of("node-b")));
    }

    @Test
    void c5_anotherNoSuchElementExceptionWithTheSameMessageNeverMatches() {
        PluginNotRegisteredException real = PluginNotRegisteredException.notRegistered("node-a", List.of());
        Outcome lookalike = Outcome.thrown(new PluginNotRegisteredExceptionLookalike(real), null);

        assertThat(lookalike.exception()).endsWith("PluginNotRegisteredExceptionLookalike");
        assertThat(lookalike).isNotEqualTo(Outcome.missingPlugin("node-a", List.of()));
    }

    @Test
    void c10_aNullPointerExceptionMustNameTheParameter() {
        assertThat(Outcome.thrown(new NullPointerException("plugin"), "plugin"))
                .isEqualTo(Outcome.threw(NullPointerException.class, null));
        Outcome unnamed = Outcome.thrown(new NullPointerException(), "plugin");
        assertThat(unnamed.problem()).contains("'plugin'");
        assertThat(unnamed).isNotEqualTo(Outcome.threw(NullPointerException.class, null));
    }

    @Test
    void c10_anEmptyNodeNameMustBeBlamedOnAnUnscheduledPod() {
        Outcome vague = Outcome.thrown(new IllegalArgumentException("bad node name"), "");
        assertThat(vague.problem()).contains("not scheduled");
        assertThat(Outcome.thrown(new IllegalArgumentException("empty: the pod is not scheduled yet"), ""))
                .isEqualTo(Outcome.threw(IllegalArgumentException.class, null));
    }

    @Test
    void exceptionsCompareByTheirDocumentedFamily() {
        assertThat(Outcome.thrown(new NumberFormatException("x"), "timeout").exception())
                .isEqualTo("IllegalArgumentException");
        assertThat(Outcome.thrown(new UnsupportedOperationException("x"), null).exception())
                .isEqualTo("java.lang.UnsupportedOperationException");
    }

    /** A NoSuchElementException that is not the contract's exception. */
    private static final class PluginNotRegisteredExceptionLookalike extends java.util.NoSuchElementException {
        private static final long serialVersionUID = 1L;

        PluginNotRegisteredExceptionLookalike(Exception real) {
            super(real.getMessage());
        }
    }
}
