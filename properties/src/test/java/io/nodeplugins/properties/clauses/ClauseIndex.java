package io.nodeplugins.properties.clauses;

import io.nodeplugins.registry.Clause;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The clause index ({@code CLAUSES.md}): one table, clause x suite, each cell the checks (and faulty
 * registries and benchmarks) whose {@code @Clauses} names the clause, with their paths. Generated
 * from the sources of every module, so that it covers the jcstress tests and the benchmarks too,
 * which this module cannot load; {@code ClauseIndexTest} checks the parser against reflection where
 * it can. The column of an annotated element follows from where it lives. Stateless.
 */
final class ClauseIndex {

    /** The modules whose main sources are indexed. */
    static final List<String> MODULES = List.of("registry", "properties", "jcstress-tests", "jmh-benchmarks");

    /** The index's file, at the repository's root. */
    static final String FILE = "CLAUSES.md";

    private static final Pattern ANNOTATION = Pattern.compile("@Clauses\\(\\s*\\{?([^)}]*)}?\\s*\\)");
    private static final Pattern CLAUSE = Pattern.compile("\\bC(10|[1-9])\\b");
    private static final Pattern TYPE = Pattern.compile("\\b(?:class|interface|enum|record)\\s+(\\w+)");
    private static final Pattern METHOD = Pattern.compile("(\\w+)\\s*\\(");
    private static final Pattern TEST_METHOD = Pattern.compile(
            "@(?:Test|ParameterizedTest|TestFactory)\\b[^\\n]*\\n(?:\\s*@[^\\n]*\\n)*\\s*(?:public\\s+)?void\\s+(\\w+)\\s*\\(");

    /** The columns: where a check lives decides which. */
    enum Column {
        UNIT("unit tests"), SEQUENTIAL("sequential properties"), PARALLEL("parallel properties"),
        LINCHECK("Lincheck"), JCSTRESS("jcstress"), FAULTY("faulty registries"), BENCHMARKS("benchmarks");

        final String title;

        Column(String title) {
            this.title = title;
        }

        /** The column of a source file, by its path from the repository's root. */
        static Column of(String path) {
            if (path.startsWith("jcstress-tests/")) {
                return JCSTRESS;
            }
            if (path.startsWith("jmh-benchmarks/")) {
                return BENCHMARKS;
            }
            if (path.contains("/properties/faulty/")) {
                return FAULTY;
            }
            if (path.contains("/properties/contract/unit/")) {
                return UNIT;
            }
            if (path.endsWith("/contract/SequentialContract.java")) {
                return SEQUENTIAL;
            }
            if (path.endsWith("/contract/ParallelContract.java")) {
                return PARALLEL;
            }
            if (path.endsWith("/contract/LincheckContract.java")) {
                return LINCHECK;
            }
            throw new IllegalStateException(path + " declares @Clauses but is no check, faulty registry or benchmark"
                    + " the index knows; teach ClauseIndex.Column where it belongs");
        }
    }

    /**
     * One annotated element.
     *
     * @param path    the source file, from the repository's root, with '/' separators
     * @param line    the line of the annotation
     * @param type    the top-level class the element is in
     * @param element the annotated class or method
     * @param method  whether the element is a method
     * @param tests   for an annotated test class, its test methods
     * @param clauses the clauses it names
     */
    record Entry(String path, int line, String type, String element, boolean method, List<String> tests,
                 Set<Clause> clauses) {

        Column column() {
            return Column.of(path);
        }

        String label() {
            return method ? type + "." + element : element;
        }
    }

    private ClauseIndex() {
    }

