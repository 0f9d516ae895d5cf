package io.nodeplugins.properties.contract.lincheck;

import io.nodeplugins.properties.features.Features;
import io.nodeplugins.properties.engine.core.SuiteError;
import io.nodeplugins.properties.engine.core.Workers;
import io.nodeplugins.registry.NodeRegistryFactory;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jetbrains.lincheck.datastructures.Options;

/**
 * Runs one Lincheck check of a registry and decides whether its failure is a verdict on the
 * registry. "Invalid execution results" is one, and so is a hang in stress mode (real threads). What
 * else Lincheck reports is first confirmed on real threads: its scenario is rerun
 * {@value #CONFIRMATION_RUNS} times, each within {@value #CONFIRMATION_MILLIS} ms; a hang or exception
 * that reappears is the registry's, one that does not is Lincheck's. An unconfirmed hang of the model
 * checker (it can report a livelock where threads wait on a {@code ReentrantLock}, which no real JVM
 * shows) lets the check pass with a note; an unconfirmed crash inside Lincheck's instrumentation is a
 * {@link SuiteError}. Stateless.
 */
public final class LincheckCheck {

    /** How many times a reported scenario is rerun on real threads to confirm a failure. */
    static final int CONFIRMATION_RUNS = 50;
    /** How long one rerun may take before it counts as the hang reproduced. */
    static final long CONFIRMATION_MILLIS = 5_000;

    private static final Pattern CALL = Pattern.compile("^(\\w+)\\(([^)]*)\\)");

    private LincheckCheck() {
    }

    /**
     * Runs {@code options.check(operations)} against registries from {@code factory}.
     *
     * @param factory       the registry under test
     * @param options       Lincheck's options
     * @param operations    the operations class ({@link CoreOperations} or a subclass)
     * @param modelChecking whether the options are the model checker's (its hangs need confirming)
     * @return a note when Lincheck reported something real threads do not reproduce; empty otherwise
     * @throws AssertionError with Lincheck's report when the registry is at fault
     * @throws SuiteError     when Lincheck itself failed
     */
    public static Optional<String> run(NodeRegistryFactory factory, Options<?, ?> options, Class<?> operations,
                                       boolean modelChecking) {
        return judge(factory, () -> options.check(operations), operations, modelChecking);
    }

    /**
     * Runs a check and judges how it ended, as {@link #run} does with Lincheck's.
     *
     * @param factory       the registry under test
     * @param check         the check (Lincheck's, or a stand-in that fails as Lincheck would)
     * @param operations    the operations class whose calls the check's report names
     * @param modelChecking whether the check is the model checker's
     * @return a note when the check reported a hang real threads do not reproduce; empty otherwise
     */
    static Optional<String> judge(NodeRegistryFactory factory, Runnable check, Class<?> operations,
                                  boolean modelChecking) {
        try {
            return LincheckSubject.with(factory, () -> check(factory, check, operations, modelChecking));
        } catch (AssertionError | SuiteError e) {
            throw e;
        } catch (Exception e) {
            throw new SuiteError("Lincheck could not run: " + e, e);
        }
    }

    private static Optional<String> check(NodeRegistryFactory factory, Runnable check, Class<?> operations,
                                          boolean modelChecking) {
        try {
            check.run();
            return Optional.empty();
        } catch (AssertionError e) {
            String report = String.valueOf(e.getMessage());
            boolean hung = report.contains("has hung");
            if (report.contains("Invalid execution results") || hung && !modelChecking) {
                throw e; // a verdict: results no sequential order explains, or a hang on real threads
            }
            String what = hung ? "a hang" : "a failure";
            String confirmed = confirm(operations, scenario(report));
            if (confirmed != null) {
                throw new AssertionError(report + "\nConfirmed on real threads: " + confirmed, e);
            }
            if (hung) {
                return Optional.of("Lincheck's model checker reported a hang of " + Features.name(factory) + " that "
                        + CONFIRMATION_RUNS + " runs of its scenario on real threads did not reproduce (it models "
                        + "some lock waits as livelocks); not counted against the registry:\n" + report);
            }
            throw new SuiteError("Lincheck reported " + what + " of " + Features.name(factory)
                    + " that " + CONFIRMATION_RUNS
                    + " runs of its scenario on real threads did not reproduce: a failure of Lincheck, not a verdict"
                    + " on the registry\n" + report, e);
        } catch (RuntimeException | StackOverflowError | LinkageError e) {
            throw new SuiteError("Lincheck crashed while checking " + Features.name(factory) + ": " + e, e);
        }
    }

