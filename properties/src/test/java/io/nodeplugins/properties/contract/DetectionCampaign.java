package io.nodeplugins.properties.contract;

import io.nodeplugins.properties.contract.ContractRun.Contract;
import io.nodeplugins.properties.faulty.FaultyRegistries;
import io.nodeplugins.properties.faulty.FaultyRegistry;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The detection campaign (not part of the build): every public faulty registry, {@code runs} times,
 * through the contracts in the main job's order (unit, sequential, parallel, Lincheck) at CI strength
 * with fresh seeds; per contract, in how many runs a check of the registry's clause failed, and the
 * time to first detection (seconds from the start of the unit contract to the first failing check,
 * the contracts run one after the other). Writes a Markdown table.
 *
 * <pre>
 * mvn -B -pl properties -am test -Dtest=DetectionCampaign -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Djcstress.skip=true -Dcampaign.runs=10 -Dcampaign.out=target/detection.md
 * </pre>
 *
 * Its class name does not match Surefire's patterns, so {@code mvn verify} never runs it; it runs on
 * the JUnit Platform only when named, with the build's JVM flags (Lincheck needs them).
 *
 * Parallel and Lincheck contracts are the slow ones: {@code campaign.slowRuns} runs each (default
 * the same as {@code campaign.runs}); Lincheck only for the registries its meta-test names
 * ({@code campaign.lincheck}, comma-separated simple names). Single-threaded.
 */
public final class DetectionCampaign {

    private DetectionCampaign() {
    }

    /**
     * Runs the campaign.
     *
     * @param args ignored; settings come from system properties
     * @throws IOException if the table cannot be written
     */
    public static void main(String[] args) throws IOException {
        int runs = Integer.getInteger("campaign.runs", 10);
        int slowRuns = Integer.getInteger("campaign.slowRuns", runs);
        Set<String> lincheck = Set.of(System.getProperty("campaign.lincheck",
                "UnsynchronizedMapRegistry,CheckThenActRegistry,AcceptAfterCloseRegistry,CorruptingBadInputRegistry")
                .split(","));
        String only = System.getProperty("campaign.only", "");
        Path out = Path.of(System.getProperty("campaign.out", "target/detection.md"));
        List<String> rows = new ArrayList<>();
        rows.add("| registry | clause | unit | sequential | parallel | Lincheck | first detection (s): median / max |");
        rows.add("| --- | --- | --- | --- | --- | --- | --- |");
        for (FaultyRegistry faulty : FaultyRegistries.ALL) {
            if (!only.isEmpty() && !List.of(only.split(",")).contains(faulty.name())) {
                continue;
            }
            Map<Contract, int[]> caught = new EnumMap<>(Contract.class); // {caught, ran}
            List<Double> firsts = new ArrayList<>();
            for (int run = 1; run <= runs; run++) {
                Duration before = Duration.ZERO;
                Duration first = null;
                for (Contract contract : Contract.values()) {
                    boolean slow = contract == Contract.PARALLEL || contract == Contract.LINCHECK;
                    if (slow && run > slowRuns || contract == Contract.LINCHECK && !lincheck.contains(faulty.name())) {
                        continue;
                    }
                    ContractRun r = ContractRun.of(contract, faulty.factoryClassName());
                    int[] c = caught.computeIfAbsent(contract, k -> new int[2]);
                    c[1]++;
                    if (r.caughtBy(faulty.clause())) {
                        c[0]++;
                    }
                    if (first == null && r.firstFailure() != null) {
                        first = before.plus(r.firstFailure());
                    }
                    before = before.plus(r.elapsed());
                }
                if (first != null) {
                    firsts.add(first.toMillis() / 1000.0);
                }
                System.out.printf("%s run %d: %s%n", faulty.name(), run, first == null ? "not detected" : first);
            }
            firsts.sort(Double::compare);
            rows.add("| " + faulty.name() + " | " + faulty.clause() + " | " + cell(caught.get(Contract.UNIT)) + " | "
                    + cell(caught.get(Contract.SEQUENTIAL)) + " | " + cell(caught.get(Contract.PARALLEL)) + " | "
                    + cell(caught.get(Contract.LINCHECK)) + " | " + (firsts.isEmpty() ? "never"
                    : String.format(Locale.ROOT, "%.1f / %.1f (%d of %d runs)", firsts.get(firsts.size() / 2),
                    firsts.get(firsts.size() - 1), firsts.size(), runs)) + " |");
            Files.createDirectories(out.toAbsolutePath().getParent());
            Files.write(out, rows, StandardCharsets.UTF_8);
        }
        rows.forEach(System.out::println);
    }

    /**
     * Runs the campaign when Surefire is told to ({@code -Dtest=DetectionCampaign}); the table is
     * the result, and a registry no run detected fails it.
     *
     * @throws IOException if the table cannot be written
     */
    @org.junit.jupiter.api.Test
    void campaign() throws IOException {
        main(new String[0]);
        String table = Files.readString(Path.of(System.getProperty("campaign.out", "target/detection.md")));
        org.assertj.core.api.Assertions.assertThat(table).as("registries no run detected").doesNotContain("| never |");
    }

    private static String cell(int[] counts) {
        return counts == null ? "-" : counts[0] + "/" + counts[1];
    }
}
