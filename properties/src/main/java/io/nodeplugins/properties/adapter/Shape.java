package io.nodeplugins.properties.adapter;

import io.nodeplugins.properties.features.Feature;
import io.nodeplugins.properties.features.Features;
import io.nodeplugins.properties.features.KeySpace;
import io.nodeplugins.properties.features.RegistryDeclaration;
import io.nodeplugins.properties.features.Semantics;
import io.nodeplugins.registry.PluginRegistry;

import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

/**
 * A ready adapter: the shape of a driver's registry, declared in a few lines instead of an adapter
 * written by hand, so that the suite checks the driver's registry and not an adapter. Two shapes:
 *
 * <pre>{@code
 * // A map-style registry: put, remove by key or by key and value, get with null on a miss.
 * RegistryDeclaration nodes = Shape.map(MyRegistry::new)
 *         .put(MyRegistry::register)
 *         .removeIfSame(MyRegistry::unregister)      // or .removeByKey(MyRegistry::unregister)
 *         .get(MyRegistry::get)
 *         .declare("MyRegistry");
 *
 * // A priority-provider registry (gRPC's LoadBalancerRegistry): register and deregister provider
 * // objects, get the best provider for a name. The value type is the registry's provider type.
 * RegistryDeclaration balancers = Shape.<LoadBalancerRegistry, LoadBalancerProvider>priorityProviders(
 *                 LoadBalancerRegistry::new, PluginProvider::new, PluginProvider::pluginOf)
 *         .register(LoadBalancerRegistry::register)
 *         .deregister(LoadBalancerRegistry::deregister)
 *         .best(LoadBalancerRegistry::getProvider)
 *         .keys(KeySpace.NON_BLANK)
 *         .declare("gRPC LoadBalancerRegistry");
 * }</pre>
 *
 * The declaration's {@link Features} follow from what the shape is given: a map has
 * {@link Semantics#REPLACE} semantics, providers {@link Semantics#PRIORITY}; removal is offered when
 * a removal is given, {@code size()} and {@code snapshot()} when they are given; a get that returns
 * null on a miss is a hazard the report names. The adapted registry calls the driver's registry
 * directly ({@code AdaptedRegistry}): every judgement is about it. Not thread-safe while being built;
 * the declaration is immutable.
 *
 * @param <R> the driver's registry type
 * @param <V> what it stores: the plugin itself (maps), or a provider wrapping it
 */
public final class Shape<R, V> {

    /**
     * Stores a value for a key.
     *
     * @param <R> the registry type
     * @param <V> the value type
     */
    @FunctionalInterface
    public interface Add<R, V> {
        /**
         * Stores {@code value} for {@code key}.
         *
         * @param registry the driver's registry
         * @param key      the key
         * @param value    the value
         */
        void add(R registry, String key, V value);
    }

    /**
     * Removes what one registration stored.
     *
     * @param <R> the registry type
     * @param <V> the value type
     */
    @FunctionalInterface
    public interface Remove<R, V> {
        /**
         * Removes the registration of {@code value} for {@code key}.
         *
         * @param registry the driver's registry
         * @param key      the key it was registered for
         * @param value    the value it stored
         */
        void remove(R registry, String key, V value);
    }

    /**
     * Reads the current value of a key.
     *
     * @param <R> the registry type
     * @param <V> the value type
     */
    @FunctionalInterface
    public interface Get<R, V> {
        /**
         * Returns the current value of {@code key}.
         *
         * @param registry the driver's registry
         * @param key      the key
         * @return the value, or null on a miss
         */
        V get(R registry, String key);
    }

    /**
     * Makes what the driver's registry stores from a plugin of the suite.
     *
     * @param <V> the value type
     */
    @FunctionalInterface
    public interface Wrap<V> {
        /**
         * Wraps a plugin.
         *
         * @param key      the key it is registered for
         * @param plugin   the suite's plugin
         * @param priority its priority (0 unless the plugin is {@code Prioritized})
         * @return the value to store
         */
        V wrap(String key, Object plugin, int priority);
    }

    final Semantics semantics;
    final Supplier<R> create;
    final Wrap<V> wrap;
    final Function<V, Object> unwrap;
    Add<R, V> add;
    Remove<R, V> remove;
    Get<R, V> get;
    ToIntFunction<R> size;
    Function<R, Map<String, V>> snapshot;
    KeySpace keys = KeySpace.NON_BLANK;
    boolean rejectsBadInput;
    boolean distinctRegistrations;
    String name = "";

