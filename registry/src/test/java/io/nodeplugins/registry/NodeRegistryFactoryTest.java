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

    /** A factory that keeps the registries it made, to show what load does with its probe. */
    public static final class Recording implements NodeRegistryFactory {
        static final java.util.List<PluginRegistry<String, ?>> MADE = new java.util.concurrent.CopyOnWriteArrayList<>();

        @Override
        public <P> PluginRegistry<String, P> create() {
            PluginRegistry<String, P> registry = PluginRegistries.forNodes();
            MADE.add(registry);
            return registry;
        }
    }

    @Test
    void loadMakesAProbeRegistryClosesItAndReturnsAWorkingFactory() {
        Recording.MADE.clear();

        NodeRegistryFactory factory = NodeRegistryFactory.load(Recording.class.getName());

        assertThat(Recording.MADE).singleElement().satisfies(probe -> assertThat(probe.isClosed()).isTrue());
        assertThat(factory).isInstanceOf(Recording.class);
        assertThat(factory.<String>create().register("worker-1", "a").isActive()).isTrue();
    }

    @Test
    void theSystemPropertyNamesTheFactoryAndTheReferenceIsTheDefault() {
        String before = System.getProperty(NodeRegistryFactory.PROPERTY);
        try {
            System.clearProperty(NodeRegistryFactory.PROPERTY);
            assertThat(NodeRegistryFactory.fromSystemProperty()).isInstanceOf(NodeRegistryFactory.Reference.class)
                    .hasToString("reference (ConcurrentPluginRegistry)");
            System.setProperty(NodeRegistryFactory.PROPERTY, " " + Recording.class.getName() + " ");
            assertThat(NodeRegistryFactory.fromSystemProperty()).isInstanceOf(Recording.class);
        } finally {
            if (before == null) {
                System.clearProperty(NodeRegistryFactory.PROPERTY);
            } else {
                System.setProperty(NodeRegistryFactory.PROPERTY, before);
            }
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
