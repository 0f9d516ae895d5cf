package io.nodeplugins.bench.contention;

import io.nodeplugins.bench.NodePlugin;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * A {@link HashMap} guarded by a {@link ReentrantReadWriteLock}: readers share the read lock (but
 * still write its reader count, one contended cache line), the writer takes the write lock.
 * Thread-safe.
 */
final class ReadWriteLockTable implements PluginTable {

    private final Map<String, NodePlugin> map = new HashMap<>(); // guarded by lock
    private final Lock readLock;
    private final Lock writeLock;

    ReadWriteLockTable(String[] nodes, NodePlugin[] plugins) {
        ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
        readLock = lock.readLock();
        writeLock = lock.writeLock();
        for (int i = 0; i < nodes.length; i++) {
            map.put(nodes[i], plugins[i]);
        }
    }

    @Override
    public int callPlugin(String node) {
        readLock.lock();
        try {
            return map.get(node).call();
        } finally {
            readLock.unlock();
        }
    }

    @Override
    public void replace(String node, NodePlugin plugin) {
        writeLock.lock();
        try {
            map.put(node, plugin);
        } finally {
            writeLock.unlock();
        }
    }
}
