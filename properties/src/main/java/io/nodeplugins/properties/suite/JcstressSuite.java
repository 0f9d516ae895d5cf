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
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;

/**
 * Runs the jcstress tests of the implementation under test in a separate JVM, through the jcstress
 * jar's own launcher ({@value #LAUNCHER}: jcstress with the settings' arguments, then the verdict
 * check, exactly as {@code mvn verify} runs them), and adds one {@link Finding} per jcstress test and
 * clause from the verdict's {@value #VERDICT_TABLE}. Negative controls are not run: they test the
 * suite, not the implementation. The launcher's output ({@code run.log}, cleaned like the report's
 * text), jcstress's console output and its HTML report stay in {@code <report dir>/jcstress/}. Not
 * thread-safe.
 */
public final class JcstressSuite {

    /** The verdict check's per-test table, written into the results folder. */
    public static final String VERDICT_TABLE = "verdict.tsv";
    /** The jcstress jar's launcher: runs jcstress, then the verdict; exit 0 pass, 1 a test failed, 2 could not run. */
    public static final String LAUNCHER = "io.nodeplugins.jcstress.verdict.JcstressRun";
    /** The launcher's option that leaves the negative controls out. */
    public static final String IMPLEMENTATION_ONLY = "--implementation-only";
    /** The launcher's option that runs one shard of the tests: {@code --shard K/N}. */
    public static final String SHARD = "--shard";
    /** Lines of each JVM's thread dump kept in a suite error. */
    private static final int DUMP_LINES = 400;

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
     * Runs jcstress and the verdict, adding findings or problems to the report. The run has a time
     * limit ({@link TimeLimits}); past it the jcstress JVMs' threads are dumped into a suite error and
     * the JVMs are ended.
     *
     * @param jar       the jcstress uber-jar
     * @param run       the factory, and how a failure is replayed
     * @param classPath the registry's class path, which the forks need
     * @param settings  the settings (effort and overrides) the forks get
     * @param selection this shard's share of the tests, or the one test of {@code --only}
     * @param report    the report
     * @param reportDir the report folder; results go to its {@code jcstress} sub-folder
     * @param started   when the job started (nanoTime), for progress lines
     */
    public void run(Path jar, SuiteRun run, UserClassPath classPath, Settings settings, ContractSuites.Selection selection,
                    SuiteReport report, Path reportDir, long started) {
        Path dir = reportDir.resolve("jcstress").toAbsolutePath();
        String implementation = run.implementation();
        String extra = outsideTheJar(jar, implementation, classPath);
        Duration limit = TimeLimits.of(Suite.JCSTRESS, settings);
        try {
            Files.createDirectories(dir);
            List<String> command = launch(jar.toAbsolutePath().toString(), extra, implementation, settings);
            command.addAll(List.of(dir.toString(), selection.only().map(o -> Pattern.quote(o) + "$").orElse(".*"),
                    IMPLEMENTATION_ONLY));
            if (!selection.shard().isWhole()) {
                command.addAll(List.of(SHARD, selection.shard().toString()));
            }
            Ending ending = runLogged(command, dir, dir.resolve("run.log"), started, limit);
            if (ending.stacks() != null) {
                report.suiteError("jcstress", "suite error: jcstress did not finish in " + limit.toSeconds()
                        + " s (its time limit; -D" + TimeLimits.PROPERTY + "=... changes it); its JVMs were ended, and"
                        + " the tests it had not finished have no verdict. Output: " + dir.resolve("run.log")
                        + ". Threads of its JVMs when the limit passed:\n" + ending.stacks());
                return;
            }
            Path table = dir.resolve(VERDICT_TABLE);
            if (ending.exit() > 1 || !Files.isRegularFile(table)) {
                // 1 is a failed test, which the table reports; anything else means jcstress did not run.
                report.problem("jcstress could not run (exit " + ending.exit() + "); see " + dir.resolve("run.log"));
                return;
            }
            readTable(table, run, report);
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
    static void readTable(Path table, SuiteRun run, SuiteReport report) throws IOException {
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
            String replay = status == Finding.Status.FAIL ? run.replayCommand(name, OptionalLong.empty()) : "";
            List<Clause> clauses = Arrays.stream(f[1].split(",")).map(Clause::parse).toList();
            for (Clause clause : clauses) {
                report.add(new Finding(clause, Suite.JCSTRESS, name, status, Long.parseLong(f[4]),
                        f[5].replace("\\n", "\n"), replay, clauses.size() > 1));
            }
        }
    }

    /**
     * The class path entries (with a leading separator) that the forks and the replay command need
     * when the factory lives outside the jcstress jar (the reference and the faulty registries are
     * inside it): every entry of this JVM's class path but the kit's own jar, so that a driver's
     * registry arrives with its dependencies (gRPC's registries need grpc-api and Guava); empty
     * otherwise.
     */
    static String outsideTheJar(Path jar, String implementation) {
        return outsideTheJar(jar, implementation, UserClassPath.NONE);
    }

    /**
     * As {@link #outsideTheJar(Path, String)}, followed by the registry's own class path when the
     * factory is not in the jar.
     */
    static String outsideTheJar(Path jar, String implementation, UserClassPath classPath) {
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
        return extra.append(classPath.asSuffix()).toString();
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

    /**
     * How the launcher ended.
     *
     * @param exit   its exit code (-1 when it was ended at the time limit)
     * @param stacks the thread dumps of its JVMs taken at the time limit, or null if it finished
     */
    private record Ending(int exit, String stacks) {
    }

    private Ending runLogged(List<String> command, Path workDir, Path log, long started, Duration limit)
            throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true).start();
        AtomicReference<String> stacks = new AtomicReference<>();
        Thread watchdog = new Thread(() -> {
            try {
                if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                    stacks.set(threadDumps(process.toHandle()));
                    process.descendants().forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "jcstress-time-limit");
        watchdog.setDaemon(true);
        watchdog.start();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
             Writer out = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
            String line;
            long lastPrint = 0;
            while ((line = in.readLine()) != null) {
                out.write(ReportText.clean(line)); // the log stays in the report folder: no absolute path in it
                out.write('\n');
                boolean results = line.contains("(Results:");
                if (results || line.contains("(ETA:") && System.nanoTime() - lastPrint > 5_000_000_000L) {
                    lastPrint = System.nanoTime();
                    progress.printf("[jcstress] %s, elapsed %s%n", line.strip(), ContractSuites.elapsed(started));
                }
            }
        } finally {
            process.descendants().forEach(ProcessHandle::destroyForcibly); // forks left behind by an early end
        }
        int exit = process.waitFor();
        watchdog.join();
        return new Ending(stacks.get() == null ? exit : -1, stacks.get());
    }

    /** The thread dumps ({@code jcmd PID Thread.print}) of a JVM and its child JVMs, each cut to its first lines. */
    static String threadDumps(ProcessHandle root) {
        StringBuilder dumps = new StringBuilder();
        List<ProcessHandle> jvms = new ArrayList<>();
        jvms.add(root);
        root.descendants().forEach(jvms::add);
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        for (ProcessHandle jvm : jvms) {
            dumps.append("\n--- JVM ").append(jvm.pid()).append(' ')
                    .append(jvm.info().commandLine().map(c -> c.length() > 160 ? c.substring(0, 160) + " ..." : c)
                            .orElse("")).append('\n');
            try {
                Process p = new ProcessBuilder(jcmd.toString(), Long.toString(jvm.pid()), "Thread.print")
                        .redirectErrorStream(true).start();
                List<String> lines = new ArrayList<>();
                try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = in.readLine()) != null) {
                        if (lines.size() < DUMP_LINES) {
                            lines.add(line);
                        }
                    }
                }
                if (!p.waitFor(30, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    dumps.append("(no thread dump: jcmd did not answer within 30 s)");
                } else if (p.exitValue() != 0) {
                    dumps.append("(no thread dump: ").append(lines.stream().filter(l -> l.contains("Exception"))
                            .findFirst().orElse("jcmd exit " + p.exitValue())).append(" — the JVM had ended)");
                } else {
                    dumps.append(String.join("\n", lines));
                }
            } catch (IOException e) {
                dumps.append("(no thread dump: ").append(e.getMessage()).append(')');
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return dumps.toString();
            }
        }
        return dumps.toString();
    }
}
