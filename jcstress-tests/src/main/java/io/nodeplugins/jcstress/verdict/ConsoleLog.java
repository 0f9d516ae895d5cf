package io.nodeplugins.jcstress.verdict;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the verdict needs from jcstress's console output: the result blob it wrote, the CPUs it used
 * and its final progress line. Immutable.
 */
final class ConsoleLog {

    private static final Pattern BLOB = Pattern.compile("Test result blob: \"([^\"]+)\"");
    private static final Pattern CPUS = Pattern.compile("Hardware CPUs in use: (\\d+)");
    private static final Pattern RESULTS = Pattern.compile(
            "\\(Results: (\\d+) planned; (\\d+) passed, (\\d+) failed, (\\d+) soft errs, (\\d+) hard errs\\)");

    private final String blob;
    private final int cpus;
    private final MatchResult results; // the last "(Results: ...)" match, or null
    private final List<String> fatal;

    private ConsoleLog(String blob, int cpus, MatchResult results, List<String> fatal) {
        this.blob = blob;
        this.cpus = cpus;
        this.results = results;
        this.fatal = fatal;
    }

    /** Reads the console output jcstress wrote to {@code file}. */
    static ConsoleLog read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, Charset.defaultCharset());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the jcstress console output " + file
                    + "; did the jcstress run (exec execution jcstress-run) happen?", e);
        }
        String blob = null;
        int cpus = -1;
        MatchResult results = null;
        List<String> fatal = new ArrayList<>();
        for (String line : lines) {
            Matcher m = BLOB.matcher(line);
            if (m.find()) {
                blob = m.group(1);
            }
            m = CPUS.matcher(line);
            if (m.find()) {
                cpus = Integer.parseInt(m.group(1));
            }
            m = RESULTS.matcher(line);
            if (m.find()) { // the last one is the final count
                results = m.toMatchResult();
            }
            if (line.startsWith("FATAL:") || line.startsWith("ERROR:")) {
                fatal.add(line.trim());
            }
        }
        return new ConsoleLog(blob, cpus, results, fatal);
    }

    /** The file name of the binary results, relative to jcstress's working directory, or null. */
    String blob() {
        return blob;
    }

    /** The CPUs jcstress scheduled actors on, if it said. */
    OptionalInt cpus() {
        return cpus < 0 ? OptionalInt.empty() : OptionalInt.of(cpus);
    }

    /** Whether the final "(Results: ...)" line is present. */
    boolean hasResultsLine() {
        return results != null;
    }

    /** Whether the final line reads "N planned; N passed, 0 failed, 0 soft errs, 0 hard errs" with N &gt; 0. */
    boolean isClean() {
        return results != null && Long.parseLong(results.group(1)) > 0 && results.group(1).equals(results.group(2))
                && results.group(3).equals("0") && results.group(4).equals("0") && results.group(5).equals("0");
    }

    /**
     * Whether the final line is clean but for tests that failed, no more of them than {@code failedTests}:
     * "N planned; N-F passed, F failed, 0 soft errs, 0 hard errs" with 0 &lt; F &lt;= failedTests.
     *
     * @param failedTests how many tests the verdict itself found failing
     * @return true if the line says nothing the verdict does not already say
     */
    boolean onlyFailedTests(int failedTests) {
        if (results == null) {
            return false;
        }
        long planned = Long.parseLong(results.group(1));
        long passed = Long.parseLong(results.group(2));
        long failed = Long.parseLong(results.group(3));
        return planned > 0 && passed + failed == planned && failed > 0 && failed <= failedTests
                && results.group(4).equals("0") && results.group(5).equals("0");
    }

    /** The final results line as jcstress printed it. */
    String resultsLine() {
        return results == null ? "(no Results line)" : results.group();
    }

    /** Lines where jcstress reported a fatal problem or an option error. */
    List<String> fatalLines() {
        return fatal;
    }
}
