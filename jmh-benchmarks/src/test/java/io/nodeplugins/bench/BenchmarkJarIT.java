package io.nodeplugins.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * The shaded {@code target/benchmarks.jar} after packaging (failsafe, in {@code mvn verify}): it
 * starts JMH, holds a non-empty benchmark list and everything the report needs. Runs no benchmark;
 * {@code java -jar benchmarks.jar -l} only lists them.
 */
class BenchmarkJarIT {

    private static Path jar() {
        Path jar = Path.of(System.getProperty("benchmarks.jar", "target/benchmarks.jar"));
        assertThat(jar).as("the shaded jar (mvn package builds it)").isRegularFile();
        return jar;
    }

    @Test
    void theJarStartsJmhAndHoldsTheBenchmarksAndTheReport() throws IOException {
        try (JarFile jar = new JarFile(jar().toFile())) {
            assertThat(jar.getManifest().getMainAttributes().getValue("Main-Class")).isEqualTo("org.openjdk.jmh.Main");
            String list;
            try (InputStream in = jar.getInputStream(jar.getEntry("META-INF/BenchmarkList"))) {
                list = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            assertThat(list.lines()).as("META-INF/BenchmarkList").hasSizeGreaterThanOrEqualTo(16);
            assertThat(jar.getEntry("io/nodeplugins/bench/report/BenchmarkReport.class")).isNotNull();
            assertThat(jar.getEntry("io/nodeplugins/registry/ConcurrentPluginRegistry.class")).isNotNull();
            assertThat(jar.getEntry("org/jfree/chart/JFreeChart.class")).isNotNull();
            assertThat(jar.getEntry("com/google/gson/JsonParser.class")).isNotNull();
        }
    }

    @Test
    void jmhListsEveryBenchmarkFromTheJar() throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path output = Files.createTempFile("benchmarks-list", ".txt");
        try {
            Process process = new ProcessBuilder(java.toString(), "-jar", jar().toString(), "-l")
                    .redirectErrorStream(true).redirectOutput(output.toFile()).start();
            boolean ended = process.waitFor(60, TimeUnit.SECONDS);
            if (!ended) {
                process.destroyForcibly();
            }
            String listed = Files.readString(output);
            assertThat(ended).as("java -jar benchmarks.jar -l ended within 60 s; output:\n" + listed).isTrue();
            assertThat(process.exitValue()).as(listed).isZero();
            assertThat(listed).contains("Benchmarks:")
                    .contains("io.nodeplugins.bench.GuardedLookupBenchmark.guardedLookupOrElseThrow")
                    .contains("io.nodeplugins.bench.contention.ContentionBenchmark.readWrite")
                    .contains("io.nodeplugins.bench.wakeup.AwaitLatencyBenchmark.wakeUp");
        } finally {
            Files.deleteIfExists(output);
        }
    }
}
