package io.nodeplugins.properties.engine.model;

import io.nodeplugins.properties.features.Feature;
import io.nodeplugins.properties.features.Features;
import io.nodeplugins.properties.features.KeySpace;
import io.nodeplugins.registry.PluginRegistry;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A call with one bad argument (C10): a malformed node name, a null argument or an out-of-range
 * timeout. It must throw {@link IllegalArgumentException} (saying why; for an empty node name, that
 * the pod has probably not been scheduled yet) or {@link NullPointerException} (naming the
 * parameter), and must change nothing, which the runner's invariants check after the step.
 *
 * <p>Arguments are validated before the closed check, so the expected outcome does not depend on
 * whether the registry is closed; generators nevertheless emit bad input only while it is open,
 * since the contract does not fix that order.
 *
 * @param kind          which call and which argument is bad
 * @param node          the node argument: malformed for the {@code *_MALFORMED_NODE} kinds, valid
 *                      otherwise; ignored by the null-node and null-listener kinds
 * @param timeoutMillis the timeout argument: out of range for the {@code *_BAD_TIMEOUT} kinds
 */
public record BadInput(Kind kind, String node, long timeoutMillis) implements Command {

    /** A valid timeout for the kinds whose bad argument is not the timeout. */
    public static final long VALID_TIMEOUT_MILLIS = 5;

    /** Which call gets which bad argument. */
    public enum Kind {
        /** {@code register(malformed, plugin)}: IllegalArgumentException. */
        REGISTER_MALFORMED_NODE(IllegalArgumentException.class),
        /** {@code register(null, plugin)}: NullPointerException naming the key. */
        REGISTER_NULL_NODE(NullPointerException.class),
        /** {@code register(node, null)}: NullPointerException naming the plugin. */
        REGISTER_NULL_PLUGIN(NullPointerException.class),
        /** {@code lookup(malformed)}: IllegalArgumentException. */
        LOOKUP_MALFORMED_NODE(IllegalArgumentException.class),
        /** {@code lookup(null)}: NullPointerException naming the key. */
        LOOKUP_NULL_NODE(NullPointerException.class),
        /** {@code require(malformed)}: IllegalArgumentException. */
        REQUIRE_MALFORMED_NODE(IllegalArgumentException.class),
        /** {@code await(malformed, timeout)}: IllegalArgumentException. */
        AWAIT_MALFORMED_NODE(IllegalArgumentException.class),
        /** {@code await(node, timeout)} with a timeout that is not positive or exceeds 24 h. */
        AWAIT_BAD_TIMEOUT(IllegalArgumentException.class),
        /** {@code await(node, null)}: NullPointerException naming the timeout. */
        AWAIT_NULL_TIMEOUT(NullPointerException.class),
        /** {@code awaitAsync(malformed, timeout)}: IllegalArgumentException. */
        AWAIT_ASYNC_MALFORMED_NODE(IllegalArgumentException.class),
        /** {@code awaitAsync(node, timeout)} with an out-of-range timeout. */
        AWAIT_ASYNC_BAD_TIMEOUT(IllegalArgumentException.class),
        /** {@code subscribe(null)}: NullPointerException naming the listener. */
        SUBSCRIBE_NULL_LISTENER(NullPointerException.class);

        private final Class<? extends RuntimeException> expected;

        Kind(Class<? extends RuntimeException> expected) {
            this.expected = expected;
        }

        /**
         * Returns whether a registry with {@code features} offers the call this kind makes.
         *
         * @param features what the registry offers
         * @return true if the call is offered
         */
        public boolean offeredBy(Features features) {
            if (!features.offers(Feature.BAD_INPUT)) {
                return false;
            }
            if (name().startsWith("REQUIRE")) {
                return features.offers(Feature.REQUIRE);
            }
            if (name().startsWith("AWAIT_ASYNC")) {
                return features.offers(Feature.AWAIT_ASYNC);
            }
            if (name().startsWith("AWAIT")) {
                return features.offers(Feature.AWAIT);
            }
            if (name().startsWith("SUBSCRIBE")) {
                return features.offers(Feature.SUBSCRIBE);
            }
            return true;
        }

        /**
         * Returns the exception the contract requires.
         *
         * @return the exception type
         */
        public Class<? extends RuntimeException> expected() {
            return expected;
        }

        /**
         * Returns whether this kind's bad argument is a malformed node name.
         *
         * @return true for the {@code *_MALFORMED_NODE} kinds
         */
        public boolean malformedNode() {
            return name().endsWith("_MALFORMED_NODE");
        }

        /**
         * Returns whether this kind's bad argument is an out-of-range timeout.
         *
         * @return true for the {@code *_BAD_TIMEOUT} kinds
         */
        public boolean badTimeout() {
            return name().endsWith("_BAD_TIMEOUT");
        }
    }

