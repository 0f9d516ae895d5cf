package io.nodeplugins.properties.example;

import io.nodeplugins.properties.engine.core.StepFailure;
import io.nodeplugins.properties.engine.model.Plugin;
import io.nodeplugins.registry.PluginRegistry;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A small simulated Kubernetes cluster for the DRA claim-status scenario: pods whose
 * {@code spec.nodeName} is empty until the scheduler binds them, and nodes whose kubelet plugins
 * start one by one and register in a node registry (and, like the Go test driver's
 * {@code driver.Nodes}, in a plain map). A schedule of {@link ClusterStep}s is applied in order; the
 * test flow starts at its step and runs on its own thread, and the cluster applies the next step
 * only once the flow has finished or is blocked waiting, so each schedule is one deterministic
 * interleaving. Thread-safe.
 */
final class SimulatedCluster {

    /** The test pod whose claim the flow updates. */
    static final String POD = "pod-1";
    /** The claim the flow updates. */
    static final String CLAIM = "claim-1";
    /** How long a guarded flow may wait; schedules always converge long before. */
    static final Duration WAIT = Duration.ofSeconds(5);

    private static final List<String> NODES = List.of(ClusterStep.FIRST_NODE, "worker-2", "worker-3");
    private static final List<String> PODS = List.of(POD, "pod-2");

    /** The test flow that updates a claim's status through the pod's node plugin. */
    @FunctionalInterface
    interface ClaimFlow {
        /**
         * Updates {@code claim}'s status through the plugin of the node {@code pod} runs on.
         *
         * @param cluster the cluster
         * @param pod     the pod
         * @param claim   the claim
         * @throws Exception whatever the flow throws
         */
        void updateClaimStatus(SimulatedCluster cluster, Pod pod, String claim) throws Exception;
    }

    /** A pod: its node name is empty until the scheduler binds it. */
    static final class Pod {
        private final String name;
        private volatile String nodeName = "";
        private final CompletableFuture<String> scheduled = new CompletableFuture<>();

        Pod(String name) {
            this.name = name;
        }

        /** @return the pod's {@code spec.nodeName}: empty while it is not scheduled */
        String nodeName() {
            return nodeName;
        }

        /** Waits until the pod is scheduled, as e2e tests wait for a pod to be running. */
        String awaitScheduled(Duration timeout) throws Exception {
            return scheduled.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        }

        void bind(String node) {
            nodeName = node;
            scheduled.complete(node);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private final PluginRegistry<String, Plugin> registry;
    private final Map<String, Plugin> nodes = new ConcurrentHashMap<>();
    private final Map<String, Pod> pods = new ConcurrentHashMap<>();

    SimulatedCluster(PluginRegistry<String, Plugin> registry) {
        this.registry = registry;
        for (String pod : PODS) {
            pods.put(pod, new Pod(pod));
        }
    }

    /** @return the node registry the plugins register in */
    PluginRegistry<String, Plugin> registry() {
        return registry;
    }

    /** @return the plain node-to-plugin map, the Java analogue of the Go driver's {@code driver.Nodes} */
    Map<String, Plugin> nodes() {
        return nodes;
    }

    /**
     * Draws a schedule that converges: every pod is bound once, every node's plugin starts once, in
     * a random order, and the flow starts at a random position.
     *
     * @param random the seeded source
     * @return the schedule
     */
    static List<ClusterStep> schedule(SplittableRandom random) {
        List<ClusterStep> steps = new ArrayList<>();
        for (String pod : PODS) {
            steps.add(new ClusterStep.BindPod(pod, NODES.get(random.nextInt(NODES.size()))));
        }
        for (String node : NODES) {
            steps.add(new ClusterStep.StartPlugin(node));
        }
        steps.add(new ClusterStep.UpdateClaimStatus(POD, CLAIM));
        Collections.shuffle(steps, new java.util.Random(random.nextLong()));
        return steps;
    }

    /**
     * Applies {@code schedule}, running {@code flow} from its step on, and judges the run: the flow
     * must return without an exception and the claim's status must have been updated by the plugin
     * of the pod's node. A schedule without a flow step passes.
     *
     * @param schedule the schedule
     * @param flow     the flow under test
     * @return null if it passes, else the failure, with the flow's exception class as signature
     */
    StepFailure run(List<ClusterStep> schedule, ClaimFlow flow) {
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread flowThread = null;
        int flowStep = -1;
        try {
            for (int i = 0; i < schedule.size(); i++) {
                ClusterStep step = schedule.get(i);
                if (step instanceof ClusterStep.UpdateClaimStatus u) {
                    flowStep = i;
                    Pod pod = pods.get(u.pod());
                    flowThread = new Thread(() -> {
                        try {
                            flow.updateClaimStatus(this, pod, u.claim());
                        } catch (Throwable t) {
                            thrown.set(t);
                        }
                    }, "claim-flow");
                    flowThread.setDaemon(true);
                    flowThread.start();
                } else if (step instanceof ClusterStep.BindPod b) {
                    pods.get(b.pod()).bind(b.node());
                } else if (step instanceof ClusterStep.StartPlugin s) {
                    Plugin plugin = new Plugin("plugin-" + s.node(), s.node());
                    nodes.put(s.node(), plugin);
                    registry.register(s.node(), plugin);
                }
                if (flowThread != null) {
                    awaitFinishedOrBlocked(flowThread);
                }
            }
            if (flowThread == null) {
                return null;
            }
            flowThread.join(WAIT.toMillis() * 3);
            if (flowThread.isAlive()) {
                flowThread.interrupt();
                return new StepFailure("flow hung", "the flow did not finish although the cluster converged", flowStep);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            registry.close();
        }
        Throwable t = thrown.get();
        if (t != null) {
            return new StepFailure(t.getClass().getSimpleName(), "the flow threw " + t, flowStep);
        }
        Pod pod = pods.get(POD);
        Plugin plugin = nodes.get(pod.nodeName());
        if (plugin == null || !plugin.claimStatuses().contains(CLAIM)) {
            return new StepFailure("claim not updated", "the flow returned but the plugin of node '" + pod.nodeName()
                    + "' has no status update for " + CLAIM, flowStep);
        }
        return null;
    }

    /** Lets the flow run until it finishes or parks, so the next step happens while it waits. */
    private static void awaitFinishedOrBlocked(Thread flow) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
        while (System.nanoTime() < deadline) {
            Thread.State state = flow.getState();
            if (state == Thread.State.TERMINATED || state == Thread.State.WAITING
                    || state == Thread.State.TIMED_WAITING) {
                return;
            }
            Thread.sleep(0, 100_000);
        }
    }
}
