package io.nodeplugins.properties.shapes;

import io.nodeplugins.properties.features.RegistryDeclaration;
import io.nodeplugins.registry.NodeRegistryFactory;

import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * The kit's own path for a declaration: {@code -Dnodeplugins.factory=<class>} read by
 * {@link NodeRegistryFactory#fromSystemProperty()} (the contracts' one-line subclasses and the main
 * job). Each declaration here must load through it. Regression test: the loader probes a factory
 * with {@code create()} and closes the probe, and the registry of a {@code Shape} declaration that
 * leaves the close lifecycle out throws {@code UnsupportedOperationException} from {@code close()};
 * the loader once let that escape, so no {@code Shape} declaration loaded by name.
 */
class DeclarationsLoadByNameTest {

    /**
     * gRPC's {@code LoadBalancerRegistry} logs a warning with a stack trace when it is first loaded
     * without grpc-core (pick-first is missing; only grpc-api is on this class path): kept out of the
     * build log, which should show the contracts' reports. Held here, as loggers are weakly referenced.
     */
    private static final Logger GRPC_LOAD_BALANCER_LOG = Logger.getLogger("io.grpc.LoadBalancerRegistry");

    static {
        GRPC_LOAD_BALANCER_LOG.setLevel(Level.SEVERE);
    }

    /** The declarations of this package (the faulty ones load in {@code FaultyRegistriesTest}). */
    static Stream<Class<? extends RegistryDeclaration>> declarations() {
        return Stream.of(GrpcLoadBalancerRegistryDeclaration.class, GrpcNameResolverRegistryDeclaration.class,
                ConcurrentMapRegistryDeclaration.class);
    }

    @ParameterizedTest
    @MethodSource("declarations")
    void loadsThroughTheKitsLoader(Class<? extends RegistryDeclaration> declaration) {
        assertThatCode(() -> NodeRegistryFactory.load(declaration.getName()))
                .as("NodeRegistryFactory.load(%s): the kit's loader closes its probe registry, which a Shape"
                        + " declaration without the close lifecycle does not offer", declaration.getSimpleName())
                .doesNotThrowAnyException();
    }
}
