package io.nodeplugins.registry;

/**
 * A listener's subscription (C8). Thread-safe.
 */
public interface Subscription extends AutoCloseable {

    /**
     * Stops delivery: no event is delivered to the listener after this method returns, except the
     * one it may be receiving at that moment on another thread. Idempotent; may be called from
     * inside the listener.
     */
    @Override
    void close();
}