    private Shape(Semantics semantics, Supplier<R> create, Wrap<V> wrap, Function<V, Object> unwrap) {
        this.semantics = semantics;
        this.create = Objects.requireNonNull(create, "create");
        this.wrap = Objects.requireNonNull(wrap, "wrap");
        this.unwrap = Objects.requireNonNull(unwrap, "unwrap");
    }

    private Shape(Shape<R, V> s) {
        this(s.semantics, s.create, s.wrap, s.unwrap);
        add = s.add;
        remove = s.remove;
        get = s.get;
        size = s.size;
        snapshot = s.snapshot;
        keys = s.keys;
        rejectsBadInput = s.rejectsBadInput;
        distinctRegistrations = s.distinctRegistrations;
        name = s.name;
    }

    /**
     * Starts a map-style registry that stores the plugins themselves: replace semantics.
     *
     * @param create makes a new, empty registry
     * @param <R>    the registry type
     * @return the shape
     */
    public static <R> Shape<R, Object> map(Supplier<R> create) {
        return new Shape<>(Semantics.REPLACE, create, (key, plugin, priority) -> plugin, Function.identity());
    }

    /**
     * Starts a map-style registry whose values are of the driver's own type: {@code wrap} makes one
     * from a plugin of the suite, {@code unwrap} gives the plugin back.
     *
     * @param create makes a new, empty registry
     * @param wrap   plugin to stored value
     * @param unwrap stored value to plugin
     * @param <R>    the registry type
     * @param <V>    the value type
     * @return the shape
     */
    public static <R, V> Shape<R, V> map(Supplier<R> create, Wrap<V> wrap, Function<V, Object> unwrap) {
        return new Shape<>(Semantics.REPLACE, create, wrap, unwrap);
    }

    /**
     * Starts a priority-provider registry: providers carry a name (the key) and a priority; the best
     * provider of a name is current, ties go to the first registered.
     *
     * @param create   makes a new, empty registry
     * @param provider makes a provider for a key, a plugin and its priority
     * @param plugin   gives a provider's plugin back
     * @param <R>      the registry type
     * @param <V>      the provider type
     * @return the shape
     */
    public static <R, V> Shape<R, V> priorityProviders(Supplier<R> create, Wrap<V> provider,
                                                       Function<V, Object> plugin) {
        Shape<R, V> shape = new Shape<>(Semantics.PRIORITY, create, provider, plugin);
        shape.distinctRegistrations = true; // every registration wraps the plugin in a provider of its own
        return shape;
    }

    /**
     * Sets how a map-style registry stores a value for a key (required for maps).
     *
     * @param put the registry's put or register
     * @return this shape
     */
    public Shape<R, V> put(Add<R, V> put) {
        this.add = Objects.requireNonNull(put, "put");
        return this;
    }

    /**
     * Sets how a map-style registry removes a key: whatever is current for it. An old instance's late
     * removal then deletes its newer replacement, which the suite reports (C3).
     *
     * @param remove the registry's {@code remove(key)}
     * @return this shape
     */
    public Shape<R, V> removeByKey(BiConsumer<R, String> remove) {
        Objects.requireNonNull(remove, "remove");
        this.remove = (registry, key, value) -> remove.accept(registry, key);
        return this;
    }

    /**
     * Sets how a map-style registry removes a registration: only if the key still maps to the value
     * this registration stored ({@code remove(key, value)}).
     *
     * @param remove the registry's conditional removal
     * @return this shape
     */
    public Shape<R, V> removeIfSame(Remove<R, V> remove) {
        this.remove = Objects.requireNonNull(remove, "remove");
        return this;
    }

    /**
     * Sets how a provider registry registers a provider (required for providers).
     *
     * @param register the registry's register
     * @return this shape
     */
    public Shape<R, V> register(BiConsumer<R, V> register) {
        Objects.requireNonNull(register, "register");
        this.add = (registry, key, value) -> register.accept(registry, value);
        return this;
    }

    /**
     * Sets how a provider registry deregisters a provider.
     *
     * @param deregister the registry's deregister
     * @return this shape
     */
    public Shape<R, V> deregister(BiConsumer<R, V> deregister) {
        Objects.requireNonNull(deregister, "deregister");
        this.remove = (registry, key, value) -> deregister.accept(registry, value);
        return this;
    }

