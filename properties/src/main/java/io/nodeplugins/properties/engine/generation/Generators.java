package io.nodeplugins.properties.engine.generation;

import io.nodeplugins.properties.engine.model.Await;
import io.nodeplugins.properties.engine.model.AwaitAsyncCancel;
import io.nodeplugins.properties.engine.model.BadInput;
import io.nodeplugins.properties.engine.model.CloseHandle;
import io.nodeplugins.properties.engine.model.CloseRegistry;
import io.nodeplugins.properties.engine.model.Command;
import io.nodeplugins.properties.engine.model.Lookup;
import io.nodeplugins.properties.engine.model.Plugin;
import io.nodeplugins.properties.engine.model.Register;
import io.nodeplugins.properties.engine.model.RegistryModel;
import io.nodeplugins.properties.engine.model.Require;
import io.nodeplugins.properties.engine.model.Size;
import io.nodeplugins.properties.engine.model.Snapshot;
import io.nodeplugins.properties.engine.model.Subscribe;
import io.nodeplugins.properties.engine.model.Unsubscribe;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Seeded generators of node names, plugins, timeouts and command sequences. Everything drawn comes
 * from one {@link SplittableRandom}, so the same seed gives the same values. Not thread-safe: use
 * one instance per thread (split the random for others).
 *
 * <p>Valid node names come from a small key space ({@link #VALID_NODES}) so that registrations
 * collide and stack; the first two are drawn most often. Malformed ones cover the edge cases of
 * DNS-1123 subdomains ({@link #MALFORMED_NODES}).
 */
public final class Generators {

    /** The longest valid node name: 253 characters. */
    public static final String LONGEST_NODE = "a".repeat(253);

    /**
     * The valid node names, simplest first; shrinking renames nodes towards the front. Includes the
     * edge cases that must be accepted: one character, dots and inner dashes, 253 characters.
     */
    public static final List<String> VALID_NODES = List.of("node-a", "node-b", "worker-1.zone-a", "n", LONGEST_NODE);

    /**
     * Malformed node names, shortest first: empty (an unscheduled pod), blank, upper case, dots and
     * dashes at the ends, empty labels, other characters, unicode, 254 characters.
     */
    public static final List<String> MALFORMED_NODES = List.of("", " ", "\t", "A", "-", ".", "a-", "-a", "a.",
            ".a", "a..b", "a_b", "ü", "a-.b", "Node-A", "node-a\n", "nöde-1", "узел-1", " node-a", "a".repeat(254));

    /** Timeouts that must be rejected: zero, negative, more than 24 hours. */
    public static final List<Long> BAD_TIMEOUTS_MILLIS = List.of(0L, -1L, 86_400_001L);

    private final SplittableRandom random;

    /**
     * Creates generators drawing from {@code random}.
     *
     * @param random the source; this instance takes it over
     */
    public Generators(SplittableRandom random) {
        this.random = Objects.requireNonNull(random, "random");
    }

    /**
     * Returns the random source, for draws these generators do not offer.
     *
     * @return the source
     */
    public SplittableRandom random() {
        return random;
    }

    /**
     * Draws a valid node name from the small key space, mostly the first two so keys collide.
     *
     * @return a valid node name
     */
    public String validNode() {
        int r = random.nextInt(10);
        return r < 4 ? VALID_NODES.get(0) : r < 7 ? VALID_NODES.get(1) : VALID_NODES.get(2 + random.nextInt(3));
    }

    /**
     * Draws a malformed node name.
     *
     * @return a malformed node name
     */
    public String malformedNode() {
        return pick(MALFORMED_NODES);
    }

    /**
     * Draws a short valid await timeout, 1 to 3 ms, for awaits that are expected to time out.
     *
     * @return the timeout in milliseconds
     */
    public long shortTimeoutMillis() {
        return 1 + random.nextInt(3);
    }

    /**
     * Draws an out-of-range timeout.
     *
     * @return the timeout in milliseconds
     */
    public long badTimeoutMillis() {
        return pick(BAD_TIMEOUTS_MILLIS);
    }

    /**
     * Returns the plugin that registration {@code registration} registers for {@code node}.
     *
     * @param registration the registration number
     * @param node         the node
     * @return a new plugin
     */
    public Plugin plugin(int registration, String node) {
        return new Plugin(Plugin.idOf(registration), node);
    }

    /**
     * Draws one element.
     *
     * @param from a non-empty list
     * @param <T>  the element type
     * @return an element
     */
    public <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    /**
     * Draws a command sequence of {@code length} commands from {@code mix}, starting from the empty
     * registry; each command is drawn for the model state the earlier ones lead to.
     *
     * @param mix    the command weights
     * @param length the number of commands
     * @return the sequence
     */
    public List<Command> commands(CommandMix mix, int length) {
        CommandSource source = commandSource(mix);
        RegistryModel model = RegistryModel.EMPTY;
        List<Command> commands = new ArrayList<>(length);
        for (int i = 0; i < length; i++) {
            Command c = source.next(model);
            commands.add(c);
            model = c.apply(model).next();
        }
        return commands;
    }

    /**
     * Returns a source that draws commands one at a time from {@code mix}.
     *
     * @param mix the command weights
     * @return a new source, numbering registrations and subscriptions from 1
     */
    public CommandSource commandSource(CommandMix mix) {
        return new CommandSource(mix);
    }

    /**
     * Draws commands one at a time for a caller that tracks the model itself (for example a parallel
     * runner that draws several suffixes from one prefix state). Registration and subscription
     * numbers are unique across everything one source draws. Not thread-safe.
     */
    public final class CommandSource {
        private final CommandMix mix;
        private final List<Integer> registrations = new ArrayList<>();
        private final Map<Integer, String> registeredNodes = new HashMap<>();
        private final List<Integer> subscriptions = new ArrayList<>();

        /**
         * Creates a source; see {@link Generators#commandSource}.
         *
         * @param mix the command weights
         */
        private CommandSource(CommandMix mix) {
            this.mix = Objects.requireNonNull(mix, "mix");
        }

        /**
         * Draws a command for state {@code model}.
         *
         * @param model the state the command will run in
         * @return the command
         */
        public Command next(RegistryModel model) {
            CommandKind kind = kind(model);
            switch (kind) {
                case REGISTER:
                    int registration = registrations.size() + 1;
                    String node = validNode();
                    registrations.add(registration);
                    registeredNodes.put(registration, node);
                    return new Register(registration, node);
                case CLOSE_HANDLE:
                    return closeHandle(model);
                case LOOKUP:
                    return new Lookup(probedNode(model));
                case REQUIRE:
                    return new Require(probedNode(model));
                case AWAIT:
                    return new Await(probedNode(model), shortTimeoutMillis());
                case AWAIT_ASYNC_CANCEL:
                    return new AwaitAsyncCancel(probedNode(model),
                            AwaitAsyncCancel.MIN_TIMEOUT_MILLIS + random.nextInt(60_000));
                case SNAPSHOT:
                    return new Snapshot();
                case SIZE:
                    return new Size();
                case SUBSCRIBE:
                    int subscription = subscriptions.size() + 1;
                    subscriptions.add(subscription);
                    return new Subscribe(subscription);
                case UNSUBSCRIBE:
                    return new Unsubscribe(pick(subscriptions));
                case CLOSE_REGISTRY:
                    return new CloseRegistry();
                case BAD_INPUT:
                    return badInput();
                default:
                    throw new AssertionError(kind);
            }
        }

        private CommandKind kind(RegistryModel model) {
            int total = 0;
            int[] weights = new int[CommandKind.values().length];
            for (CommandKind k : CommandKind.values()) {
                weights[k.ordinal()] = applicable(k, model) ? mix.weight(k) : 0;
                total += weights[k.ordinal()];
            }
            int r = random.nextInt(total);
            for (CommandKind k : CommandKind.values()) {
                r -= weights[k.ordinal()];
                if (r < 0) {
                    return k;
                }
            }
            throw new AssertionError("weights changed while drawing");
        }

        private boolean applicable(CommandKind kind, RegistryModel model) {
            switch (kind) {
                case CLOSE_HANDLE:
                    return !registrations.isEmpty();
                case UNSUBSCRIBE:
                    return !subscriptions.isEmpty();
                case BAD_INPUT:
                    return !model.isClosed();
                default:
                    return true;
            }
        }

        /** Mostly a live registration (C2, C3); sometimes a closed one again (idempotence). */
        private Command closeHandle(RegistryModel model) {
            List<Integer> live = model.liveRegistrations();
            int registration = !live.isEmpty() && random.nextInt(5) != 0 ? pick(live) : pick(registrations);
            return new CloseHandle(registration, registeredNodes.get(registration));
        }

        /** A node that is present more often than chance would pick one. */
        private String probedNode(RegistryModel model) {
            List<String> present = model.nodes();
            return !present.isEmpty() && random.nextBoolean() ? pick(present) : validNode();
        }

        private Command badInput() {
            BadInput.Kind kind = pick(List.of(BadInput.Kind.values()));
            if (kind.malformedNode()) {
                return new BadInput(kind, malformedNode(), BadInput.VALID_TIMEOUT_MILLIS);
            }
            if (kind.badTimeout()) {
                return new BadInput(kind, validNode(), badTimeoutMillis());
            }
            boolean nodeIrrelevant = kind == BadInput.Kind.REGISTER_NULL_NODE || kind == BadInput.Kind.LOOKUP_NULL_NODE
                    || kind == BadInput.Kind.SUBSCRIBE_NULL_LISTENER;
            return new BadInput(kind, nodeIrrelevant ? null : validNode(), BadInput.VALID_TIMEOUT_MILLIS);
        }
    }
}
