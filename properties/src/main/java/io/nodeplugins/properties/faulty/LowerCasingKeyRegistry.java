package io.nodeplugins.properties.faulty;

import io.nodeplugins.registry.Clause;
import io.nodeplugins.registry.Clauses;
import io.nodeplugins.registry.Registration;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Violates <b>C10 bad input</b> (malformed node names are rejected and change nothing), and only
 * C10: every key is lower-cased before it is checked and used, as gRPC's
 * {@code NameResolverRegistry} lower-cases schemes ("Kubernetes node names are lower case
 * anyway"), so a malformed upper-case name such as {@code "Worker-1"} is not rejected with the
 * reason but silently accepted as {@code "worker-1"}: registering it changes the registry, and a
 * lookup of it finds another node's plugin. Names that are well formed, and the other malformed
 * names, behave correctly. Visible sequentially.
 *
 * @param <P> the plugin type
 */
@Clauses(Clause.C10)
public final class LowerCasingKeyRegistry<P> extends SimpleLockedRegistry<P> {

    private static String normalized(String key) {
        return Objects.requireNonNull(key, "key").toLowerCase(Locale.ROOT); // BUG (C10): normalises instead of rejecting
    }

    @Override
    public Registration<String, P> register(String key, P plugin) {
        return super.register(normalized(key), plugin);
    }

    @Override
    public Optional<P> lookup(String key) {
        return super.lookup(normalized(key));
    }

    @Override
    public P require(String key) {
        return super.require(normalized(key));
    }

    @Override
    public P await(String key, Duration timeout) throws InterruptedException {
        return super.await(key == null ? null : normalized(key), timeout);
    }

    @Override
    public CompletableFuture<P> awaitAsync(String key, Duration timeout) {
        return super.awaitAsync(key == null ? null : normalized(key), timeout);
    }

    /** Makes {@link LowerCasingKeyRegistry} instances. */
    public static final class Factory extends FaultyRegistryFactory {
        /** Creates the factory. */
        public Factory() {
            super(LowerCasingKeyRegistry::new);
        }
    }
}
