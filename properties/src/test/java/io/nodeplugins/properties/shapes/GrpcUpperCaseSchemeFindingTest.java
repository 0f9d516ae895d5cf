package io.nodeplugins.properties.shapes;

import io.grpc.NameResolverRegistry;
import io.nodeplugins.properties.contract.ContractRun;
import io.nodeplugins.properties.contract.ContractRun.Contract;
import io.nodeplugins.properties.engine.core.PropertyResult;
import io.nodeplugins.registry.Clause;

import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A finding in gRPC's {@code NameResolverRegistry}: a provider whose scheme has an upper-case letter
 * registers without complaint (its {@code register} checks nothing but {@code isAvailable()}) and is
 * never found, since {@code getProviderForScheme} looks up the lower case of the scheme it is given
 * while the providers are kept under their own scheme. RFC 3986 allows upper case in schemes and
 * {@code NameResolverProvider.getScheme} only says it "should be lower-case", so the registry loses a
 * registration of a key its documentation allows (C1) instead of rejecting or normalising it; such a
 * provider can even become the registry's default scheme, which then resolves to nothing. The suite
 * finds it with a minimal scenario of one registration; the plain gRPC calls below replay it without
 * the kit. Known upstream and kept on purpose: grpc/grpc-java#9899 made lookups case-insensitive and
 * says a provider returning an upper-case scheme "simply won't ever match". The passing declaration
 * keeps the lower-case key space.
 */
class GrpcUpperCaseSchemeFindingTest {

    @Test
    void anUpperCaseSchemeRegistersAndIsNeverFound() {
        ContractRun run = ContractRun.of(Contract.SEQUENTIAL, GrpcNameResolverRegistryUpperCaseDeclaration.class.getName());
        String summary = run.summary("gRPC NameResolverRegistry, upper-case schemes");
        System.out.println(summary);
        List<PropertyResult<?>> caught = run.propertyFailuresOf(Clause.C1);
        assertThat(caught).as("property failures of C1 in %s", summary).isNotEmpty();
        PropertyResult<?> smallest = caught.stream().min(Comparator.comparingInt(PropertyResult::minimalSize))
                .orElseThrow();
        System.out.println("Smallest: " + smallest.report());
        assertThat(smallest.minimalSize()).as(smallest.report()).isBetween(1, 2);
        assertThat(smallest.report()).as(smallest.report()).containsAnyOf("register(\"DNS\"", "register(\"Xds\"")
                .contains("Optional.empty");
    }

    @Test
    void theMinimalScenarioOnGrpcAlone() {
        NameResolverRegistry registry = new NameResolverRegistry();
        PluginNameResolverProvider dns = new PluginNameResolverProvider("DNS", "p1", 5);
        registry.register(dns);
        System.out.println("register(" + dns + "); getProviderForScheme(\"DNS\") -> "
                + registry.getProviderForScheme("DNS") + ", getProviderForScheme(\"dns\") -> "
                + registry.getProviderForScheme("dns"));
        assertThat(registry.getProviderForScheme("DNS")).as("the registered upper-case scheme").isNull();
        assertThat(registry.getProviderForScheme("dns")).as("its lower case").isNull();
        assertThat(registry.getDefaultScheme()).as("the only provider's scheme is the default").isEqualTo("DNS");
        assertThat(registry.getProviderForScheme(registry.getDefaultScheme())).as("the default scheme's provider")
                .isNull();
        registry.deregister(dns);
        registry.register(new PluginNameResolverProvider("dns", "p2", 5));
        assertThat(registry.getProviderForScheme("DNS")).as("a lower-case scheme is found in any case").isNotNull();
    }
}
