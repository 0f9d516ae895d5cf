package io.nodeplugins.properties.example;

import java.util.List;

/**
 * One event of a simulated cluster's schedule: the scheduler binds a pod to a node, a node's kubelet
 * plugin starts and registers, or the test flow under scrutiny runs. A schedule is a list of these
 * in the order the cluster applies them.
 */
sealed interface ClusterStep {

    /** The simplest node name, towards which shrinking renames nodes. */
    String FIRST_NODE = "worker-1";

    /**
     * Returns the step as a line of Java, for reports.
     *
     * @return the line
     */
    String toJava();

    /**
     * Returns simpler variants of this step, for shrinking.
     *
     * @return the candidates
     */
    default List<ClusterStep> simplifications() {
        return List.of();
    }

    /**
     * The scheduler binds {@code pod} to {@code node}: the pod's {@code spec.nodeName} changes from
     * the empty string to the node.
     *
     * @param pod  the pod
     * @param node the node
     */
    record BindPod(String pod, String node) implements ClusterStep {
        @Override
        public String toJava() {
            return "cluster.bind(\"" + pod + "\", \"" + node + "\");        // scheduler sets spec.nodeName";
        }

        @Override
        public List<ClusterStep> simplifications() {
            return node.equals(FIRST_NODE) ? List.of() : List.of(new BindPod(pod, FIRST_NODE));
        }
    }

    /**
     * The kubelet plugin of {@code node} starts and registers itself.
     *
     * @param node the node
     */
    record StartPlugin(String node) implements ClusterStep {
        @Override
        public String toJava() {
            return "cluster.startPlugin(\"" + node + "\");           // registry.register(node, plugin)";
        }

        @Override
        public List<ClusterStep> simplifications() {
            return node.equals(FIRST_NODE) ? List.of() : List.of(new StartPlugin(FIRST_NODE));
        }
    }

    /**
     * The test flow starts: update the status of {@code claim} through the plugin of the node that
     * {@code pod} runs on. The cluster goes on applying later steps while the flow waits.
     *
     * @param pod   the pod that uses the claim
     * @param claim the resource claim
     */
    record UpdateClaimStatus(String pod, String claim) implements ClusterStep {
        @Override
        public String toJava() {
            return "flow.updateClaimStatus(\"" + pod + "\", \"" + claim + "\"); // the test flow starts here";
        }
    }
}
