package io.nodeplugins.properties.contract.lincheck;

import io.nodeplugins.properties.engine.model.Plugin;
import io.nodeplugins.registry.NodeRegistryFactory;
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
 * The core Lincheck operations on a real node registry: register, close of the thread's newest
 * handle and lookup (C1-C4; subclasses add more), called directly (the model checker explores every
 * shared access in them, so they stay lean) and rendered in the format of
 * {@link RegistryModelSpecification}. Lincheck creates one instance per invocation through a
 * subclass's public no-argument constructor, so each invocation starts from an empty registry from
 * {@link #factory()}, which the constructor calls (it must not depend on the subclass's fields).
 * Each thread id's bookkeeping is touched by that Lincheck thread only.
 *
 * <p>There is no {@code size()} operation: its contract is a point-in-time reading that is exact
 * only when no write is in progress (see {@code PluginRegistry.size()}), not a linearizable one.
 */
@Param(name = "node", gen = IntGen.class, conf = "0:1")
public abstract class RegistryOperations {

    private final PluginRegistry<String, Plugin> registry;
    private final int[] registered = new int[RegistryModelSpecification.MAX_THREAD_IDS];
    private final List<Deque<Registration<String, Plugin>>> open = new ArrayList<>();

    /** Creates a fresh registry from {@link #factory()}. */
    @SuppressWarnings("this-escape") // factory() must not depend on the subclass's state; see the class comment
    protected RegistryOperations() {
        this.registry = factory().create();
        for (int i = 0; i < RegistryModelSpecification.MAX_THREAD_IDS; i++) {
            open.add(new ArrayDeque<>());
        }
    }

    /**
     * Returns the factory of the registry under test. Called from the constructor.
     *
     * @return the factory; each {@code create()} must return a new, empty registry
     */
    protected abstract NodeRegistryFactory factory();

    /**
     * Returns the registry of this invocation.
     *
     * @return the registry
     */
    protected PluginRegistry<String, Plugin> registry() {
        return registry;
    }

    /**
     * {@code register(node, plugin)} of a new plugin (C1, C2).
     *
     * @param node   the node index
     * @param thread the Lincheck thread id
     * @return "registered p&lt;n&gt;" or "threw ..."
     */
    @Operation
    public String register(@Param(name = "node") int node, @Param(gen = ThreadIdGen.class) int thread) {
        String id = Plugin.idOf(RegistryModelSpecification.nextRegistration(registered, thread));
        String name = RegistryModelSpecification.NODES.get(node);
        try {
            open.get(thread).push(registry.register(name, new Plugin(id, name)));
            return "registered " + id;
        } catch (RuntimeException e) {
            return RegistryModelSpecification.threw(e);
        }
    }

    /**
     * {@code Registration.close()} of this thread's newest open registration (C2, C3).
     *
     * @param thread the Lincheck thread id
     * @return "closed p&lt;n&gt;" or "nothing to close"
     */
    @Operation
    public String closeNewest(@Param(gen = ThreadIdGen.class) int thread) {
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
            Optional<Plugin> plugin = registry.lookup(RegistryModelSpecification.NODES.get(node));
            return plugin.map(p -> "Optional[" + p.id() + "]").orElse("Optional.empty");
        } catch (RuntimeException e) {
            return RegistryModelSpecification.threw(e);
        }
    }

}
