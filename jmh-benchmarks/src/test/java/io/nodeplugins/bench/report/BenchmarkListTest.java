package io.nodeplugins.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.VerboseMode;

import org.junit.jupiter.api.Test;

/**
 * The annotation processor ran (META-INF/BenchmarkList is generated and lists every benchmark), and
 * every benchmark the report reads exists under that name, so a rename cannot silently empty a
 * section of the report.
 */
class BenchmarkListTest {

    @Test
    void everyBenchmarkTheReportReadsIsGenerated() {
        Set<String> generated = BenchmarkList.defaultList()
                .getAll(OutputFormatFactory.createFormatInstance(new PrintStream(PrintStream.nullOutputStream()),
                        VerboseMode.SILENT), List.of())
                .stream().map(BenchmarkListEntry::getUsername).collect(Collectors.toSet());

        assertThat(generated).as("META-INF/BenchmarkList").isNotEmpty();
        assertThat(generated).containsAll(BenchmarkCatalog.benchmarkNames());
        assertThat(generated).as("no benchmark the report does not know").hasSameSizeAs(BenchmarkCatalog.benchmarkNames());
    }
}
