package io.nodeplugins.properties.suite;

import io.nodeplugins.properties.contract.DeclaredClauses;
import io.nodeplugins.properties.contract.FeatureCondition;
import io.nodeplugins.properties.engine.core.PropertyResult;
import io.nodeplugins.properties.engine.core.Settings;
import io.nodeplugins.properties.features.Features;
import io.nodeplugins.properties.features.Semantics;
import io.nodeplugins.registry.Clause;
import org.junit.platform.engine.FilterResult;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.PostDiscoveryFilter;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * Runs the kit's four contracts against the implementation under test on the JUnit Platform
 * ({@link ImplementationContracts}: the clause unit tests, the sequential and parallel properties,
 * Lincheck), one contract after the other, the fastest and most decisive first (the unit contract,
 * clause by clause: {@link ClauseOrder}), and turns every finished test into a {@link Finding} per
 * clause its {@code @Clauses} declares ({@link DeclaredClauses}), in the column of the contract it
 * belongs to; a property's failure counts for the clause of the operation that failed
 * ({@link Blame}). Every test has a time limit ({@link TimeLimits}): it runs in a thread of its own,
 * and one that does not finish in time is abandoned and recorded as a suite error with the stuck
 * threads' stacks. Not thread-safe; one run at a time.
 */
public final class ContractSuites {

    /** The report entries by which a test publishes how many tries, histories or invocations it checked. */
    private static final List<String> SAMPLE_KEYS = List.of("tries", "histories", "invocations");
    /** The contracts in the order they run: the unit tests decide fastest. */
    private static final List<Suite> ORDER = List.of(Suite.UNIT, Suite.SEQUENTIAL, Suite.PARALLEL, Suite.LINCHECK);
    /** Frames of a stuck thread shown in a suite error. */
    private static final int FRAMES = 40;

    private final PrintStream progress;
    private final Set<Suite> skipped;
    private final Selection selection;
    private final SuiteRun run;
    private final Settings settings;

    /**
     * Which checks run: one check by name ({@code --only}), and this shard's clause unit tests.
     * Immutable.
     *
     * @param only  the one check's name or the start of it, or empty for all
     * @param shard the shard
     */
    public record Selection(Optional<String> only, Shard shard) {

        /** Every check of the whole run. */
        public static final Selection ALL = new Selection(Optional.empty(), Shard.WHOLE);

        /**
         * Returns whether a check of {@code suite} named {@code test} runs.
         *
         * @param suite the suite
         * @param test  the check's short name
         * @return true if it is selected
         */
        public boolean includes(Suite suite, String test) {
            if (only.isPresent()) {
                return matches(only.get(), test);
            }
            return suite != Suite.UNIT || shard.owns(test);
        }

        /**
         * Returns whether {@code --only} may select checks of {@code suite}.
         *
         * @param suite the suite
         * @return true unless {@code --only} names a check of another suite
         */
        public boolean mayInclude(Suite suite) {
            return only.isEmpty() || suiteOf(only.get()).map(suite::equals).orElse(false);
        }

        /**
         * Returns the suite a check's name belongs to: its first segment names the contract
         * ({@code Unit.}, {@code Sequential.}, {@code Parallel.}, {@code Lincheck.}); any other name is
         * a jcstress test's.
         *
         * @param check the name
         * @return the suite, or empty for a name that fits none
         */
        public static Optional<Suite> suiteOf(String check) {
            for (Map.Entry<Class<?>, Suite> e : ImplementationContracts.SUITES.entrySet()) {
                String contract = e.getKey().getSimpleName();
                if (check.equals(contract) || check.startsWith(contract + ".")) {
                    return Optional.of(e.getValue());
                }
            }
            return check.contains(".") ? Optional.of(Suite.JCSTRESS) : Optional.empty();
        }

