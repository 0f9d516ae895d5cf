package io.nodeplugins.properties.suite;

import io.nodeplugins.properties.contract.DeclaredClauses;
import io.nodeplugins.properties.contract.FeatureCondition;
import io.nodeplugins.registry.Clause;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.engine.support.descriptor.MethodSource;
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
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the kit's four contracts against the implementation under test on the JUnit Platform
 * ({@link ImplementationContracts}: the clause unit tests, the sequential and parallel properties,
 * Lincheck) and turns every finished test into a {@link Finding} per clause its {@code @Clauses}
 * declares ({@link DeclaredClauses}), in the column of the contract it belongs to. Not thread-safe;
 * one run at a time.
 */
public final class ContractSuites {

    /** The report entries by which a test publishes how many tries, histories or invocations it checked. */
    private static final List<String> SAMPLE_KEYS = List.of("tries", "histories", "invocations");

    private final PrintStream progress;
    private final Set<Suite> skipped;

    /**
     * Creates the runner.
     *
     * @param progress where progress lines go
     * @param skipped  the suites not to run
     */
    public ContractSuites(PrintStream progress, Set<Suite> skipped) {
        this.progress = progress;
        this.skipped = Set.copyOf(skipped);
    }

    /**
     * Runs every contract once and adds the findings to the report.
     *
     * @param report  the report
     * @param round   the round number (soak runs several), for progress lines
     * @param started when the whole job started, for elapsed times
     */
    public void run(SuiteReport report, int round, long started) {
        List<DiscoverySelector> selectors = ImplementationContracts.SUITES.keySet().stream()
                .filter(c -> !skipped.contains(ImplementationContracts.SUITES.get(c)))
                .sorted(java.util.Comparator.comparing(c -> ImplementationContracts.SUITES.get(c)))
                .<DiscoverySelector>map(DiscoverySelectors::selectClass).toList();
        if (selectors.isEmpty()) {
            return;
        }
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request().selectors(selectors)
                .configurationParameter("junit.jupiter.extensions.autodetection.enabled", "false")
                .build();
        Launcher launcher = LauncherFactory.create();
        launcher.execute(request, new Listener(report, round, started));
    }

    private final class Listener implements TestExecutionListener {
        final SuiteReport report;
        final int round;
        final long started;
        final AtomicInteger finished = new AtomicInteger();
        final AtomicInteger failed = new AtomicInteger();
        final Map<String, Long> samples = new ConcurrentHashMap<>();
        final Map<String, List<String>> notes = new ConcurrentHashMap<>();
        volatile long lastPrint;

        Listener(SuiteReport report, int round, long started) {
            this.report = report;
            this.round = round;
            this.started = started;
        }

        @Override
        public void reportingEntryPublished(TestIdentifier id, ReportEntry entry) {
            entry.getKeyValuePairs().forEach((key, value) -> {
                if ("note".equals(key)) {
                    notes.computeIfAbsent(id.getUniqueId(), k -> new java.util.concurrent.CopyOnWriteArrayList<>())
                            .add(value);
                }
                if (SAMPLE_KEYS.contains(key)) {
                    try {
                        samples.merge(id.getUniqueId(), Long.parseLong(value.trim()), Long::sum);
                    } catch (NumberFormatException ignored) {
                        // a non-numeric entry carries no count
                    }
                }
            });
        }

        @Override
        public void executionSkipped(TestIdentifier id, String reason) {
            if (id.isTest()) {
                record(id, Finding.Status.NOT_APPLICABLE, reason);
            } else if (!reason.startsWith(FeatureCondition.NOT_APPLICABLE)) {
                report.problem("test container " + id.getDisplayName() + " was skipped: " + reason);
            }
        }

        @Override
        public void executionFinished(TestIdentifier id, TestExecutionResult result) {
            String detail = result.getThrowable().map(ContractSuites::describe).orElse("");
            if (!id.isTest()) {
                if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL && id.getSource().isPresent()) {
                    report.problem("test container " + id.getDisplayName() + " failed: " + detail);
                }
                return;
            }
            record(id, statusOf(result), detail);
        }

