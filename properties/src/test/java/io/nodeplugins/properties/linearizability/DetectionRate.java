package io.nodeplugins.properties.linearizability;

import io.nodeplugins.registry.NodeRegistryFactory;
import io.nodeplugins.properties.faulty.FaultyRegistries;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Measures the proof of power of the parallel properties: runs the property of each concurrency
 * clause in its CI setting against its faulty registry (and the reference) a number of consecutive
 * times with fresh seeds and prints how many runs caught the fault. Not a test: a measurement for
 * the README table. Run from the properties module after {@code mvn -pl properties -am test-compile}:
 * <pre>
 * java -cp "$(cat cp.txt)" io.nodeplugins.properties.linearizability.DetectionRate [rounds]
 * </pre>
 */
public final class DetectionRate {

    private DetectionRate() {
    }

    /**
     * Prints the table.
     *
     * @param args optional number of rounds (default 10)
     */
    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        ParallelSettings ci = ParallelSettings.fromSystemProperties();
        ParallelSettings noShrink = new ParallelSettings(ci.scenarios(), ci.runs(), 1, 0, OptionalLong.empty());
        Map<String, NodeRegistryFactory> subjects = new LinkedHashMap<>();
        for (String name : ParallelDetection.EXPECTED.keySet()) {
            subjects.put(name, FaultyRegistries.named(name).factory());
        }
        subjects.put("reference", NodeRegistryFactory.reference());
        System.out.printf("%-34s %-22s %s%n", "registry", "property", "runs caught (median ms per run)");
        for (Map.Entry<String, NodeRegistryFactory> subject : subjects.entrySet()) {
            for (ParallelProperty property : ParallelDetection.propertiesFor(subject.getKey())) {
                int caught = 0;
                long[] millis = new long[rounds];
                for (int i = 0; i < rounds; i++) {
                    long start = System.nanoTime();
                    ParallelResult result = property.check(new ParallelRunner(subject.getValue()), noShrink, "{seed}");
                    millis[i] = (System.nanoTime() - start) / 1_000_000;
                    caught += result.passed() ? 0 : 1;
                }
                java.util.Arrays.sort(millis);
                System.out.printf("%-34s %-22s %d of %d (%d ms)%n", subject.getKey(), property, caught, rounds,
                        millis[rounds / 2]);
            }
        }
    }
}