    /**
     * Reads the scenario from a Lincheck report: its first table, as sections (init, parallel, post)
     * of rows of cells, one column per thread.
     */
    static List<List<List<String>>> scenario(String report) {
        List<List<List<String>>> sections = new ArrayList<>();
        List<List<String>> section = null;
        boolean header = true;
        boolean started = false;
        for (String line : report.split("\n")) {
            String t = line.strip();
            if (!t.startsWith("|")) {
                if (started) {
                    break; // the first table ended
                }
                continue;
            }
            started = true;
            if (t.matches("\\|\\s*-+\\s*\\|")) {
                if (section != null && !section.isEmpty()) {
                    sections.add(section);
                }
                section = new ArrayList<>();
                continue;
            }
            List<String> cells = new ArrayList<>();
            for (String cell : t.substring(1, t.length() - 1).split("\\|", -1)) {
                cells.add(cell.strip());
            }
            if (header) {
                header = false; // "| Thread 1 | Thread 2 |"
                continue;
            }
            if (section != null) {
                section.add(cells);
            }
        }
        return sections;
    }

    /** Reruns the scenario on real threads; returns what went wrong, or null if every run finished. */
    private static String confirm(Class<?> operations, List<List<List<String>>> scenario) {
        if (scenario.isEmpty()) {
            return null;
        }
        for (int run = 1; run <= CONFIRMATION_RUNS; run++) {
            Object instance;
            try {
                instance = operations.getConstructor().newInstance();
            } catch (ReflectiveOperationException e) {
                throw new SuiteError("cannot create " + operations.getName() + " to confirm Lincheck's report", e);
            }
            for (List<List<String>> section : scenario) {
                int columns = section.stream().mapToInt(List::size).max().orElse(0);
                List<Callable<Object>> threads = new ArrayList<>();
                // A Callable may throw only Exceptions: an Error of the registry travels wrapped, and
                // Workers reports what the call threw.
                for (int c = 0; c < columns; c++) {
                    List<String> calls = new ArrayList<>();
                    for (List<String> row : section) {
                        if (c < row.size() && !row.get(c).isEmpty()) {
                            calls.add(row.get(c));
                        }
                    }
                    if (!calls.isEmpty()) {
                        threads.add(() -> {
                            for (String call : calls) {
                                try {
                                    invoke(instance, call);
                                } catch (Exception | Error e) {
                                    throw e;
                                } catch (Throwable t) {
                                    throw new IllegalStateException(t);
                                }
                            }
                            return null;
                        });
                    }
                }
                Workers.Ending ending = Workers.runAll(threads, CONFIRMATION_MILLIS);
                if (ending.timedOut()) {
                    return "run " + run + " hung:\n" + String.join("\n", ending.stuck());
                }
                if (ending.crash() != null) {
                    return "run " + run + " threw " + ending.crash();
                }
            }
        }
        return null;
    }

    private static void invoke(Object instance, String cell) throws Throwable {
        Matcher m = CALL.matcher(cell);
        if (!m.find()) {
            throw new SuiteError("cannot read the call '" + cell + "' of Lincheck's scenario", null);
        }
        String[] raw = m.group(2).isBlank() ? new String[0] : m.group(2).split(",");
        Object[] args = new Object[raw.length];
        for (int i = 0; i < raw.length; i++) {
            args[i] = Integer.parseInt(raw[i].strip());
        }
        for (Method method : instance.getClass().getMethods()) {
            if (method.getName().equals(m.group(1)) && method.getParameterCount() == args.length) {
                try {
                    method.invoke(instance, args);
                    return;
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            }
        }
        throw new SuiteError("Lincheck's scenario calls " + cell + ", which " + instance.getClass().getName()
                + " does not have", null);
    }
}