        private void record(TestIdentifier id, Finding.Status status, String detail) {
            Optional<MethodSource> source = id.getSource().filter(MethodSource.class::isInstance)
                    .map(MethodSource.class::cast);
            Set<Clause> clauses = source.map(s -> DeclaredClauses.of(s.getJavaMethod(), s.getJavaClass()))
                    .orElse(Set.of());
            Optional<Suite> suite = outermostClass(id).flatMap(ImplementationContracts::suiteOf);
            String test = shortName(id.getUniqueId(), id.getDisplayName());
            finished.incrementAndGet();
            if (status == Finding.Status.FAIL) {
                failed.incrementAndGet();
            }
            if (suite.isEmpty() && status != Finding.Status.PASS) {
                report.problem("test " + test + " is not part of a contract and ended " + status + ": " + detail);
            } else if (clauses.isEmpty() && status != Finding.Status.PASS) {
                report.problem("test " + test + " declares no clause and ended " + status + ": " + detail);
            }
            for (Clause clause : suite.isPresent() ? clauses : Set.<Clause>of()) {
                report.add(new Finding(clause, suite.get(), test, status, samples.getOrDefault(id.getUniqueId(), 0L),
                        detail, status == Finding.Status.FAIL ? replayLine(detail) : "", clauses.size() > 1));
            }
            notes.getOrDefault(id.getUniqueId(), List.of()).forEach(n -> report.note(test + ": " + n));
            long now = System.nanoTime();
            boolean notable = status == Finding.Status.FAIL || status == Finding.Status.ERROR;
            if (now - lastPrint > 2_000_000_000L || notable) {
                lastPrint = now;
                progress.printf("[contracts, round %d] %d checks done, %d failed, elapsed %s; last: %s%s%n", round,
                        finished.get(), failed.get(), elapsed(started), test,
                        status == Finding.Status.FAIL ? " FAILED" : status == Finding.Status.ERROR ? " SUITE ERROR" : "");
            }
        }
    }

    /**
     * The class a test was selected by: the first class segment of its unique id. A nested clause
     * class of {@code UnitContract} is declared there, but runs inside the contract subclass.
     */
    private static Optional<Class<?>> outermostClass(TestIdentifier id) {
        return UniqueId.parse(id.getUniqueId()).getSegments().stream().filter(s -> s.getType().equals("class"))
                .findFirst().flatMap(s -> {
                    try {
                        return Optional.of(Class.forName(s.getValue(), false,
                                Thread.currentThread().getContextClassLoader()));
                    } catch (ClassNotFoundException e) {
                        return Optional.empty();
                    }
                });
    }

    /**
     * How a check ended: an aborted check with an n/a reason did not apply; a failure is the
     * registry's only if the check's verdict said so (an assertion); anything else thrown (a
     * {@code SuiteError}, a crash of a tool, a check over its time limit) is the suite's.
     */
    static Finding.Status statusOf(TestExecutionResult result) {
        switch (result.getStatus()) {
            case SUCCESSFUL:
                return Finding.Status.PASS;
            case ABORTED:
                boolean notApplicable = result.getThrowable().map(Throwable::getMessage)
                        .filter(m -> m.startsWith(FeatureCondition.NOT_APPLICABLE)).isPresent();
                return notApplicable ? Finding.Status.NOT_APPLICABLE : Finding.Status.ERROR;
            default:
                return result.getThrowable().filter(AssertionError.class::isInstance).isPresent()
                        ? Finding.Status.FAIL : Finding.Status.ERROR;
        }
    }

    /** The replay command of a property failure: its "Replay:" line; empty for other failures. */
    static String replayLine(String message) {
        for (String line : message.split("\n")) {
            if (line.startsWith("Replay: ")) {
                return line.substring("Replay: ".length()).strip();
            }
        }
        return "";
    }

    static String describe(Throwable t) {
        String message = t.getMessage();
        return t.getClass().getName() + (message == null ? "" : ": " + message);
    }

    /**
     * "[engine:junit-jupiter]/[class:a.b.C$Unit]/[nested-class:C3HandleScopedRemoval]/[method:x()]" becomes
     * "Unit.C3HandleScopedRemoval.x()"; an invocation of a parameterised test adds its display name.
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
                value = value.substring(Math.max(value.lastIndexOf('.'), value.lastIndexOf('$')) + 1);
            } else if (value.indexOf('(') >= 0) {
                value = value.substring(value.indexOf('#') + 1, value.indexOf('(')) + "()"; // inherited: Class#method(...)
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
