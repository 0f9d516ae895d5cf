package io.nodeplugins.properties.suite;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The hand-written JSON of summary.json reads back exactly what it wrote: every character (control
 * characters, line separators, pairs and lone halves of surrogates), whole and fractional numbers at their
 * limits, nesting and empty containers; and what it writes is plain, UTF-8-encodable text.
 */
class JsonTest {

    private static String everyAwkwardCharacter() {
        StringBuilder s = new StringBuilder();
        for (char c = 0; c < 0xa0; c++) {
            s.append(c);
        }
        return s.append("\u2028\u2029 \u00e9 \u20ac \uD83D\uDE00 lone high \uD800 lone low \uDC00 reversed \uDC00\uD800 end \uD800")
                .append(" \"quoted\" back\\slash /slash").toString();
    }

    @Test
    void whatItWritesReadsBackEqual() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("text", everyAwkwardCharacter());
        value.put("key \" with \n odd \uD800 characters", "");
        value.put("longs", List.of(0L, -42L, Long.MIN_VALUE, Long.MAX_VALUE));
        value.put("doubles", List.of(0.5, -0.0, 1.0E-5, 12345.678, 1.0E300, -2.5E-300));
        value.put("flags", List.of(true, false));
        List<Object> withNull = new ArrayList<>();
        withNull.add(null);
        value.put("null", withNull);
        value.put("empty", List.of(Map.of(), List.of(), ""));
        value.put("nested", Map.of("a", List.of(List.of(Map.of("b", List.of(1L))))));

        String text = Json.write(value);

        assertThat(Json.parse(text)).isEqualTo(value);
        assertThat(StandardCharsets.UTF_8.newEncoder().canEncode(text)).as("a file can hold it").isTrue();
        assertThat(text).doesNotContainPattern("[\\x00-\\x09\\x0b-\\x1f\\x7f\\u2028\\u2029]")
                .contains("\\u0000", "\\u001f", "\\n", "\\t", "\\\"quoted\\\"", "back\\\\slash")
                .contains("lone high \\ud800 lone low \\udc00 reversed \\udc00\\ud800 end \\ud800 \\\"quoted")
                .contains("\uD83D\uDE00");
    }

    @Test
    void numbersOutsideJsonAreRefusedRatherThanWrittenUnreadable() {
        for (Object notJson : List.of(Double.NaN, Double.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY)) {
            assertThatThrownBy(() -> Json.write(Map.of("x", notJson))).as("%s", notJson)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a JSON value");
        }
    }

    @Test
    void textThatIsNotJsonSaysWhere() {
        for (String broken : List.of("", "{\"a\": }", "[1,", "\"abc", "{\"a\" 1}", "[1] 2", "nul", "{a: 1}", "\"\\u12\"", "\"\\u12zz\"", "\"\\u+123\"")) {
            assertThatThrownBy(() -> Json.parse(broken)).as(broken).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("not JSON at character");
        }
    }
}
