package io.nodeplugins.jcstress;

/**
 * The plugin the tests register: a node name and a generation, with a checksum over both so that a
 * reader can tell a completely constructed plugin from one whose constructor writes it has not
 * seen yet (C4). Its fields are deliberately neither final nor volatile: only the registry's own
 * publication may make them visible, which is what C4 demands of it. Thread-safe only when
 * published safely.
 */
public final class NodePlugin {

    // Not final on purpose (see the class comment): final fields would hide an unsafe publication.
    private String node;
    private int generation;
    private int checksum;

    /**
     * Creates a plugin.
     *
     * @param node       the node it serves
     * @param generation distinguishes several plugins of one node (a rolling update)
     */
    public NodePlugin(String node, int generation) {
        this.node = node;
        this.generation = generation;
        this.checksum = checksumOf(node, generation);
    }

    private static int checksumOf(String node, int generation) {
        return 31 * node.hashCode() + generation + 1;
    }

    /**
     * Returns whether this thread sees every write of the constructor.
     *
     * @return true when node, generation and checksum agree
     */
    public boolean isComplete() {
        String n = node;
        int g = generation;
        int c = checksum;
        return n != null && c == checksumOf(n, g);
    }

    @Override
    public String toString() {
        return node + "#" + generation;
    }
}
