package io.nodeplugins.registry;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** The node-name rule on its own (C10): DNS-1123 subdomains of at most 253 characters. */
class NodeNamesTest {

    @ParameterizedTest
    @ValueSource(strings = {"a", "9", "worker-1", "ip-10-0-0-1.ec2.internal", "a.b.c", "a--b"})
    void validNamesPassAndCheckReturnsThem(String name) {
        assertThat(NodeNames.isValid(name)).isTrue();
        assertThat(NodeNames.check(name)).isSameAs(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "A", "a_b", "a b", "-a", "a-", ".a", "a.", "a..b", "a.-b", "a-.b", "ä", "a\u0000"})
    void invalidNamesFailBothChecks(String name) {
        assertThat(NodeNames.isValid(name)).isFalse();
        assertThat(catchThrowable(() -> NodeNames.check(name))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("node name");
    }

    @Test
    void theLengthLimitIs253() {
        assertThat(NodeNames.isValid("a".repeat(253))).isTrue();
        assertThat(NodeNames.isValid("a".repeat(254))).isFalse();
        assertThat(catchThrowable(() -> NodeNames.check("a".repeat(300))))
                .hasMessageContaining("300 characters long; the maximum is 253")
                .hasMessageContaining("..."); // a long name is abbreviated in the message
    }

    @Test
    void nullIsInvalidAndCheckSaysSo() {
        assertThat(NodeNames.isValid(null)).isFalse();
        assertThat(catchThrowable(() -> NodeNames.check(null))).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("node name is null");
    }

    @Test
    void aControlCharacterIsShownEscaped() {
        assertThat(catchThrowable(() -> NodeNames.check("a\u0007b"))).hasMessageContaining("\\u0007");
    }
}
