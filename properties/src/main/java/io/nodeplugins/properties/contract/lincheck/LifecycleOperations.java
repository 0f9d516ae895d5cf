package io.nodeplugins.properties.contract.lincheck;

import io.nodeplugins.properties.engine.model.Plugin;
import io.nodeplugins.properties.features.Feature;
import org.jetbrains.lincheck.datastructures.Operation;

import java.util.List;

/**
 * {@link ReadOperations} with the lifecycle and bad input added (C9, C10): {@code close()} of the
 * registry racing registrations and reads (a register after it must throw
 * {@code IllegalStateException}, registrations stay readable), and a register of a malformed key
 * (rejected with {@code IllegalArgumentException}, changing nothing). Operations the registry does
 * not offer answer {@value RegistryModelSpecification#NOT_OFFERED} on both sides.
 */
public class LifecycleOperations extends ReadOperations {

    /** Creates a fresh registry of the one under test. */
    public LifecycleOperations() {
    }

    /**
     * {@code close()} of the registry (C9).
     *
     * @return "done" or "not offered"
     */
    @Operation
    public String closeRegistry() {
        if (!offers(Feature.CLOSE)) {
            return RegistryModelSpecification.NOT_OFFERED;
        }
        try {
            registry().close();
            return "done";
        } catch (RuntimeException e) {
            return RegistryModelSpecification.threw(e);
        }
    }

    /**
     * {@code register(malformed, plugin)} of the key space's first malformed key (C10).
     *
     * @return "threw IllegalArgumentException" (or whatever it did), or "not offered"
     */
    @Operation
    public String registerMalformed() {
        List<String> malformed = features().keys().malformed();
        if (!offers(Feature.BAD_INPUT) || malformed.isEmpty()) {
            return RegistryModelSpecification.NOT_OFFERED;
        }
        String key = malformed.get(0);
        try {
            registry().register(key, new Plugin("bad", key));
            return "registered a malformed key";
        } catch (RuntimeException e) {
            return RegistryModelSpecification.threw(e);
        }
    }
}
