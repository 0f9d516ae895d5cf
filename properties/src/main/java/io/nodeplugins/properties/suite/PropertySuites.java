package io.nodeplugins.properties.suite;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.discovery.ClassNameFilter;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the JUnit Platform suites (the registry's clause unit tests, the sequential and parallel
 * properties, Lincheck) against the implementation named by the system property
 * {@code nodeplugins.factory}, and turns every finished test into a {@link Finding} of the clauses
 * it declares (a report entry {@value #CLAUSES_ENTRY}, else JUnit tags such as {@code @Tag("C3")}),
 * else of those its name carries ({@code C3}, or a range such as {@code C1-C3}). Only the test classes that test
 * the implementation under test are selected ({@link #TESTS_OF_THE_IMPLEMENTATION}); the suite's
 * checks of itself against the faulty registries are not. Not thread-safe;
 * one run at a time.
 */
public final class PropertySuites {

    /** Class-name patterns of the tests that test the implementation under test. */
    public static final List<String> TESTS_OF_THE_IMPLEMENTATION = List.of(
            "io\\.nodeplugins\\.registry\\.C\\d+\\w*Test",
            "io\\.nodeplugins\\.properties\\.ReferenceRegistryContractTest",
            "io\\.nodeplugins\\.properties\\.linearizability\\.RegistryParallelPropertiesTest",
            "io\\.nodeplugins\\.properties\\.lincheck\\.ReferenceRegistry\\w*LincheckTest");
    /** Report entry ({@code TestReporter}) by which a test declares its clauses, comma-separated: "C1,C2,C3". */
    public static final String CLAUSES_ENTRY = "clauses";

    private static final Pattern CLAUSE = Pattern.compile("(?i)(?<![a-z0-9])c(10|[1-9])(?:[-_]c(10|[1-9]))?(?![0-9])");
    private static final List<String> SAMPLE_KEYS = List.of("tries", "samples", "invocations", "histories");

    private final PrintStream progress;

    /**
     * Creates the runner.
     *
     * @param progress where progress lines go
     */
    public PropertySuites(PrintStream progress) {
        this.progress = progress;
    }

    /**
     * Runs every property suite once and adds the findings to the report.
     *
     * @param report  the report
     * @param round   the round number (soak runs several), for progress lines
     * @param started when the whole job started, for elapsed times
     */
    public void run(SuiteReport report, int round, long started) {
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(DiscoverySelectors.selectPackage("io.nodeplugins.registry"),
                        DiscoverySelectors.selectPackage("io.nodeplugins.properties"))
                .filters(ClassNameFilter.includeClassNamePatterns(TESTS_OF_THE_IMPLEMENTATION.toArray(new String[0])))
                .configurationParameter("junit.jupiter.extensions.autodetection.enabled", "false")
                .build();
        Launcher launcher = LauncherFactory.create();
        Listener listener = new Listener(report, round, started);
        launcher.execute(request, listener);
    }

    /** Extracts the clauses a test's names carry: "C3" or a range such as "C1-C3" / "c1_c3". */
    static List<String> clausesOf(String... names) {
        for (String name : names) {
            Matcher m = CLAUSE.matcher(name);
            if (m.find()) {
                int from = Integer.parseInt(m.group(1));
                int to = m.group(2) == null ? from : Integer.parseInt(m.group(2));
                List<String> clauses = new java.util.ArrayList<>();
                for (int c = from; c <= Math.max(from, to); c++) {
                    clauses.add("C" + c);
                }
                return clauses;
            }
        }
        return List.of();
    }

    /** The clauses among {@code names} ("C3", " c10 "), in contract order; other names are ignored. */
    static List<String> declaredClauses(List<String> names) {
        List<String> clauses = new java.util.ArrayList<>();
        for (String clause : SuiteReport.CLAUSES) {
            if (names.stream().anyMatch(n -> n.trim().equalsIgnoreCase(clause))) {
                clauses.add(clause);
            }
        }
        return clauses;
    }

    /** Which suite a test class belongs to, by its package or name. */
    static Suite suiteOf(String className) {
        if (className.contains("io.nodeplugins.registry.")) {
            return Suite.UNIT;
        }
        String lower = className.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("lincheck")) {
            return Suite.LINCHECK;
        }
        if (lower.contains("lineariz") || lower.contains("parallel")) {
            return Suite.PARALLEL;
        }
        return Suite.SEQUENTIAL;
    }

    /** The first line of a failure message that tells how to replay it. */
    static String replayLine(String message) {
        for (String line : message.split("\n")) {
            if (line.contains("-Dnodeplugins.seed") || line.toLowerCase(java.util.Locale.ROOT).contains("replay")) {
                return line.strip().replaceFirst("(?i)^replay( with)?:\\s*", "");
            }
        }
        return "";
    }

    private final class Listener implements TestExecutionListener {
        final SuiteReport report;
        final int round;
        final long started;
        final AtomicInteger finished = new AtomicInteger();
        final AtomicInteger failed = new AtomicInteger();
        final Map<String, Long> samples = new ConcurrentHashMap<>();
        final Map<String, List<String>> declared = new ConcurrentHashMap<>();
        volatile long lastPrint;

        Listener(SuiteReport report, int round, long started) {
            this.report = report;
            this.round = round;
            this.started = started;
        }

        @Override
        public void reportingEntryPublished(TestIdentifier id, ReportEntry entry) {
            for (Map.Entry<String, String> e : entry.getKeyValuePairs().entrySet()) {
                if (CLAUSES_ENTRY.equals(e.getKey())) {
                    declared.put(id.getUniqueId(), declaredClauses(List.of(e.getValue().split(","))));
                }
                if (SAMPLE_KEYS.contains(e.getKey())) {
                    try {
                        samples.merge(id.getUniqueId(), Long.parseLong(e.getValue().trim()), Long::sum);
                    } catch (NumberFormatException ignored) {
                        // a non-numeric entry carries no count
                    }
                }
            }
        }

        @Override
        public void executionFinished(TestIdentifier id, TestExecutionResult result) {
            if (!id.isTest()) {
                if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL && id.isContainer()
                        && id.getSource().isPresent()) {
                    report.problem("test container " + id.getDisplayName() + " failed: "
                            + result.getThrowable().map(Throwable::toString).orElse("(no cause)"));
                }
                return;
            }
            String className = id.getSource().map(Object::toString).orElse("");
            String legacy = id.getLegacyReportingName();
            List<String> clauses = declared.getOrDefault(id.getUniqueId(), List.of());
            if (clauses.isEmpty()) {
                clauses = declaredClauses(id.getTags().stream().map(org.junit.platform.engine.TestTag::getName)
                        .collect(java.util.stream.Collectors.toList()));
            }
            if (clauses.isEmpty()) {
                clauses = clausesOf(id.getDisplayName(), legacy, id.getUniqueId());
            }
            boolean passed = result.getStatus() == TestExecutionResult.Status.SUCCESSFUL;
            String detail = result.getThrowable().map(PropertySuites::describe).orElse("");
            finished.incrementAndGet();
            if (!passed) {
                failed.incrementAndGet();
            }
            if (clauses.isEmpty() && !passed) {
                report.problem("test " + id.getUniqueId() + " names no clause and failed: " + detail);
            }
            String test = shortName(id.getUniqueId(), id.getDisplayName());
            for (String clause : clauses) {
                report.add(new Finding(clause, suiteOf(className), test, passed,
                        samples.getOrDefault(id.getUniqueId(), 0L), detail, passed ? "" : replayLine(detail),
                        clauses.size() > 1));
            }
            long now = System.nanoTime();
            if (now - lastPrint > 2_000_000_000L || !passed) {
                lastPrint = now;
                progress.printf("[properties, round %d] %d tests done, %d failed, elapsed %s; last: %s%s%n", round,
                        finished.get(), failed.get(), elapsed(started), shortName(id.getUniqueId(), id.getDisplayName()),
                        passed ? "" : " FAILED");
            }
        }
    }

    static String describe(Throwable t) {
        String message = t.getMessage();
        return t.getClass().getName() + (message == null ? "" : ": " + message);
    }

    /**
     * "[engine:junit-jupiter]/[class:a.b.C3Test]/[method:x(a.B)]" becomes "C3Test.x()"; an invocation
     * of a parameterised test ("[test-template-invocation:#2]") adds its display name: "C3Test.x() [2] ARG".
     */
    static String shortName(String uniqueId, String displayName) {
        StringBuilder sb = new StringBuilder();
        for (String segment : uniqueId.split("/")) {
            int colon = segment.indexOf(':');
            if (colon < 0 || segment.startsWith("[engine:")) {
                continue;
            }
            String value = segment.substring(colon + 1, segment.length() - 1);
            if (segment.startsWith("[class:") || segment.startsWith("[nested-class:")) {
                value = value.substring(value.lastIndexOf('.') + 1);
            } else if (value.indexOf('(') >= 0) {
                value = value.substring(0, value.indexOf('(')) + "()";
            }
            if (segment.startsWith("[test-template-invocation:")) {
                sb.append(' ').append(displayName);
                continue;
            }
            if (sb.length() > 0) {
                sb.append('.');
            }
            sb.append(value);
        }
        return sb.toString();
    }

    static String elapsed(long startedNanos) {
        return SuiteReport.format(Duration.ofNanos(System.nanoTime() - startedNanos));
    }
}
