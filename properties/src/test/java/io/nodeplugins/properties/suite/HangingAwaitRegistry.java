package io.nodeplugins.properties.suite;

import io.nodeplugins.properties.faulty.FaultyRegistryFactory;
import io.nodeplugins.properties.faulty.SimpleLockedRegistry;

import java.time.Duration;

/**
 * A registry whose {@code await} ignores its timeout and sleeps for a day: the check that calls it
 * hangs, which the main job must turn into a suite error at the check's time limit instead of
 * hanging itself. Everything else is correct. Thread-safe like its base.
 *
 * @param <P> the plugin type
 */
public final class HangingAwaitRegistry<P> extends SimpleLockedRegistry<P> {

    @Override
    public P await(String key, Duration timeout) throws InterruptedException {
        Thread.sleep(Duration.ofHours(24).toMillis()); // ends early only when the abandoned thread is interrupted
        return super.await(key, timeout);
    }

    /** Makes {@link HangingAwaitRegistry} instances. */
    public static final class Factory extends FaultyRegistryFactory {
        /** Creates the factory. */
        public Factory() {
            super(HangingAwaitRegistry::new);
        }
    }
}
