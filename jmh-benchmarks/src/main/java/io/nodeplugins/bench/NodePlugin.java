package io.nodeplugins.bench;

/**
 * The plugin every benchmark stores: its call is as cheap as a call can be (it returns a field), so
 * that what a benchmark measures is the way to the plugin, not the plugin's work. Immutable and
 * therefore thread-safe.
 */
public final class NodePlugin {

    private final int id;

    /**
     * Creates a plugin.
     *
     * @param id what {@link #call()} returns
     */
    public NodePlugin(int id) {
        this.id = id;
    }

    /**
     * The plugin call whose result every benchmark returns (so that the JIT cannot drop the
     * lookup); the analogue of the driver's {@code UpdateStatus}.
     *
     * @return this plugin's id
     */
    public int call() {
        return id;
    }

    @Override
    public String toString() {
        return "NodePlugin[" + id + "]";
    }
}
