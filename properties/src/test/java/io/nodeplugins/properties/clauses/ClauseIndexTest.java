package io.nodeplugins.properties.clauses;

import io.nodeplugins.properties.contract.DeclaredClauses;
import io.nodeplugins.registry.Clause;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checked-in clause index ({@code CLAUSES.md}) is the one the annotations give today, every
 * clause has a unit test, a concurrent check and a faulty registry, and the source parser reads
 * the annotations as reflection does wherever this module can load the class.
 * {@code -Dnodeplugins.clauses.write=true} rewrites the file instead of failing.
 */
class ClauseIndexTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void theCheckedInIndexIsCurrent() throws IOException {
        String generated = ClauseIndex.render(ClauseIndex.scan(ROOT));
        Path file = ROOT.resolve(ClauseIndex.FILE);
        if (Boolean.getBoolean("nodeplugins.clauses.write")) {
            Files.writeString(file, generated, StandardCharsets.UTF_8);
        }
        String checkedIn = Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        assertThat(checkedIn).as("%s is out of date with the @Clauses annotations; regenerate it with mvn -B -pl"
                + " properties -am test -Dtest=ClauseIndexTest -Dsurefire.failIfNoSpecifiedTests=false"
                + " -Dnodeplugins.clauses.write=true", file).isEqualTo(generated);
    }

    @Test
    void everyClauseHasAUnitTestAConcurrentCheckAndAFaultyRegistry() {
        assertThat(ClauseIndex.gaps(ClauseIndex.scan(ROOT))).isEmpty();
    }

    @Test
    void aMissingKindOfCheckIsAGap() {
        List<ClauseIndex.Entry> onlyUnit = List.of(new ClauseIndex.Entry(
                "properties/src/main/java/io/nodeplugins/properties/contract/unit/X.java", 1, "X", "X", false,
                List.of("t"), Set.of(Clause.values())));

        assertThat(ClauseIndex.gaps(onlyUnit)).contains("C3 has no concurrent check (parallel property, Lincheck or"
                + " jcstress)", "C3 has no faulty registry").doesNotContain("C3 has no unit test");
    }

    @Test
    void theParserReadsWhatReflectionReadsForEveryClassThisModuleCanLoad() throws Exception {
        int compared = 0;
        for (ClauseIndex.Entry entry : ClauseIndex.scan(ROOT)) {
            if (!entry.path().startsWith("properties/")) {
                continue;
            }
            String name = entry.path().substring(entry.path().indexOf("/java/") + "/java/".length(),
                    entry.path().length() - ".java".length()).replace('/', '.');
            Class<?> type = Class.forName(name);
            Set<Clause> reflected = entry.method() ? DeclaredClauses.of(method(type, entry.element()), type)
                    : DeclaredClauses.of(type);
            assertThat(entry.clauses()).as("%s:%d %s", entry.path(), entry.line(), entry.element()).isEqualTo(reflected);
            compared++;
        }
        assertThat(compared).isGreaterThan(20);
    }

    @Test
    void theParserFindsClassesMethodsAndTheirTestsButNotComments() {
        String source = String.join("\n",
                "package x;",
                "// @Clauses(Clause.C9) in a comment does not count",
                "@Clauses(Clause.C3)",
                "public abstract class C3Tests extends Base {",
                "    @Test",
                "    public void closes() {}",
                "    @ParameterizedTest(name = \"{0}\")",
                "    @MethodSource(\"x\")",
                "    public void rejects(String s) {}",
                "    @Test",
                "    @Clauses({Clause.C1, Clause.C10})",
                "    void mixed(TestInfo test) {}",
                "}");

        List<ClauseIndex.Entry> entries = ClauseIndex.parse("properties/src/main/java/x/contract/unit/C3Tests.java", source);

        assertThat(entries).hasSize(2);
        assertThat(entries.get(0)).extracting(ClauseIndex.Entry::element, ClauseIndex.Entry::method,
                ClauseIndex.Entry::tests, ClauseIndex.Entry::clauses, ClauseIndex.Entry::line)
                .containsExactly("C3Tests", false, List.of("closes", "rejects", "mixed"), Set.of(Clause.C3), 3);
        assertThat(entries.get(1)).extracting(ClauseIndex.Entry::element, ClauseIndex.Entry::method,
                ClauseIndex.Entry::clauses).containsExactly("mixed", true, Set.of(Clause.C1, Clause.C10));
    }

    private static Method method(Class<?> type, String name) {
        for (Method m : type.getDeclaredMethods()) {
            if (m.getName().equals(name)) {
                return m;
            }
        }
        throw new AssertionError(type + " has no method " + name);
    }
}
