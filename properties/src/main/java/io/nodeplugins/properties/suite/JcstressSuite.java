package io.nodeplugins.properties.suite;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the jcstress tests of the implementation under test in a separate JVM (jcstress forks its
 * own), then jcstress-tests' verdict check, and adds one {@link Finding} per jcstress test from the
 * verdict's {@value #VERDICT_TABLE}. Negative controls are not run: they test the suite. The console
 * output and jcstress's HTML report stay in {@code <report dir>/jcstress/}. Not thread-safe.
 */
public final class JcstressSuite {

    /** The verdict check's per-test table, written into the results folder. */
    public static final String VERDICT_TABLE = "verdict.tsv";
    /** The jcstress tests of the implementation under test (the controls are named after their faulty registry). */
    public static final String TESTS_OF_THE_IMPLEMENTATION = ".*\\.C\\d+_.*\\.UnderTest";

    private final PrintStream progress;

    /**
     * Creates the runner.
     *
     * @param progress where progress lines go
     */
    public JcstressSuite(PrintStream progress) {
        this.progress = progress;
    }

    /** The jcstress settings of a mode; CI matches what {@code mvn -B verify} runs. */
    static List<String> settings(SuiteMode mode, String implementation) {
        String factory = "-D" + io.nodeplugins.registry.NodeRegistryFactory.PROPERTY + "=" + implementation;
        if (mode.jcstressMode().equals("ci")) {
            return List.of("-f", "1", "-sc", "false", "-pth", "false", "-iters", "3", "-time", "250", "-jvmArgs", factory);
        }
        return List.of("-m", mode.jcstressMode(), "-jvmArgsPrepend", factory);
    }

    /**
     * Runs jcstress and the verdict, adding findings or problems to the report.
     *
     * @param jar            the jcstress uber-jar
     * @param implementation the factory class name
     * @param mode           the mode
     * @param report         the report
     * @param reportDir      the report folder; results go to its {@code jcstress} sub-folder
     * @param started        when the job started (nanoTime), for progress lines
     */
    public void run(Path jar, String implementation, SuiteMode mode, SuiteReport report, Path reportDir, long started) {
        Path dir = reportDir.resolve("jcstress").toAbsolutePath();
        try {
            Files.createDirectories(dir);
            String classPath = jar.toAbsolutePath() + java.io.File.pathSeparator + System.getProperty("java.class.path");
            List<String> command = new ArrayList<>(List.of(java(), "--enable-native-access=ALL-UNNAMED",
                    "-D" + io.nodeplugins.registry.NodeRegistryFactory.PROPERTY + "=" + implementation,
                    "-cp", classPath, "org.openjdk.jcstress.Main", "-t", TESTS_OF_THE_IMPLEMENTATION, "-r", dir.toString()));
            command.addAll(settings(mode, implementation));
            int exit = runLogged(command, dir, dir.resolve("console.log"), started, true);
            if (exit != 0) { // jcstress exits 0 whatever it observed; 1 means its options did not parse
                report.problem("jcstress exited with " + exit + "; see " + dir.resolve("console.log"));
            }
            List<String> verdict = List.of(java(), "-D" + io.nodeplugins.registry.NodeRegistryFactory.PROPERTY + "="
                    + implementation, "-cp", classPath, "io.nodeplugins.jcstress.verdict.JcstressVerdict",
                    dir.toString(), TESTS_OF_THE_IMPLEMENTATION);
            runLogged(verdict, dir, dir.resolve("verdict.log"), started, false);
            Path table = dir.resolve(VERDICT_TABLE);
            if (!Files.isRegularFile(table)) {
                report.problem("the jcstress verdict wrote no " + VERDICT_TABLE + "; see " + dir.resolve("verdict.log"));
                return;
            }
            readTable(table, mode, implementation, outsideTheJar(jar, implementation), report);
        } catch (IOException e) {
            report.problem("jcstress could not run: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            report.problem("interrupted while jcstress ran");
        }
    }

    /** Reads the verdict table: test, clause, role, verdict, samples, detail (tab-separated, header first). */
    static void readTable(Path table, SuiteMode mode, String implementation, String extraClassPath, SuiteReport report)
            throws IOException {
        List<String> lines = Files.readAllLines(table, StandardCharsets.UTF_8);
        for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
            String[] f = line.split("\t", -1);
            if (f.length < 6 || !"under-test".equals(f[2])) {
                continue;
            }
            String test = f[0];
            String name = test.substring(test.lastIndexOf('.', test.lastIndexOf('.') - 1) + 1); // Class.Variant
            if ("NOT-RUN".equals(f[3])) {
                report.note("jcstress test " + name + " (" + f[1] + ") " + f[5]);
                continue;
            }
            boolean passed = "PASS".equals(f[3]);
            String replay = passed ? "" : "java -Dnodeplugins.factory='" + implementation + "' -cp "
                    + "jcstress-tests/target/jcstress.jar" + extraClassPath + " org.openjdk.jcstress.Main -t '"
                    + test.replace("$", "\\$") + "' "
                    + String.join(" ", settings(mode, implementation)).replace("-jvmArgs -D", "-jvmArgs '-D")
                    + (mode.jcstressMode().equals("ci") ? "'" : "");
            report.add(new Finding(f[1], Suite.JCSTRESS, name, passed,
                    Long.parseLong(f[4]), f[5].replace("\\n", "\n"), replay, false));
        }
    }

    /**
     * The class path entry (with its leading separator) of the factory when it lives outside the
     * jcstress jar (the reference and the faulty registries are inside it), so that the replay
     * command finds a driver author's class; empty otherwise.
     */
    static String outsideTheJar(Path jar, String implementation) {
        String entry = implementation.replace('.', '/') + ".class";
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(jar.toFile())) {
            if (zip.getEntry(entry) != null) {
                return "";
            }
        } catch (IOException e) {
            // not a readable jar: name the factory's own location below
        }
        try {
            java.security.CodeSource source = Class.forName(implementation, false,
                    Thread.currentThread().getContextClassLoader()).getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) {
                return "";
            }
            return java.io.File.pathSeparator + Path.of(source.getLocation().toURI());
        } catch (ReflectiveOperationException | LinkageError | java.net.URISyntaxException | RuntimeException e) {
            return "";
        }
    }

    private int runLogged(List<String> command, Path workDir, Path log, long started, boolean showProgress)
            throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true).start();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
             Writer out = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
            String line;
            long lastPrint = 0;
            while ((line = in.readLine()) != null) {
                out.write(line);
                out.write('\n');
                boolean results = line.contains("(Results:");
                if (showProgress && (results || line.contains("(ETA:") && System.nanoTime() - lastPrint > 5_000_000_000L)) {
                    lastPrint = System.nanoTime();
                    progress.printf("[jcstress] %s, elapsed %s%n", line.strip(), PropertySuites.elapsed(started));
                }
            }
        }
        return process.waitFor();
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
