package io.nodeplugins.registry;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * How a suite picks its implementation under test: {@link NodeRegistryFactory#load} by class name,
 * with errors that say what to fix.
 */
class NodeRegistryFactoryTest {

    /** A factory without a no-argument constructor. */
    public static final class NeedsArgument implements NodeRegistryFactory {
        /** @param unused makes the constructor unusable by reflection */
        public NeedsArgument(String unused) {
        }

        @Override
        public <P> PluginRegistry<String, P> create() {
            return PluginRegistries.forNodes();
        }
    }

    /** A factory whose create() returns null. */
    public static final class ReturnsNull implements NodeRegistryFactory {
        @Override
        public <P> PluginRegistry<String, P> create() {
            return null;
        }
    }

    @Test
    void theReferenceFactoryMakesNewEmptyReferenceRegistries() {
        NodeRegistryFactory reference = NodeRegistryFactory.reference();
        PluginRegistry<String, String> one = reference.create();
        PluginRegistry<String, String> two = reference.create();

        one.register("worker-1", "a");

        assertThat(one).isInstanceOf(ConcurrentPluginRegistry.class).isNotSameAs(two);
        assertThat(two.snapshot()).isEmpty();
    }

    @Test
    void anUnknownClassIsReportedWithWhatToCheck() {
        assertThat(catchThrowable(() -> NodeRegistryFactory.load("com.example.Missing")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'com.example.Missing' was not found on the class path");
    }

    @Test
    void aClassThatIsNoFactoryIsReported() {
        assertThat(catchThrowable(() -> NodeRegistryFactory.load(String.class.getName())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("does not implement " + NodeRegistryFactory.class.getName());
    }

    @Test
    void aFactoryWithoutNoArgumentConstructorIsReported() {
        assertThat(catchThrowable(() -> NodeRegistryFactory.load(NeedsArgument.class.getName())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no public no-argument constructor");
    }

    @Test
    void aFactoryThatReturnsNullIsReported() {
        assertThat(catchThrowable(() -> NodeRegistryFactory.load(ReturnsNull.class.getName())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("returned null from create()");
    }
}