    /** Every {@code @Clauses} in the main sources of the modules under {@code root}. */
    static List<Entry> scan(Path root) {
        List<Entry> entries = new ArrayList<>();
        for (String module : MODULES) {
            Path sources = root.resolve(module).resolve("src/main/java");
            if (!Files.isDirectory(sources)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(sources)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                    entries.addAll(parse(root.relativize(file).toString().replace('\\', '/'),
                            Files.readString(file, StandardCharsets.UTF_8)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        entries.sort(Comparator.comparing(Entry::path).thenComparingInt(Entry::line));
        return entries;
    }

    /** The annotated elements of one source file. */
    static List<Entry> parse(String path, String source) {
        List<Entry> entries = new ArrayList<>();
        String code = withoutComments(source);
        Matcher top = TYPE.matcher(code);
        String topType = top.find() ? top.group(1) : path;
        Matcher m = ANNOTATION.matcher(code);
        while (m.find()) {
            Set<Clause> clauses = EnumSet.noneOf(Clause.class);
            Matcher c = CLAUSE.matcher(m.group(1));
            while (c.find()) {
                clauses.add(Clause.valueOf("C" + c.group(1)));
            }
            String rest = declarationAfter(code, m.end());
            Matcher type = TYPE.matcher(rest);
            int line = (int) code.substring(0, m.start()).chars().filter(ch -> ch == '\n').count() + 1;
            if (type.find() && rest.substring(0, type.start()).matches("[\\w\\s]*")) {
                List<String> tests = new ArrayList<>();
                Matcher t = TEST_METHOD.matcher(code.substring(m.end()));
                while (t.find()) {
                    tests.add(t.group(1));
                }
                entries.add(new Entry(path, line, topType, type.group(1), false, tests, clauses));
            } else {
                Matcher method = METHOD.matcher(rest);
                if (!method.find()) {
                    throw new IllegalStateException(path + ":" + line + ": @Clauses on something that is neither a type"
                            + " nor a method");
                }
                entries.add(new Entry(path, line, topType, method.group(1), true, List.of(), clauses));
            }
        }
        return entries;
    }

    /** The declaration an annotation ending at {@code from} belongs to: up to its '{' or ';', other annotations skipped. */
    private static String declarationAfter(String code, int from) {
        // Annotations first: their arguments may hold braces (semantics = {STACKING, REPLACE}).
        String rest = code.substring(from).replaceAll("@\\w+(\\.\\w+)*(\\([^)]*\\))?", " ");
        int end = rest.length();
        for (char stop : new char[] {'{', ';'}) {
            int i = rest.indexOf(stop);
            if (i >= 0) {
                end = Math.min(end, i);
            }
        }
        return rest.substring(0, end).strip();
    }

    private static String withoutComments(String source) {
        // Keeps line breaks, so that line numbers stay right.
        Matcher block = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL).matcher(source);
        StringBuilder out = new StringBuilder();
        while (block.find()) {
            block.appendReplacement(out, Matcher.quoteReplacement(block.group().replaceAll("[^\\n]", " ")));
        }
        block.appendTail(out);
        return out.toString().replaceAll("//[^\\n]*", "");
    }

    /** The Markdown of the index. */
    static String render(List<Entry> entries) {
        Map<Clause, Map<Column, List<Entry>>> table = new EnumMap<>(Clause.class);
        for (Clause clause : Clause.values()) {
            Map<Column, List<Entry>> row = new EnumMap<>(Column.class);
            for (Column column : Column.values()) {
                row.put(column, entries.stream().filter(e -> e.clauses().contains(clause) && e.column() == column)
                        .toList());
            }
            table.put(clause, row);
        }
        StringBuilder md = new StringBuilder();
        md.append("# Clause index\n\n")
                .append("Generated from the `@Clauses` annotations of every module by `ClauseIndexTest`, which fails when\n")
                .append("this file is out of date (regenerate it with `mvn -B -pl properties -am test -Dtest=ClauseIndexTest\n")
                .append("-Dsurefire.failIfNoSpecifiedTests=false -Dnodeplugins.clauses.write=true`) and when a clause has no\n")
                .append("unit test, no concurrent check (parallel property, Lincheck or jcstress) or no faulty registry.\n")
                .append("A cell lists each check with its source; a class annotated as a whole lists its tests.\n\n");
        md.append("| clause |");
        Arrays.stream(Column.values()).forEach(c -> md.append(' ').append(c.title).append(" |"));
        md.append("\n|---|").append("---|".repeat(Column.values().length)).append('\n');
        table.forEach((clause, row) -> {
            md.append("| ").append(clause.label()).append(" |");
            row.values().forEach(cell -> md.append(' ').append(cell.isEmpty() ? "-" : cell(cell)).append(" |"));
            md.append('\n');
        });
        md.append("\n").append(entries.size()).append(" annotated elements in ")
                .append(entries.stream().map(Entry::path).distinct().count()).append(" files.\n");
        return md.toString();
    }

    private static String cell(List<Entry> entries) {
        Map<String, List<Entry>> byFile = new LinkedHashMap<>();
        entries.forEach(e -> byFile.computeIfAbsent(e.path(), k -> new ArrayList<>()).add(e));
        return byFile.values().stream().map(inFile -> {
            Entry first = inFile.get(0);
            String link = "[" + first.type() + "](" + first.path() + "#L" + first.line() + ")";
            List<String> names = new ArrayList<>();
            for (Entry e : inFile) {
                if (e.method()) {
                    names.add(e.element());
                } else if (!e.element().equals(e.type())) {
                    names.add(e.element() + (e.tests().isEmpty() ? "" : " (" + String.join(", ", e.tests()) + ")"));
                } else {
                    names.addAll(e.tests());
                }
            }
            return names.isEmpty() ? link : link + ": " + String.join(", ", names);
        }).collect(Collectors.joining("<br>"));
    }

    /**
     * What the index lacks: clauses without a unit test, without a concurrent check (parallel
     * property, Lincheck or jcstress) or without a faulty registry.
     */
    static List<String> gaps(List<Entry> entries) {
        List<String> gaps = new ArrayList<>();
        for (Clause clause : Clause.values()) {
            Set<Column> columns = entries.stream().filter(e -> e.clauses().contains(clause)).map(Entry::column)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(Column.class)));
            if (!columns.contains(Column.UNIT)) {
                gaps.add(clause + " has no unit test");
            }
            if (!columns.contains(Column.PARALLEL) && !columns.contains(Column.LINCHECK)
                    && !columns.contains(Column.JCSTRESS)) {
                gaps.add(clause + " has no concurrent check (parallel property, Lincheck or jcstress)");
            }
            if (!columns.contains(Column.FAULTY)) {
                gaps.add(clause + " has no faulty registry");
            }
        }
        return gaps;
    }
}
