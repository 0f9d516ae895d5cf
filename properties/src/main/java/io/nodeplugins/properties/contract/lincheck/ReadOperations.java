package io.nodeplugins.properties.contract.lincheck;

import io.nodeplugins.properties.engine.model.Snapshot;
import io.nodeplugins.properties.features.Feature;

import org.jetbrains.lincheck.datastructures.Operation;
import org.jetbrains.lincheck.datastructures.Param;

/**
 * The core operations plus {@code require} (C5) and {@code snapshot} (C7): what the contract's
 * stress and model-checking tests run.
 */
public class ReadOperations extends CoreOperations {

    /** Creates a fresh registry of the one under test. */
    public ReadOperations() {
    }

    /**
     * {@code require(node)} (C5).
     *
     * @param node the node index
     * @return "p&lt;n&gt;", "threw PluginNotRegisteredException" or "not offered"
     */
    @Operation
    public String require(@Param(name = "node") int node) {
        if (!offers(Feature.REQUIRE)) {
            return RegistryModelSpecification.NOT_OFFERED;
        }
        try {
            return registry().require(key(node)).id();
        } catch (RuntimeException e) {
            return RegistryModelSpecification.threw(e);
        }
    }

    /**
     * {@code snapshot()} (C7).
     *
     * @return the map, sorted, as "{node-a=p1, ...}", or "not offered"
     */
    @Operation
    public String snapshot() {
        if (!offers(Feature.SNAPSHOT)) {
            return RegistryModelSpecification.NOT_OFFERED;
        }
        try {
            return Snapshot.render(registry().snapshot());
        } catch (RuntimeException e) {
            return RegistryModelSpecification.threw(e);
        }
    }
}