    @Override
    public Outcome run(RunContext context) {
        PluginRegistry<String, Plugin> r = context.registry();
        Duration timeout = Duration.ofMillis(timeoutMillis);
        return Attempt.of(() -> {
            switch (kind) {
                case REGISTER_MALFORMED_NODE:
                    return "accepted " + r.register(node, new Plugin("bad", node));
                case REGISTER_NULL_NODE:
                    return "accepted " + r.register(null, new Plugin("bad", "null"));
                case REGISTER_NULL_PLUGIN:
                    return "accepted " + r.register(node, null);
                case LOOKUP_MALFORMED_NODE:
                    return Attempt.plugin(r.lookup(node));
                case LOOKUP_NULL_NODE:
                    return Attempt.plugin(r.lookup(null));
                case REQUIRE_MALFORMED_NODE:
                    return Attempt.plugin(r.require(node));
                case AWAIT_MALFORMED_NODE:
                case AWAIT_BAD_TIMEOUT:
                    return Attempt.plugin(r.await(node, timeout));
                case AWAIT_NULL_TIMEOUT:
                    return Attempt.plugin(r.await(node, null));
                case AWAIT_ASYNC_MALFORMED_NODE:
                case AWAIT_ASYNC_BAD_TIMEOUT:
                    r.awaitAsync(node, timeout).cancel(false);
                    return "accepted";
                case SUBSCRIBE_NULL_LISTENER:
                    r.subscribe(null).close();
                    return "accepted";
                default:
                    throw new AssertionError(kind);
            }
        }, subject(context));
    }

    /**
     * What the message must mention: the null parameter's name, the malformed node, or "timeout".
     * The empty key is checked for the key space's hint (node names: "scheduled") only where it has one.
     */
    private String subject(RunContext context) {
        String subject = subject();
        return "".equals(subject) && context.features().keys().emptyKeyHint() == null ? "(empty key)" : subject;
    }

    private String subject() {
        switch (kind) {
            case REGISTER_NULL_NODE:
            case LOOKUP_NULL_NODE:
                return "key";
            case REGISTER_NULL_PLUGIN:
                return "plugin";
            case AWAIT_NULL_TIMEOUT:
                return "timeout";
            case SUBSCRIBE_NULL_LISTENER:
                return "listener";
            default:
                return kind.badTimeout() ? "timeout" : node;
        }
    }

    @Override
    public Transition apply(RegistryModel model) {
        return new Transition(model, Outcome.threw(kind.expected(), null));
    }

    @Override
    public String toJava() {
        String n = Attempt.literal(node);
        String t = "Duration.ofMillis(" + timeoutMillis + ")";
        switch (kind) {
            case REGISTER_MALFORMED_NODE:
                return "registry.register(" + n + ", new Plugin(\"bad\", " + n + "));";
            case REGISTER_NULL_NODE:
                return "registry.register(null, new Plugin(\"bad\", \"null\"));";
            case REGISTER_NULL_PLUGIN:
                return "registry.register(" + n + ", null);";
            case LOOKUP_MALFORMED_NODE:
                return "registry.lookup(" + n + ");";
            case LOOKUP_NULL_NODE:
                return "registry.lookup(null);";
            case REQUIRE_MALFORMED_NODE:
                return "registry.require(" + n + ");";
            case AWAIT_MALFORMED_NODE:
            case AWAIT_BAD_TIMEOUT:
                return "registry.await(" + n + ", " + t + ");";
            case AWAIT_NULL_TIMEOUT:
                return "registry.await(" + n + ", null);";
            case AWAIT_ASYNC_MALFORMED_NODE:
            case AWAIT_ASYNC_BAD_TIMEOUT:
                return "registry.awaitAsync(" + n + ", " + t + ");";
            case SUBSCRIBE_NULL_LISTENER:
                return "registry.subscribe(null);";
            default:
                throw new AssertionError(kind);
        }
    }

    @Override
    public Set<String> nodes() {
        return kind.malformedNode() || node == null ? Set.of() : Set.of(node);
    }

    @Override
    public boolean observesAllNodes() {
        return false;
    }

    @Override
    public Command withNode(String from, String to) {
        return kind.malformedNode() || node == null ? this : new BadInput(kind, Attempt.rename(node, from, to),
                timeoutMillis);
    }

    @Override
    public List<Command> simplifications(KeySpace keys) {
        List<Command> simpler = new ArrayList<>();
        if (kind.malformedNode()) {
            for (String bad : keys.malformed()) {
                if (bad.length() < node.length()) {
                    simpler.add(new BadInput(kind, bad, timeoutMillis));
                }
            }
        }
        if (kind.badTimeout() && timeoutMillis != 0) {
            simpler.add(new BadInput(kind, node, 0));
        }
        return simpler;
    }
}
