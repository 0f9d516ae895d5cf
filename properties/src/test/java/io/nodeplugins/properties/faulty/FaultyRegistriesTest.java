package io.nodeplugins.properties.faulty;

import io.nodeplugins.properties.features.RegistryDeclaration;
import io.nodeplugins.registry.Clause;
import io.nodeplugins.registry.Clauses;
import io.nodeplugins.registry.NodeRegistryFactory;
import io.nodeplugins.registry.PluginRegistry;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** The catalogue of faulty registries: each loads by its factory's class name and names one clause. */
class FaultyRegistriesTest {

    @Test
    void everyFaultyRegistryLoadsByItsFactoryClassName() {
        for (FaultyRegistry faulty : FaultyRegistries.ALL) {
            NodeRegistryFactory loaded = NodeRegistryFactory.load(faulty.factoryClassName());

            assertThat(loaded.toString()).as(faulty.name()).isEqualTo(faulty.name());
            if (!(loaded instanceof RegistryDeclaration)) { // a declaration's registry is the shape's adapter
                try (PluginRegistry<String, String> registry = loaded.create()) {
                    assertThat(registry.getClass()).isEqualTo(faulty.type());
                }
            }
        }
    }

    @Test
    void faultyRegistriesAreListedOncePerNameAndCoverEveryClause() {
        assertThat(FaultyRegistries.ALL).extracting(FaultyRegistry::name).doesNotHaveDuplicates().hasSize(38);
        Set<Clause> covered = EnumSet.noneOf(Clause.class);
        FaultyRegistries.ALL.forEach(f -> covered.add(f.clause()));
        assertThat(covered).containsExactlyInAnyOrder(Clause.values());
        assertThat(FaultyRegistries.named("RemoveByKeyRegistry").clause()).isEqualTo(Clause.C3);
        assertThat(catchThrowable(() -> FaultyRegistries.named("NoSuchRegistry")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("RemoveByKeyRegistry");
    }

    /**
     * A faulty registry written but left out of {@link FaultyRegistries#ALL} would be proven by no
     * meta-test: every class of this package that declares its clause with {@code @Clauses} is listed.
     */
    @Test
    void everyClassOfThePackageThatBreaksAClauseIsInTheCatalogue() throws Exception {
        Path folder = Path.of(FaultyRegistry.class.getResource("FaultyRegistry.class").toURI()).getParent();
        List<String> declared = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String name = file.getFileName().toString();
                if (name.endsWith(".class") && !name.contains("$")) {
                    Class<?> type = Class.forName(FaultyRegistry.class.getPackageName() + "."
                            + name.substring(0, name.length() - ".class".length()));
                    if (type.isAnnotationPresent(Clauses.class)) {
                        declared.add(type.getSimpleName());
                    }
                }
            }
        }

        assertThat(declared).hasSizeGreaterThan(30);
        assertThat(FaultyRegistries.ALL).extracting(FaultyRegistry::name).containsExactlyInAnyOrderElementsOf(declared);
    }

    @Test
    void theRegistriesNotYetCaughtAreListedInAllWithAReason() {
        assertThat(FaultyRegistries.ALL).extracting(FaultyRegistry::name)
                .containsAll(FaultyRegistries.NOT_YET_CAUGHT.keySet());
        assertThat(FaultyRegistries.NOT_YET_CAUGHT.values()).allSatisfy(why -> assertThat(why).contains("would catch it"));
    }

    @Test
    void aRegistryClassWithoutItsClauseIsRefused() {
        assertThat(catchThrowable(() -> new FaultyRegistry(SimpleLockedRegistry.class,
                new SimpleLockedRegistry.Factory(), "no bug")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("@Clauses");
    }
}