        /** Whether {@code test} is the check {@code only} names, or one of the checks it starts; "()" optional. */
        static boolean matches(String only, String test) {
            String wanted = only.endsWith("()") ? only.substring(0, only.length() - 2) : only;
            String name = test.replace("()", "");
            return name.equals(wanted) || name.startsWith(wanted + ".") || name.startsWith(wanted + " ")
                    || test.equals(only);
        }
    }

    /**
     * Creates the runner.
     *
     * @param progress  where progress lines go
     * @param skipped   the suites not to run
     * @param selection which checks run
     * @param run       how a failure is replayed
     * @param settings  the settings of this run, for the time limits
     */
    public ContractSuites(PrintStream progress, Set<Suite> skipped, Selection selection, SuiteRun run,
                          Settings settings) {
        this.progress = progress;
        this.skipped = Set.copyOf(skipped);
        this.selection = selection;
        this.run = run;
        this.settings = settings;
    }

    /**
     * Runs every contract once, one after the other, and adds the findings to the report.
     *
     * @param report  the report
     * @param round   the round number (soak runs several), for progress lines
     * @param started when the whole job started, for elapsed times
     */
    public void run(SuiteReport report, int round, long started) {
        Semantics semantics = Features.of(ImplementationContracts.underTest()).semantics();
        AtomicInteger finished = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        for (Suite suite : ORDER) {
            if (skipped.contains(suite) || !selection.mayInclude(suite)) {
                continue;
            }
            Class<?> contract = ImplementationContracts.SUITES.entrySet().stream().filter(e -> e.getValue() == suite)
                    .map(Map.Entry::getKey).findFirst().orElseThrow();
            Duration limit = TimeLimits.of(suite, settings);
            LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                    .selectors(DiscoverySelectors.selectClass(contract))
                    .filters((PostDiscoveryFilter) d -> FilterResult.includedIf(d.getSource()
                            .filter(MethodSource.class::isInstance).isEmpty() || selection.includes(suite,
                            shortName(d.getUniqueId().toString(), d.getDisplayName()))))
                    .configurationParameter("junit.jupiter.extensions.autodetection.enabled", "false")
                    .configurationParameter("junit.jupiter.execution.timeout.default", limit.toMillis() + " ms")
                    .configurationParameter("junit.jupiter.execution.timeout.thread.mode.default", "SEPARATE_THREAD")
                    .configurationParameter("junit.jupiter.testclass.order.default", ClauseOrder.class.getName())
                    .build();
            Launcher launcher = LauncherFactory.create();
            launcher.execute(request, new Listener(report, round, started, limit, semantics, finished, failed));
        }
    }

    private final class Listener implements TestExecutionListener {
        final SuiteReport report;
        final int round;
        final long started;
        final Duration limit;
        final Semantics semantics;
        final AtomicInteger finished;
        final AtomicInteger failed;
        final Map<String, Long> samples = new ConcurrentHashMap<>();
        final Map<String, List<String>> notes = new ConcurrentHashMap<>();
        volatile long lastPrint;

        Listener(SuiteReport report, int round, long started, Duration limit, Semantics semantics,
                 AtomicInteger finished, AtomicInteger failed) {
            this.report = report;
            this.finished = finished;
            this.failed = failed;
            this.round = round;
            this.started = started;
            this.limit = limit;
            this.semantics = semantics;
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
                record(id, Finding.Status.NOT_APPLICABLE, reason, null);
            } else if (!reason.startsWith(FeatureCondition.NOT_APPLICABLE)) {
                report.problem("test container " + id.getDisplayName() + " was skipped: " + reason);
            }
        }

