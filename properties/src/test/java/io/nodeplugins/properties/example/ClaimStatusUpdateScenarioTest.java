package io.nodeplugins.properties.example;

import static org.assertj.core.api.Assertions.assertThat;

import io.nodeplugins.properties.engine.core.Property;
import io.nodeplugins.properties.engine.core.PropertyResult;
import io.nodeplugins.properties.engine.core.PropertyRunner;
import io.nodeplugins.properties.engine.core.Replay;
import io.nodeplugins.properties.engine.core.Settings;
import io.nodeplugins.properties.engine.core.StepFailure;
import io.nodeplugins.properties.engine.sequential.SequenceProperty;
import io.nodeplugins.properties.example.ClusterStep.BindPod;
import io.nodeplugins.properties.example.ClusterStep.UpdateClaimStatus;
import io.nodeplugins.properties.example.SimulatedCluster.ClaimFlow;
import io.nodeplugins.properties.engine.model.Plugin;
import io.nodeplugins.registry.NodeRegistryFactory;
import io.nodeplugins.registry.PluginRegistry;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The seed scenario of this project, as properties a driver author can copy: the Kubernetes DRA e2e
 * test "must be possible for the driver to update the ResourceClaim.Status.Devices once allocated"
 * (kubernetes issue 130096) panicked at {@code driver.Nodes[pod.Spec.NodeName].UpdateStatus(...)}
 * because the pod was not scheduled yet.
 *
 * <p>A {@link SimulatedCluster} binds pods to nodes and starts node plugins one by one in a
 * generated order, and the test flow "update the claim status via the pod's node plugin" starts at
 * a generated point of that schedule. The direct flow (read the pod's node name at once, look the
 * plugin up without a guard) dereferences a missing plugin for some schedules; the engine finds one
 * and shrinks it to the minimal schedule, which these tests assert. The guarded flow (wait for the
 * pod to be scheduled, then {@code await} the node's plugin) passes for every schedule.
 *
 * <p>Run just this: {@code mvn -B -pl properties -am verify -Dtest=ClaimStatusUpdateScenarioTest
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class ClaimStatusUpdateScenarioTest {

    /** The direct flow on the registry: no wait, and a missing plugin becomes null. */
    private static final ClaimFlow DIRECT = (cluster, pod, claim) ->
            cluster.registry().lookup(pod.nodeName()).orElse(null).updateStatus(claim);

    /** The Go test driver's flow, {@code driver.Nodes[pod.Spec.NodeName].UpdateStatus}, on a plain map. */
    private static final ClaimFlow DIRECT_ON_A_PLAIN_MAP = (cluster, pod, claim) ->
            cluster.nodes().get(pod.nodeName()).updateStatus(claim);

    /** The fixed flow: wait until the pod is scheduled, then wait for its node's plugin. */
    private static final ClaimFlow GUARDED = (cluster, pod, claim) -> {
        String node = pod.awaitScheduled(SimulatedCluster.WAIT);
        cluster.registry().await(node, SimulatedCluster.WAIT).updateStatus(claim);
    };

    private final Settings settings = Settings.fromSystemProperties();

    @Test
    void directFlowDereferencesAMissingPluginForAPodScheduledBeforeItsNodePluginStarted() {
        PropertyResult<List<ClusterStep>> result = PropertyRunner.check(property("direct flow never dereferences a "
                + "missing plugin", DIRECT, "directFlowDereferencesAMissingPluginForAPodScheduledBeforeItsNodePluginStarted",
                true), settings.tries(), settings.seed());

        System.out.println(result.report());
        assertThat(result.passed()).as("the direct flow must fail for some schedule").isFalse();
        assertThat(result.failure().signature()).isEqualTo("NullPointerException");
        // Pod bound to a node whose plugin has not started yet: lookup is empty, orElse(null) is null.
        assertThat(result.minimal()).containsExactly(new BindPod(SimulatedCluster.POD, ClusterStep.FIRST_NODE),
                new UpdateClaimStatus(SimulatedCluster.POD, SimulatedCluster.CLAIM));
        assertThat(result.report()).contains("1-minimal (removing any one step makes it pass)");
    }

    @Test
    void goStyleFlowOnAPlainMapPanicsLikeTheE2eTestWhenThePodIsNotScheduled() {
        PropertyResult<List<ClusterStep>> result = PropertyRunner.check(property("Go-style flow never dereferences a "
                + "missing plugin", DIRECT_ON_A_PLAIN_MAP,
                "goStyleFlowOnAPlainMapPanicsLikeTheE2eTestWhenThePodIsNotScheduled", true), settings.tries(), settings.seed());

        System.out.println(result.report());
        assertThat(result.passed()).isFalse();
        assertThat(result.failure().signature()).isEqualTo("NullPointerException");
        // Nothing scheduled, nothing started: nodes.get("") is null, exactly issue 130096.
        assertThat(result.minimal()).containsExactly(new UpdateClaimStatus(SimulatedCluster.POD, SimulatedCluster.CLAIM));
        assertThat(result.report()).contains("1-minimal (removing any one step makes it pass)");
    }

    @Test
    void registryRejectsTheEmptyNodeNameOfAnUnscheduledPodLoudly() {
        StepFailure failure = new SimulatedCluster(newRegistry())
                .run(List.of(new UpdateClaimStatus(SimulatedCluster.POD, SimulatedCluster.CLAIM)), DIRECT);

        assertThat(failure).isNotNull();
        assertThat(failure.signature()).isEqualTo("IllegalArgumentException");
        assertThat(failure.description()).contains("node name is empty", "not been scheduled yet");
    }

    @Test
    void guardedFlowUpdatesTheClaimForEverySchedule() {
        PropertyResult<List<ClusterStep>> result = PropertyRunner.check(property("guarded flow updates the claim status",
                GUARDED, "guardedFlowUpdatesTheClaimForEverySchedule", false), settings.tries(), settings.seed());

        result.assertPassed();
        assertThat(result.tries()).isEqualTo(settings.tries());
    }

    /**
     * The property "the flow updates the claim status through the pod's node plugin" for every
     * generated schedule. With {@code onlyNullPointers} only a NullPointerException counts as a
     * failure: the bug class of the e2e panic, while a diagnostic exception is the registry doing
     * its job.
     */
    private Property<List<ClusterStep>> property(String name, ClaimFlow flow, String method, boolean onlyNullPointers) {
        return SequenceProperty.<ClusterStep>builder(name)
                .subject("a simulated cluster with " + NodeRegistryFactory.fromSystemProperty())
                .generator((random, maxSteps) -> SimulatedCluster.schedule(random), settings.maxSteps())
                .check(schedule -> {
                    StepFailure f = new SimulatedCluster(newRegistry()).run(schedule, flow);
                    return f == null || onlyNullPointers && !f.signature().equals("NullPointerException") ? null : f;
                })
                .render(ClusterStep::toJava)
                .stepSimplifier(ClusterStep::simplifications)
                .replay(Replay.ofTest(getClass(), method))
                .build();
    }

    private static PluginRegistry<String, Plugin> newRegistry() {
        return NodeRegistryFactory.fromSystemProperty().create();
    }
}
