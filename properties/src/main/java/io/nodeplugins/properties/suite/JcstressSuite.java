package io.nodeplugins.properties.suite;

import io.nodeplugins.properties.engine.core.Settings;
import io.nodeplugins.registry.Clause;
import io.nodeplugins.registry.NodeRegistryFactory;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Writer;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;

/**
 * Runs the jcstress tests of the implementation under test in a separate JVM, through the jcstress
 * jar's own launcher ({@value #LAUNCHER}: jcstress with the settings' arguments, then the verdict
 * check, exactly as {@code mvn verify} runs them), and adds one {@link Finding} per jcstress test and
 * clause from the verdict's {@value #VERDICT_TABLE}. Negative controls are not run: they test the
 * suite, not the implementation. The console output and jcstress's HTML report stay in
 * {@code <report dir>/jcstress/}. Not thread-safe.
 */
public final class JcstressSuite {

    /** The verdict check's per-test table, written into the results folder. */
    public static final String VERDICT_TABLE = "verdict.tsv";
    /** The jcstress jar's launcher: runs jcstress, then the verdict; exit 0 pass, 1 a test failed, 2 could not run. */
    public static final String LAUNCHER = "io.nodeplugins.jcstress.verdict.JcstressRun";
    /** The launcher's option that leaves the negative controls out. */
    public static final String IMPLEMENTATION_ONLY = "--implementation-only";

    private final PrintStream progress;

    /**
     * Creates the runner.
     *
     * @param progress where progress lines go
     */
    public JcstressSuite(PrintStream progress) {
        this.progress = progress;
    }

    /**
     * Runs jcstress and the verdict, adding findings or problems to the report.
     *
     * @param jar            the jcstress uber-jar
     * @param implementation the factory class name
     * @param settings       the settings (effort and overrides) the forks get
     * @param report         the report
     * @param reportDir      the report folder; results go to its {@code jcstress} sub-folder
     * @param started        when the job started (nanoTime), for progress lines
     */
    public void run(Path jar, String implementation, Settings settings, SuiteReport report, Path reportDir,
                    long started) {
        Path dir = reportDir.resolve("jcstress").toAbsolutePath();
        String extra = outsideTheJar(jar, implementation);
        try {
            Files.createDirectories(dir);
            List<String> command = launch(jar.toAbsolutePath().toString(), extra, implementation, settings);
            command.addAll(List.of(dir.toString(), ".*", IMPLEMENTATION_ONLY));
            int exit = runLogged(command, dir, dir.resolve("run.log"), started);
            Path table = dir.resolve(VERDICT_TABLE);
            if (exit > 1 || !Files.isRegularFile(table)) {
                // 1 is a failed test, which the table reports; anything else means jcstress did not run.
                report.problem("jcstress could not run (exit " + exit + "); see " + dir.resolve("run.log"));
                return;
            }
            readTable(table, implementation, settings, extra, report);
        } catch (IOException e) {
            report.problem("jcstress could not run: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            report.problem("interrupted while jcstress ran");
        }
    }

    /** The launcher's command line up to its arguments: java, the settings and factory, the class path. */
    static List<String> launch(String jar, String extraClassPath, String implementation, Settings settings) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "--enable-native-access=ALL-UNNAMED"));
        command.add("-D" + NodeRegistryFactory.PROPERTY + "=" + implementation);
        for (Map.Entry<String, String> p : settings.asSystemProperties().entrySet()) {
            command.add("-D" + p.getKey() + "=" + p.getValue());
        }
        command.addAll(List.of("-cp", jar + extraClassPath, LAUNCHER));
        return command;
    }

    /** Reads the verdict table: test, clauses, role, verdict, samples, detail (tab-separated, header first). */
    static void readTable(Path table, String implementation, Settings settings, String extraClassPath,
                          SuiteReport report) throws IOException {
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
            Finding.Status status = switch (f[3]) {
                case "PASS" -> Finding.Status.PASS;
                case "N/A" -> Finding.Status.NOT_APPLICABLE;
                default -> Finding.Status.FAIL;
            };
            String replay = status == Finding.Status.FAIL ? replay(test, implementation, settings, extraClassPath) : "";
            List<Clause> clauses = Arrays.stream(f[1].split(",")).map(Clause::parse).toList();
            for (Clause clause : clauses) {
                report.add(new Finding(clause, Suite.JCSTRESS, name, status, Long.parseLong(f[4]),
                        f[5].replace("\\n", "\n"), replay, clauses.size() > 1));
            }
        }
    }

    /** The shell command that reruns one jcstress test with the same settings, from the repository's root. */
    static String replay(String test, String implementation, Settings settings, String extraClassPath) {
        StringBuilder s = new StringBuilder("java '-D").append(NodeRegistryFactory.PROPERTY).append('=')
                .append(implementation).append('\'');
        settings.asSystemProperties().forEach((k, v) -> s.append(" '-D").append(k).append('=').append(v).append('\''));
        return s.append(" -cp jcstress-tests/target/jcstress.jar").append(extraClassPath).append(' ').append(LAUNCHER)
                .append(" target/jcstress-replay '").append(test.replace(".", "\\.").replace("$", "\\$")).append("$'")
                .toString();
    }

    /**
     * The class path entries (with a leading separator) that the forks and the replay command need
     * when the factory lives outside the jcstress jar (the reference and the faulty registries are
     * inside it): every entry of this JVM's class path but the kit's own jar, so that a driver's
     * registry arrives with its dependencies (gRPC's registries need grpc-api and Guava); empty
     * otherwise.
     */
    static String outsideTheJar(Path jar, String implementation) {
        String entry = implementation.replace('.', '/') + ".class";
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            if (zip.getEntry(entry) != null) {
                return "";
            }
        } catch (IOException e) {
            // not a readable jar: pass the class path on below
        }
        Path kit = ownLocation();
        StringBuilder extra = new StringBuilder();
        for (String element : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            Path absolute = element.isBlank() ? null : Path.of(element).toAbsolutePath(); // forks run elsewhere
            if (absolute != null && !absolute.equals(kit)) {
                extra.append(File.pathSeparator).append(absolute);
            }
        }
        return extra.toString();
    }

    /** Where this class was loaded from (the suite jar, or the kit's classes), or null if unknown. */
    private static Path ownLocation() {
        try {
            CodeSource source = JcstressSuite.class.getProtectionDomain().getCodeSource();
            return source == null || source.getLocation() == null ? null
                    : Path.of(source.getLocation().toURI()).toAbsolutePath();
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    private int runLogged(List<String> command, Path workDir, Path log, long started)
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
                if (results || line.contains("(ETA:") && System.nanoTime() - lastPrint > 5_000_000_000L) {
                    lastPrint = System.nanoTime();
                    progress.printf("[jcstress] %s, elapsed %s%n", line.strip(), ContractSuites.elapsed(started));
                }
            }
        }
        return process.waitFor();
    }
}