    /**
     * Sets how the registry reads the current value of a key (required): a map's get, a provider
     * registry's best provider for a name. A miss returns null.
     *
     * @param get the registry's get
     * @return this shape
     */
    public Shape<R, V> get(Get<R, V> get) {
        this.get = Objects.requireNonNull(get, "get");
        return this;
    }

    /**
     * Same as {@link #get}, in a provider registry's words.
     *
     * @param best the registry's "best provider for a name"
     * @return this shape
     */
    public Shape<R, V> best(Get<R, V> best) {
        return get(best);
    }

    /**
     * Declares the registry's {@code size()}: the number of live registrations (under replace
     * semantics, of keys).
     *
     * @param size the registry's size
     * @return this shape
     */
    public Shape<R, V> size(ToIntFunction<R> size) {
        this.size = Objects.requireNonNull(size, "size");
        return this;
    }

    /**
     * Declares an atomic view of the registry: key to current value, equal to its state at one
     * instant.
     *
     * @param snapshot the registry's snapshot
     * @return this shape
     */
    public Shape<R, V> snapshot(Function<R, Map<String, V>> snapshot) {
        this.snapshot = Objects.requireNonNull(snapshot, "snapshot");
        return this;
    }

    /**
     * Sets the keys the registry accepts (default: any non-blank string).
     *
     * @param space the key space
     * @return this shape
     */
    public Shape<R, V> keys(KeySpace space) {
        this.keys = Objects.requireNonNull(space, "space");
        return this;
    }

    /**
     * Declares that the registry rejects null arguments and the key space's malformed keys with
     * {@code NullPointerException} and {@code IllegalArgumentException}, changing nothing (C10).
     *
     * @return this shape
     */
    public Shape<R, V> rejectsBadInput() {
        this.rejectsBadInput = true;
        return this;
    }

    /**
     * Declares that the registry tells registrations apart even when they store the same plugin
     * instance, or plugins that are {@code equals}: its removal removes only the registration it
     * belongs to. The suite then registers the same instance twice and equal-but-distinct plugins.
     * A map whose removal is {@code remove(key, value)} does not: its values are compared with
     * {@code equals}. Priority providers offer it by default (every registration wraps its own
     * provider).
     *
     * @return this shape
     */
    public Shape<R, V> distinctRegistrations() {
        this.distinctRegistrations = true;
        return this;
    }

    /**
     * Declares the registry: its features follow from this shape.
     *
     * @param registryName the name the report shows
     * @return the declaration, immutable
     * @throws IllegalStateException if the store or the read is missing
     */
    public RegistryDeclaration declare(String registryName) {
        if (add == null || get == null) {
            throw new IllegalStateException("a shape needs how to store (" + (semantics == Semantics.PRIORITY
                    ? "register" : "put") + ") and how to read (get or best); " + registryName + " lacks "
                    + (add == null ? "the store" : "the read"));
        }
        Shape<R, V> frozen = new Shape<>(this);
        frozen.name = Objects.requireNonNull(registryName, "registryName");
        return new Declaration<>(frozen);
    }

    Features features() {
        Set<Feature> offered = EnumSet.noneOf(Feature.class);
        if (remove != null) {
            offered.add(Feature.REMOVAL);
        }
        if (size != null) {
            offered.add(Feature.SIZE);
        }
        if (snapshot != null) {
            offered.add(Feature.SNAPSHOT);
        }
        if (rejectsBadInput) {
            offered.add(Feature.BAD_INPUT);
        }
        if (distinctRegistrations && remove != null) {
            offered.add(Feature.DISTINCT_REGISTRATIONS);
        }
        return new Features(semantics, offered, keys);
    }

    /** A frozen shape as a declaration. */
    private static final class Declaration<R, V> implements RegistryDeclaration {
        private final Shape<R, V> shape;
        private final Features features;

        Declaration(Shape<R, V> shape) {
            this.shape = shape;
            this.features = shape.features();
        }

        @Override
        public Features features() {
            return features;
        }

        @Override
        public <P> PluginRegistry<String, P> create() {
            return new AdaptedRegistry<>(shape, shape.create.get());
        }

        @Override
        public String toString() {
            return shape.name;
        }
    }
}
