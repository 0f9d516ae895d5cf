package io.nodeplugins.properties.suite;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * The class path of the registry under test, given with {@code --classpath} (repeatable, or
 * {@code :}-joined): jars and class folders, relative to the working directory; a {@code pom.xml}
 * whose dependencies Maven resolves (plus its {@code target/classes} and {@code target/test-classes}
 * when they exist); or Maven coordinates {@code group:artifact:version}, resolved with their
 * dependencies by {@code mvn dependency:build-classpath} on a generated pom.
 *
 * <p>{@code ./suite} resolves them before it starts the main job's JVM ({@link #main}) and puts them on
 * that JVM's class path, and says so with {@value #ON_CLASS_PATH}: Lincheck's model checker loads the
 * registry's classes by name from the application class loader, so they must be there. A main job run
 * in a JVM of its own (a test) loads them through a class loader of their own. Either way the jcstress
 * forks get them. Immutable.
 */
final class UserClassPath {

    /** {@code group:artifact:version}: a value resolved by Maven, kept as given in summary.json. */
    static final Pattern COORDINATES = Pattern.compile("[\\w.-]+:[\\w.-]+:[\\w.+-]+");

    private final List<String> given;
    private final List<Path> entries;

    private UserClassPath(List<String> given, List<Path> entries) {
        this.given = List.copyOf(given);
        this.entries = List.copyOf(entries);
    }

    /** No class path beyond the suite's own. */
    static final UserClassPath NONE = new UserClassPath(List.of(), List.of());

    /**
     * System property set by {@code ./suite}: the {@code --classpath} values were resolved by
     * {@link #main} and are on this JVM's class path already.
     */
    public static final String ON_CLASS_PATH = "nodeplugins.classpath.launched";

    /**
     * Resolves the registry's class path for {@code ./suite} before it starts the main job: prints the
     * entries of the {@code --classpath} values (or of the run a {@code --replay} names), separated by
     * the path separator, on standard output; nothing for a merge. Exit 2 with the usage on bad options.
     *
     * @param args the main job's command line
     */
    public static void main(String[] args) {
        try {
            System.out.println(forLaunch(List.of(args), System.err));
        } catch (IllegalArgumentException e) {
            System.err.println("suite: " + e.getMessage());
            System.err.println(SuiteOptions.USAGE);
            System.exit(SuiteMain.USAGE);
        }
    }

    /** The class path a command line needs, as one string; empty when it needs none. */
    static String forLaunch(List<String> args, PrintStream progress) {
        if (!args.isEmpty() && args.get(0).equals("merge")) {
            return "";
        }
        SuiteOptions options = SuiteOptions.parse(args);
        List<String> values = options.replay().isPresent()
                ? SummaryJson.read(options.reportDir()).report().runInfo().classPath() : options.classPath();
        StringBuilder cp = new StringBuilder();
        resolve(values, Path.of(""), progress).entries()
                .forEach(e -> cp.append(cp.length() == 0 ? "" : File.pathSeparator).append(e));
        return cp.toString();
    }

    /**
     * The class path of values that {@link #main} resolved and that are on this JVM's class path:
     * the values as given (paths absolute), no entries of its own.
     *
     * @param values the values
     * @param base   the folder relative paths start from
     * @return the class path
     */
    static UserClassPath onClassPath(List<String> values, Path base) {
        List<String> given = new ArrayList<>();
        for (String value : values) {
            String v = value.trim();
            if (COORDINATES.matcher(v).matches() && !Files.exists(base.resolve(v.split(":")[0]))) {
                given.add(v);
                continue;
            }
            for (String part : v.split(File.pathSeparator)) {
                if (!part.isBlank()) {
                    given.add(base.resolve(part).toAbsolutePath().normalize().toString());
                }
            }
        }
        return new UserClassPath(given, List.of());
    }

    /**
     * Resolves {@code --classpath} values.
     *
     * @param values   the values as given, each a path list, a pom or coordinates
     * @param base     the folder relative paths start from (the working directory, or a report's
     *                 folder for a replay)
     * @param progress where Maven's resolution is announced
     * @return the class path
     * @throws IllegalArgumentException naming a path that does not exist or coordinates Maven cannot
     *                                  resolve
     */
    static UserClassPath resolve(List<String> values, Path base, PrintStream progress) {
        List<String> given = new ArrayList<>();
        Set<Path> entries = new LinkedHashSet<>();
        for (String value : values) {
            String v = value.trim();
            if (v.isEmpty()) {
                continue;
            }
            if (COORDINATES.matcher(v).matches() && !Files.exists(base.resolve(v.split(":")[0]))) {
                given.add(v);
                entries.addAll(maven(generatedPom(v), v, progress));
                continue;
            }
            for (String part : v.split(File.pathSeparator)) {
                if (part.isBlank()) {
                    continue;
                }
                Path path = base.resolve(part).toAbsolutePath().normalize();
                if (!Files.exists(path)) {
                    throw new IllegalArgumentException("--classpath entry '" + part + "' does not exist (relative paths"
                            + " start in " + ReportText.relative(base.toAbsolutePath().toString()) + "); give jars,"
                            + " class folders, a pom.xml or Maven coordinates group:artifact:version");
                }
                given.add(path.toString());
                if (path.getFileName().toString().endsWith(".xml") && Files.isRegularFile(path)) {
                    entries.addAll(maven(path, part, progress));
                    for (String out : List.of("classes", "test-classes")) {
                        Path classes = path.getParent().resolve("target").resolve(out);
                        if (Files.isDirectory(classes)) {
                            entries.add(classes);
                        }
                    }
                } else {
                    entries.add(path);
                }
            }
        }
        return new UserClassPath(given, new ArrayList<>(entries));
    }

