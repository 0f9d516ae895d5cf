package io.nodeplugins.registry;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * C10 on the reference: a malformed key is rejected by every operation, with the key rule's reason,
 * and changes nothing; the node-name rule says exactly what is wrong.
 */
@Clauses(Clause.C10)
class C10BadInputTest {

    private static final Duration LONG = Duration.ofMinutes(5);

    private final PluginRegistry<String, String> registry = PluginRegistries.forNodes();

    @Test
    void everyOperationRejectsAnEmptyNodeNameSayingThePodIsProbablyNotScheduledAndChangesNothing() {
        registry.register("worker-1", "a");

        for (Throwable rejected : new Throwable[] {
                catchThrowable(() -> registry.register("", "b")),
                catchThrowable(() -> registry.lookup("")),
                catchThrowable(() -> registry.require("")),
                catchThrowable(() -> registry.await("", LONG)),
                catchThrowable(() -> registry.awaitAsync("", LONG))}) {
            assertThat(rejected).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("node name is empty: the pod has probably not been scheduled yet");
        }
        assertThat(registry.snapshot()).containsOnlyKeys("worker-1");
        assertThat(registry.size()).isEqualTo(1);
        assertThat(registry.pendingWaiters()).isZero();
    }

    @Test
    void nullArgumentsAreRejectedNamingTheParameter() {
        assertThat(catchThrowable(() -> registry.register(null, "a"))).isInstanceOf(NullPointerException.class)
                .hasMessage("key");
        assertThat(catchThrowable(() -> registry.register("worker-1", null))).hasMessage("plugin");
        assertThat(catchThrowable(() -> registry.await("worker-1", null))).hasMessage("timeout");
        assertThat(catchThrowable(() -> registry.subscribe(null))).hasMessage("listener");
        assertThat(catchThrowable(() -> PluginRegistries.withKeyRule(null))).hasMessage("keyRule");
        assertThat(registry.size()).isZero();
    }

    @Test
    void aRegistryWithItsOwnKeyRuleAppliesItAndOneWithoutAcceptsAnyKey() {
        PluginRegistry<Integer, String> positive = PluginRegistries.withKeyRule(k -> {
            if (k <= 0) {
                throw new IllegalArgumentException("device id " + k + " is not positive");
            }
        });
        PluginRegistry<Integer, String> any = PluginRegistries.create();

        assertThat(catchThrowable(() -> positive.register(0, "a"))).hasMessage("device id 0 is not positive");
        assertThat(positive.register(1, "a").key()).isEqualTo(1);
        assertThat(any.register(0, "a").key()).isZero();
        assertThat(KeyRule.anyKey()).isNotNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "\" \"      | node name ' ' is blank: a node name is a DNS-1123 subdomain such as 'worker-1'",
            "a-.b       | node name 'a-.b' has a label ending with '-' at index 1",
            "a.-b       | node name 'a.-b' has a label starting with '-' at index 2",
            "a..b       | node name 'a..b' has an empty label at index 2",
            "Zone       | node name 'Zone' has an upper-case letter 'Z' at index 0",
            "zone-A     | node name 'zone-A' has an upper-case letter 'A' at index 5",
            "zone@1     | node name 'zone@1' has a character not allowed '@' at index 4",
            "zone[1     | node name 'zone[1' has a character not allowed '[' at index 4",
            "a.         | node name 'a.' ends with '.'",
            "a-         | node name 'a-' ends with '-'"})
    void aMalformedNodeNameIsRejectedSayingWhatAndWhere(String name, String reason) {
        assertThat(catchThrowable(() -> NodeNames.check(name))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(reason);
        assertThat(NodeNames.isValid(name)).isFalse();
    }

    @Test
    void controlAndWhitespaceCharactersAreShownEscaped() {
        assertThat(catchThrowable(() -> NodeNames.check("a\u0007b"))).hasMessageContaining("'\\u0007' at index 1");
        assertThat(catchThrowable(() -> NodeNames.check("a\u2003b"))).hasMessageContaining("'\\u2003' at index 1");
    }

    @Test
    void lowerCaseLettersFromAToZAndDigitsAreAccepted() {
        assertThat(NodeNames.check("abcdefghijklmnopqrstuvwxyz-0123456789")).isNotEmpty();
        assertThat(NodeNames.isValid("z")).isTrue();
    }
}
