package io.nodeplugins.properties.engine.core;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** One effort model for every tool: levels, per-setting overrides, and the forms other JVMs get. */
class SettingsTest {

    private Properties saved;

    @BeforeEach
    void saveAndClear() {
        saved = (Properties) System.getProperties().clone();
        clearOverrides();
    }

    private static void clearOverrides() {
        Settings.OVERRIDES.forEach(System::clearProperty);
        System.clearProperty(Settings.EFFORT);
    }

    @AfterEach
    void restore() {
        System.setProperties(saved);
    }

    @Test
    void theLevelSetsEveryToolAndCiIsTheDefault() {
        Settings ci = Settings.fromSystemProperties();
        System.setProperty(Settings.EFFORT, "Thorough");
        Settings thorough = Settings.fromSystemProperties();

        assertThat(ci).isEqualTo(Settings.of(Effort.CI));
        assertThat(ci.tries()).isEqualTo(200);
        assertThat(ci.jcstress()).containsExactly("-f", "1", "-sc", "false", "-pth", "false", "-iters", "3", "-time", "250");
        assertThat(thorough.effort()).isEqualTo(Effort.THOROUGH);
        assertThat(thorough.tries()).isEqualTo(5_000);
        assertThat(thorough.lincheckIterations(10)).isEqualTo(80);
        assertThat(thorough.jcstressArguments("F")).containsExactly("-m", "quick", "-jvmArgsPrepend",
                "-Dnodeplugins.factory=F --enable-native-access=ALL-UNNAMED");
        assertThat(ci.jcstressArguments("F")).endsWith("-jvmArgs", "-Dnodeplugins.factory=F --enable-native-access=ALL-UNNAMED");
        assertThat(Settings.of(Effort.SOAK).jcstress()).isEqualTo(ci.jcstress());
    }

    @Test
    void eachSettingIsOverriddenAloneAndTravelsAsSystemProperties() {
        System.setProperty(Settings.EFFORT, "thorough");
        System.setProperty(Settings.TRIES, "7");
        System.setProperty(Settings.LINCHECK_SCALE, "0.2");
        System.setProperty(Settings.JCSTRESS, "-m  sanity");
        System.setProperty(Settings.SEED, "42");

        Settings s = Settings.fromSystemProperties();

        assertThat(s.tries()).isEqualTo(7);
        assertThat(s.scenarios()).isEqualTo(Effort.THOROUGH.scenarios());
        assertThat(s.lincheckIterations(25)).isEqualTo(5);
        assertThat(s.lincheckIterations(1)).as("at least one").isEqualTo(1);
        assertThat(s.jcstress()).containsExactly("-m", "sanity");
        assertThat(s.asSystemProperties()).containsExactly(
                java.util.Map.entry(Settings.EFFORT, "thorough"), java.util.Map.entry(Settings.TRIES, "7"),
                java.util.Map.entry(Settings.SEED, "42"), java.util.Map.entry(Settings.LINCHECK_SCALE, "0.2"),
                java.util.Map.entry(Settings.JCSTRESS, "-m sanity"));
        Settings.OVERRIDES.forEach(System::clearProperty);
        s.asSystemProperties().forEach(System::setProperty);
        assertThat(Settings.fromSystemProperties()).isEqualTo(s);
        assertThat(Settings.fromSystemProperties(Effort.CI).effort()).as("the main job's --mode wins").isEqualTo(Effort.CI);
    }

    @Test
    void malformedSettingsAreRejectedNamingTheProperty() {
        for (List<String> bad : List.of(List.of(Settings.EFFORT, "fast"), List.of(Settings.TRIES, "many"),
                List.of(Settings.TRIES, "0"), List.of(Settings.LINCHECK_SCALE, "0"),
                List.of(Settings.LINCHECK_SCALE, "NaN"), List.of(Settings.SHRINK_MILLIS, "-1"))) {
            clearOverrides();
            System.setProperty(bad.get(0), bad.get(1));

            assertThat(catchThrowable(Settings::fromSystemProperties)).as("%s", bad)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(bad.get(0).replace(
                            Settings.EFFORT, "unknown effort"));
        }
    }

    @Test
    void aMavenReplayCarriesTheFactoryTheLevelAndTheOverridesButNotTheRunsSeed() {
        System.setProperty(io.nodeplugins.registry.NodeRegistryFactory.PROPERTY, "com.example.F$Factory");
        System.setProperty(Settings.EFFORT, "thorough");
        System.setProperty(Settings.TRIES, "7");
        System.setProperty(Settings.SEED, "42");

        String replay = Replay.ofTest(SettingsTest.class, "x").forSeed(-5);

        assertThat(replay).isEqualTo("mvn -B verify -Dtest='" + SettingsTest.class.getName() + "#x'"
                + " -Dsurefire.failIfNoSpecifiedTests=false '-Dnodeplugins.factory=com.example.F$Factory'"
                + " '-Dnodeplugins.effort=thorough' '-Dnodeplugins.tries=7' -Dnodeplugins.seed=-5");
        clearOverrides();
        assertThat(Replay.ofTest(SettingsTest.class, "x").forSeed(1)).as("the ci level needs no flag")
                .doesNotContain("effort", "tries");
    }
}
