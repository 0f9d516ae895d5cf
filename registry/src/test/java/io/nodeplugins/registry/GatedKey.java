package io.nodeplugins.registry;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * A key whose {@code hashCode} can be made to block once, in one named thread: the reference calls
 * it inside its write lock ({@code stacks}, {@code waiters}), so a test can hold a writer in the
 * middle of its critical section and look at what other threads see and do meanwhile. Equal by
 * name. Thread-safe.
 */
final class GatedKey {

    private final String name;
    private final CountDownLatch entered = new CountDownLatch(1);
    private final CountDownLatch opened = new CountDownLatch(1);
    private volatile String gatedThread;
    private volatile BooleanSupplier when = () -> true;

    GatedKey(String name) {
        this.name = name;
    }

    /**
     * Makes the first {@code hashCode} call by the thread named {@code threadName} at which
     * {@code when} holds block until {@link #open()}. {@code when} must not call {@code hashCode}.
     */
    GatedKey gate(String threadName, BooleanSupplier when) {
        this.when = when;
        this.gatedThread = threadName;
        return this;
    }

    /** Waits until the gated thread is blocked in the gate. */
    void awaitEntered() throws InterruptedException {
        if (!entered.await(Actor.BOUND.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("no thread named '" + gatedThread + "' reached the gate of key " + name
                    + " within " + Actor.BOUND);
        }
    }

    /** Lets the blocked thread go on. */
    void open() {
        opened.countDown();
    }

    @Override
    public int hashCode() {
        if (Thread.currentThread().getName().equals(gatedThread) && when.getAsBoolean()) {
            gatedThread = null;
            entered.countDown();
            try {
                opened.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return name.hashCode();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GatedKey && ((GatedKey) o).name.equals(name);
    }

    @Override
    public String toString() {
        return name;
    }
}