        @Override
        public void executionFinished(TestIdentifier id, TestExecutionResult result) {
            String test = shortName(id.getUniqueId(), id.getDisplayName());
            Throwable thrown = result.getThrowable().orElse(null);
            String detail = thrown == null ? "" : thrown instanceof TimeoutException ? timedOut(test, thrown, limit, run.implementation())
                    : describe(thrown);
            if (!id.isTest()) {
                if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL && id.getSource().isPresent()) {
                    report.suiteError("test container " + test, detail);
                }
                return;
            }
            record(id, statusOf(result), detail, thrown);
        }

        private void record(TestIdentifier id, Finding.Status status, String detail, Throwable thrown) {
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
            if (suite.isPresent() && !clauses.isEmpty()) {
                add(suite.get(), test, status, detail, thrown, clauses, samples.getOrDefault(id.getUniqueId(), 0L));
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

        /**
         * Adds the findings of one check: a failure blamed on one operation counts for that operation's
         * clause only; any other outcome for every clause the check declares.
         */
        private void add(Suite suite, String test, Finding.Status status, String detail, Throwable thrown,
                         Set<Clause> clauses, long count) {
            if (status != Finding.Status.FAIL) {
                clauses.forEach(c -> report.add(new Finding(c, suite, test, status, count, detail, "",
                        clauses.size() > 1)));
                return;
            }
            PropertyResult<?> property = Blame.propertyResult(thrown);
            OptionalLong seed = property == null || property.passed() ? OptionalLong.empty()
                    : OptionalLong.of(property.failingSeed());
            String replay = run.replayCommand(test, seed);
            String shown = withoutMavenReplay(detail);
            Optional<Blame.Verdict> blame = Blame.of(thrown, semantics);
            if (blame.isPresent()) {
                report.add(new Finding(blame.get().clause(), suite, test, status, count,
                        blame.get().line() + "\n\n" + shown, replay, false, seed));
                return;
            }
            // A property or Lincheck failure not traced to one operation says only that some clause it checks broke.
            boolean traced = suite == Suite.UNIT && clauses.size() == 1;
            clauses.forEach(c -> report.add(new Finding(c, suite, test, status, count, shown, replay, !traced, seed)));
        }
    }

    /**
     * The detail of a check abandoned at its time limit: what did not finish, and the stacks of the
     * thread that ran it (as JUnit captured it when the limit passed) and of every other thread
     * running the kit's or the registry's code.
     */
    static String timedOut(String test, Throwable timeout, Duration limit, String implementation) {
        StringBuilder s = new StringBuilder("suite error: ").append(test).append(" did not finish in ")
                .append(limit.toMillis() / 1000.0).append(" s (its time limit; -D").append(TimeLimits.PROPERTY)
                .append("=... changes it); it was abandoned, and the suite moved on. Stuck threads:");
        Throwable cause = timeout.getCause();
        if (cause != null) {
            s.append("\n\n").append(cause.getMessage() == null ? "the check's thread" : cause.getMessage());
            frames(cause.getStackTrace(), s);
        }
        Thread self = Thread.currentThread();
        Thread.getAllStackTraces().forEach((thread, frames) -> {
            boolean ours = Arrays.stream(frames).anyMatch(f -> f.getClassName().startsWith("io.nodeplugins.")
                    || f.getClassName().startsWith(packageOf(implementation)));
            if (thread != self && thread.isAlive() && ours && (cause == null
                    || !Arrays.equals(frames, cause.getStackTrace()))) {
                s.append("\n\n\"").append(thread.getName()).append("\" ").append(thread.getState());
                frames(frames, s);
            }
        });
        return s.toString();
    }

    private static String packageOf(String className) {
        int dot = className.lastIndexOf('.');
        return dot < 0 ? className : className.substring(0, dot + 1);
    }

    private static void frames(StackTraceElement[] frames, StringBuilder s) {
        for (int i = 0; i < Math.min(FRAMES, frames.length); i++) {
            s.append("\n    at ").append(frames[i]);
        }
        if (frames.length > FRAMES) {
            s.append("\n    ... ").append(frames.length - FRAMES).append(" more");
        }
    }

    /**
     * A property's report without its Maven replay line, which names the main job's internal test
     * class: the report gives the main job's own replay commands instead.
     */
    static String withoutMavenReplay(String detail) {
        return detail.lines().filter(l -> !l.startsWith("Replay: mvn ")).collect(Collectors.joining("\n"));
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
