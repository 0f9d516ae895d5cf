package io.nodeplugins.properties.contract.lincheck;

import io.nodeplugins.properties.engine.model.Plugin;
import io.nodeplugins.properties.features.Feature;
import io.nodeplugins.properties.features.Features;
import io.nodeplugins.registry.PluginRegistry;
import io.nodeplugins.registry.Registration;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

import org.jetbrains.lincheck.datastructures.IntGen;
import org.jetbrains.lincheck.datastructures.Operation;
import org.jetbrains.lincheck.datastructures.Param;
import org.jetbrains.lincheck.datastructures.ThreadIdGen;

/**
 * The core Lincheck operations on the registry of {@link LincheckSubject}: register, close of the
 * thread's newest handle and lookup (C1-C4; subclasses add more), called directly (the model checker
 * explores every shared access in them, so they stay lean) and rendered in the format of
 * {@link RegistryModelSpecification}. An operation the registry does not offer answers
 * {@value RegistryModelSpecification#NOT_OFFERED} on both sides, so it checks nothing. Lincheck creates
 * one instance per invocation with the public no-argument constructor, so each invocation starts
 * from an empty registry. Each thread id's bookkeeping is touched by that Lincheck thread only.
 */
@Param(name = "node", gen = IntGen.class, conf = "0:1")
@Param(name = "priority", gen = IntGen.class, conf = "0:2")
public class CoreOperations {

    private final PluginRegistry<String, Plugin> registry;
    private final Features features;
    private final List<String> keys;
    private final int[] registered = new int[RegistryModelSpecification.MAX_THREAD_IDS];
    private final List<Deque<Registration<String, Plugin>>> open = new ArrayList<>();

    /** Creates a fresh registry of the one under test. */
    public CoreOperations() {
        this.registry = LincheckSubject.factory().create();
        this.features = LincheckSubject.features();
        this.keys = LincheckSubject.keys();
        for (int i = 0; i < RegistryModelSpecification.MAX_THREAD_IDS; i++) {
            open.add(new ArrayDeque<>());
        }
    }

    /**
     * Returns the registry of this invocation.
     *
     * @return the registry
     */
    protected final PluginRegistry<String, Plugin> registry() {
        return registry;
    }

    /**
     * Returns the key of a key index.
     *
     * @param node 0 or 1
     * @return the key
     */
    protected final String key(int node) {
        return keys.get(node);
    }

    /**
     * Returns what the registry offers.
     *
     * @return the features
     */
    protected final Features features() {
        return features;
    }

    /**
     * Returns whether the registry offers a feature.
     *
     * @param feature the feature
     * @return true if offered
     */
    protected final boolean offers(Feature feature) {
        return features.offers(feature);
    }

    /**
     * {@code register(node, plugin)} of a new plugin (C1, C2); the priority counts under priority
     * semantics only.
     *
     * @param node     the node index
     * @param priority the plugin's priority
     * @param thread   the Lincheck thread id
     * @return "registered p&lt;n&gt;" or "threw ..."
     */
    @Operation
    public String register(@Param(name = "node") int node, @Param(name = "priority") int priority,
                           @Param(gen = ThreadIdGen.class) int thread) {
        String id = Plugin.idOf(RegistryModelSpecification.nextRegistration(registered, thread));
        String name = key(node);
        try {
            open.get(thread).push(registry.register(name, new Plugin(id, name, priority)));
            return "registered " + id;
        } catch (RuntimeException e) {
            return RegistryModelSpecification.threw(e);
        }
    }

    /**
     * {@code Registration.close()} of this thread's newest open registration (C2, C3).
     *
     * @param thread the Lincheck thread id
     * @return "closed p&lt;n&gt;", "nothing to close" or "not offered"
     */
    @Operation
    public String closeNewest(@Param(gen = ThreadIdGen.class) int thread) {
        if (!offers(Feature.REMOVAL)) {
            return RegistryModelSpecification.NOT_OFFERED;
        }
        Registration<String, Plugin> newest = open.get(thread).poll();
        if (newest == null) {
            return "nothing to close";
        }
        try {
            newest.close();
            return "closed " + newest.plugin().id();
        } catch (RuntimeException e) {
            return RegistryModelSpecification.threw(e);
        }
    }

    /**
     * {@code lookup(node)} (C4).
     *
     * @param node the node index
     * @return "Optional[p&lt;n&gt;]" or "Optional.empty"
     */
    @Operation
    public String lookup(@Param(name = "node") int node) {
        try {
            Optional<Plugin> plugin = registry.lookup(key(node));
            return plugin.map(p -> "Optional[" + p.id() + "]").orElse("Optional.empty");
        } catch (RuntimeException e) {
            return RegistryModelSpecification.threw(e);
        }
    }
}
