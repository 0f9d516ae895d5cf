package io.nodeplugins.properties.lincheck;

import io.nodeplugins.registry.NodeRegistryFactory;
import io.nodeplugins.properties.faulty.FaultyRegistries;

import java.util.function.Supplier;

import org.jetbrains.lincheck.datastructures.Options;

/**
 * Measures how often Lincheck, in its CI settings, catches each concurrency fault that the parallel
 * properties must catch, and passes the reference: a number of consecutive checks per registry and
 * mode. Not a test: a measurement for the README table. The registry is chosen the way the tests
 * choose it, through {@code -Dnodeplugins.factory}, set here per row. Run from the properties module
 * after {@code mvn -pl properties -am test-compile} (the Lincheck agent needs the surefire argLine's
 * {@code -Djdk.attach.allowAttachSelf=true} or attaches through a helper process):
 * <pre>
 * java -cp "$(cat cp.txt)" io.nodeplugins.properties.lincheck.LincheckDetectionRate [rounds]
 * </pre>
 */
public final class LincheckDetectionRate {

    private LincheckDetectionRate() {
    }

    /**
     * Prints the table.
     *
     * @param args optional number of rounds (default 10)
     */
    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        System.out.printf("%-34s %-38s %s%n", "registry", "Lincheck test", "checks that failed");
        // The build's own faulty tests: core operations, stress and the fault-finding model checking.
        row("UnsynchronizedMapRegistry", "core ops, stress", LincheckSettings::stress,
                FaultyRegistriesLincheckTest.UnsynchronizedMap.class, rounds);
        row("UnsynchronizedMapRegistry", "core ops, model checking", FaultyRegistriesLincheckTest::faultFinding,
                FaultyRegistriesLincheckTest.UnsynchronizedMap.class, rounds);
        row("CheckThenActRegistry", "core ops, stress", LincheckSettings::stress,
                FaultyRegistriesLincheckTest.CheckThenAct.class, rounds);
        row("CheckThenActRegistry", "core ops, model checking", FaultyRegistriesLincheckTest::faultFinding,
                FaultyRegistriesLincheckTest.CheckThenAct.class, rounds);
        // The reference's tests, pointed at the other faulty registries and at the reference.
        for (String name : new String[] {"RemoveByKeyRegistry", "WeaklyConsistentSnapshotRegistry", "reference"}) {
            factory(name);
            row(name, "all ops, stress", LincheckSettings::stress, ReferenceRegistryLincheckTest.class, rounds);
            row(name, "all ops, model checking", LincheckSettings::modelChecking, ReferenceRegistryLincheckTest.class,
                    rounds);
        }
        for (String name : new String[] {"LostWakeupRegistry", "reference"}) {
            factory(name);
            row(name, "all ops + await, stress", LincheckSettings::stressWithAwait,
                    ReferenceRegistryAwaitLincheckTest.class, rounds);
        }
    }

    private static void factory(String name) {
        System.setProperty(NodeRegistryFactory.PROPERTY, name.equals("reference") ? ""
                : FaultyRegistries.named(name).factoryClassName());
    }

    private static void row(String registry, String test, Supplier<Options<?, ?>> options, Class<?> state, int rounds) {
        int failed = 0;
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            try {
                options.get().check(state);
            } catch (AssertionError e) {
                failed++;
            }
        }
        System.out.printf("%-34s %-38s %d of %d (%d s)%n", registry, test, failed, rounds,
                (System.nanoTime() - start) / 1_000_000_000);
    }
}
