package io.nodeplugins.properties.engine.generation;

import io.nodeplugins.properties.engine.model.Await;
import io.nodeplugins.properties.engine.model.AwaitAsync;
import io.nodeplugins.properties.engine.model.AwaitAsyncCancel;
import io.nodeplugins.properties.engine.model.BadInput;
import io.nodeplugins.properties.engine.model.CheckWaiter;
import io.nodeplugins.properties.engine.model.CloseHandle;
import io.nodeplugins.properties.engine.model.CloseRegistry;
import io.nodeplugins.properties.engine.model.Command;
import io.nodeplugins.properties.engine.model.Lookup;
import io.nodeplugins.properties.engine.model.PendingWaiters;
import io.nodeplugins.properties.engine.model.Plugin;
import io.nodeplugins.properties.engine.model.Register;
import io.nodeplugins.properties.engine.model.RegistryModel;
import io.nodeplugins.properties.engine.model.Require;
import io.nodeplugins.properties.engine.model.Size;
import io.nodeplugins.properties.engine.model.Snapshot;
import io.nodeplugins.properties.engine.model.Subscribe;
import io.nodeplugins.properties.engine.model.Unsubscribe;
import io.nodeplugins.properties.features.Feature;
import io.nodeplugins.properties.features.Features;
import io.nodeplugins.properties.features.KeySpace;
import io.nodeplugins.properties.features.Semantics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Seeded generators of keys, plugins, timeouts and command sequences for a registry with given
 * {@link Features}: only the operations it offers are drawn, keys come from its {@link KeySpace}, and
 * priorities from a small range when its semantics is priority. Everything drawn comes from one
 * {@link SplittableRandom}, so the same seed gives the same values. Not thread-safe: use one instance
 * per thread (split the random for others).
 *
 * <p>Valid keys come from a small key space so that registrations collide and stack; the first two
 * are drawn most often. Malformed ones (for registries that reject bad input) cover the key space's
 * edge cases: for node names, those of DNS-1123 subdomains.
 */
public final class Generators {

    /** Node names, the reference's key space: simplest first; shrinking renames towards the front. */
    public static final List<String> VALID_NODES = KeySpace.NODE_NAMES.valid();

    /** Malformed node names, shortest first: empty (an unscheduled pod), blank, upper case, ... 254 characters. */
    public static final List<String> MALFORMED_NODES = KeySpace.NODE_NAMES.malformed();

    /** Timeouts that must be rejected: zero, negative, more than 24 hours. */
    public static final List<Long> BAD_TIMEOUTS_MILLIS = List.of(0L, -1L, 86_400_001L);

    /** Priorities drawn under priority semantics: few, so that ties are common. */
    static final int PRIORITIES = 3;

    private final SplittableRandom random;
    private final Features features;

    /**
     * Creates generators of the reference's features drawing from {@code random}.
     *
     * @param random the source; this instance takes it over
     */
    public Generators(SplittableRandom random) {
        this(random, Features.REFERENCE);
    }

    /**
     * Creates generators for a registry with the given features, drawing from {@code random}.
     *
     * @param random   the source; this instance takes it over
     * @param features what the registry offers
     */
    public Generators(SplittableRandom random, Features features) {
        this.random = Objects.requireNonNull(random, "random");
        this.features = Objects.requireNonNull(features, "features");
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
        List<String> valid = features.keys().valid();
        int r = random.nextInt(10);
        return r < 4 || valid.size() < 2 ? valid.get(0) : r < 7 || valid.size() == 2 ? valid.get(1)
                : valid.get(2 + random.nextInt(valid.size() - 2));
    }

    /**
     * Draws a malformed node name.
     *
     * @return a malformed node name
     */
    public String malformedNode() {
        return pick(features.keys().malformed());
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
        RegistryModel model = RegistryModel.empty(features.semantics());
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
        private final Map<Integer, Integer> priorities = new HashMap<>();
        private final List<Integer> originals = new ArrayList<>(); // registrations of an instance of their own
        private final List<Integer> subscriptions = new ArrayList<>();
        private final SortedMap<Integer, String> waiters = new TreeMap<>(); // waiter number -> node
        private int numbers; // subscription and waiter numbers, from 1

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
                    return register();
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
                    int subscription = ++numbers;
                    subscriptions.add(subscription);
                    return new Subscribe(subscription);
                case AWAIT_ASYNC:
                    int waiter = ++numbers;
                    String awaited = random.nextBoolean() ? validNode() : probedNode(model);
                    waiters.put(waiter, awaited);
                    return new AwaitAsync(waiter, awaited);
                case CHECK_WAITER:
                    int checked = pick(List.copyOf(waiters.keySet()));
                    return new CheckWaiter(checked, waiters.get(checked));
                case PENDING_WAITERS:
                    return new PendingWaiters();
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

        /**
         * A registration of a new plugin; where the registry offers distinct registrations, now and
         * then the same instance as an earlier registration, or a new plugin equal to an earlier one
         * (for the same node or another).
         */
        private Register register() {
            int registration = registrations.size() + 1;
            String node = validNode();
            int priority = features.semantics() == Semantics.PRIORITY ? random.nextInt(PRIORITIES) : 0;
            int reuses = 0;
            int equalTo = 0;
            if (features.offers(Feature.DISTINCT_REGISTRATIONS) && !originals.isEmpty()) {
                int r = random.nextInt(8);
                if (r == 0) {
                    reuses = pick(originals);
                    priority = priorities.get(reuses); // an instance keeps its priority
                } else if (r == 1) {
                    equalTo = pick(originals);
                }
                if (r < 2 && random.nextBoolean()) {
                    node = registeredNodes.get(reuses + equalTo);
                }
            }
            registrations.add(registration);
            registeredNodes.put(registration, node);
            priorities.put(registration, priority);
            if (reuses == 0 && equalTo == 0) {
                originals.add(registration);
            }
            return new Register(registration, node, priority, reuses, equalTo);
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
            if (!kind.offeredBy(features)) {
                return false;
            }
            switch (kind) {
                case CLOSE_HANDLE:
                    return !registrations.isEmpty();
                case UNSUBSCRIBE:
                    return !subscriptions.isEmpty();
                case CHECK_WAITER:
                    return !waiters.isEmpty();
                case BAD_INPUT:
                    return !model.isClosed() && !badInputKinds().isEmpty();
                default:
                    return true;
            }
        }

        /** The bad-input calls this registry offers; malformed keys only if its key space names some. */
        private List<BadInput.Kind> badInputKinds() {
            List<BadInput.Kind> kinds = new ArrayList<>();
            for (BadInput.Kind k : BadInput.Kind.values()) {
                if (k.offeredBy(features) && (!k.malformedNode() || !features.keys().malformed().isEmpty())) {
                    kinds.add(k);
                }
            }
            return kinds;
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
            BadInput.Kind kind = pick(badInputKinds());
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