    /**
     * Returns the values as given, paths made absolute (reports show them relative to the working
     * directory, summary.json relative to the report's folder).
     *
     * @return the values
     */
    List<String> given() {
        return given;
    }

    /**
     * Returns the resolved entries, absolute.
     *
     * @return jars and class folders
     */
    List<Path> entries() {
        return entries;
    }

    /**
     * Returns the entries as a class path string with a leading separator, or empty.
     *
     * @return for example ":/x/my.jar:/x/classes"
     */
    String asSuffix() {
        StringBuilder s = new StringBuilder();
        entries.forEach(e -> s.append(File.pathSeparator).append(e));
        return s.toString();
    }

    /**
     * Returns a class loader that sees these entries after {@code parent}'s classes.
     *
     * @param parent the suite's class loader
     * @return {@code parent} itself when there are no entries
     */
    ClassLoader loader(ClassLoader parent) {
        if (entries.isEmpty()) {
            return parent;
        }
        List<URL> urls = new ArrayList<>();
        for (Path p : entries) {
            try {
                urls.add(p.toUri().toURL());
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException("--classpath entry " + p + " is not a usable path", e);
            }
        }
        return new URLClassLoader("registry-under-test", urls.toArray(URL[]::new), parent);
    }

    /** A pom in a temporary folder with the coordinates as its one dependency. */
    private static Path generatedPom(String coordinates) {
        String[] gav = coordinates.split(":");
        try {
            Path dir = Files.createTempDirectory("nodeplugins-classpath");
            dir.toFile().deleteOnExit();
            Path pom = dir.resolve("pom.xml");
            Files.writeString(pom, "<project xmlns=\"http://maven.apache.org/POM/4.0.0\"><modelVersion>4.0.0</modelVersion>"
                    + "<groupId>io.nodeplugins.suite</groupId><artifactId>classpath</artifactId><version>1</version>"
                    + "<packaging>pom</packaging><dependencies><dependency><groupId>" + gav[0] + "</groupId><artifactId>"
                    + gav[1] + "</artifactId><version>" + gav[2] + "</version></dependency></dependencies></project>\n",
                    StandardCharsets.UTF_8);
            pom.toFile().deleteOnExit();
            return pom;
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot write a pom to resolve " + coordinates + ": " + e, e);
        }
    }

    /** Runs {@code mvn dependency:build-classpath} on {@code pom} and returns the entries it prints. */
    private static List<Path> maven(Path pom, String what, PrintStream progress) {
        progress.println("resolving --classpath " + what + " with Maven (mvn dependency:build-classpath) ...");
        try {
            Path out = Files.createTempFile("nodeplugins-classpath", ".txt");
            Path log = Files.createTempFile("nodeplugins-classpath", ".log");
            try {
                Process mvn = new ProcessBuilder(mvnExecutable(), "-B", "-q", "-Dstyle.color=never", "-f", pom.toString(),
                        "dependency:build-classpath", "-Dmdep.outputFile=" + out, "-Dmdep.includeScope=test")
                        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
                if (!mvn.waitFor(10, TimeUnit.MINUTES)) {
                    mvn.destroyForcibly();
                    throw new IllegalArgumentException("Maven did not resolve --classpath " + what + " within 10 minutes");
                }
                if (mvn.exitValue() != 0) {
                    List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
                    throw new IllegalArgumentException("Maven could not resolve --classpath " + what + " (exit "
                            + mvn.exitValue() + "): " + String.join("\n", lines.subList(Math.max(0, lines.size() - 15),
                            lines.size())));
                }
                List<Path> entries = new ArrayList<>();
                for (String e : Files.readString(out, StandardCharsets.UTF_8).trim().split(File.pathSeparator)) {
                    if (!e.isBlank()) {
                        entries.add(Path.of(e.trim()));
                    }
                }
                return entries;
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(log);
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot run Maven (mvn on the PATH) to resolve --classpath " + what
                    + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalArgumentException("interrupted while Maven resolved --classpath " + what, e);
        }
    }

    private static String mvnExecutable() {
        return System.getProperty("os.name", "").startsWith("Windows") ? "mvn.cmd" : "mvn";
    }
}
