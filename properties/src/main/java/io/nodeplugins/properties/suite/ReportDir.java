package io.nodeplugins.properties.suite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Prepares a report folder before a run: the files a previous run of the suite wrote there
 * ({@link SuiteReport#FILES}) are removed, so that no stale result (an old failure, an old jcstress
 * table) is read as this run's; a folder that holds anything else is refused rather than emptied.
 * Stateless.
 */
final class ReportDir {

    private ReportDir() {
    }

    /**
     * Empties {@code dir} of the suite's files, or creates it.
     *
     * @param dir the report folder
     * @throws IllegalArgumentException if it holds files the suite did not write, or is not a folder
     */
    static void prepare(Path dir) {
        try {
            if (Files.exists(dir) && !Files.isDirectory(dir)) {
                throw new IllegalArgumentException("--report " + dir + " is a file, not a folder");
            }
            if (Files.isDirectory(dir)) {
                List<Path> entries;
                try (Stream<Path> list = Files.list(dir)) {
                    entries = list.toList();
                }
                TreeSet<String> foreign = new TreeSet<>();
                entries.stream().map(p -> p.getFileName().toString()).filter(n -> !SuiteReport.FILES.contains(n))
                        .forEach(foreign::add);
                if (!foreign.isEmpty()) {
                    throw new IllegalArgumentException("--report " + dir + " does not look like a suite report: it holds "
                            + String.join(", ", foreign) + ", which the suite does not write; the suite empties its"
                            + " report folder before a run, so pass an empty or new folder, or the folder of an earlier"
                            + " report");
                }
                for (Path p : entries) {
                    delete(p);
                }
            }
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot prepare the report folder " + dir + ": " + e, e);
        }
    }

    private static void delete(Path p) throws IOException {
        try (Stream<Path> tree = Files.walk(p)) {
            tree.sorted(Comparator.reverseOrder()).forEach(q -> {
                try {
                    Files.delete(q);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
