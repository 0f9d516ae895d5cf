package io.nodeplugins.jcstress.c6;

import io.nodeplugins.jcstress.NodePlugin;
import io.nodeplugins.registry.PluginNotRegisteredException;
import io.nodeplugins.registry.PluginRegistry;

import java.time.Duration;

/**
 * The actor shapes of the C6 await tests: one actor awaits node-a with a short timeout while the
 * other changes the registry, and records when its change had completed. A timeout is a bug only
 * when the change completed before the await's deadline: the timing is read from
 * {@link System#nanoTime()}, which is monotonic across threads, and taken before the await starts
 * and after the change returns, so the judgement errs only towards acceptance and a loaded machine
 * cannot make it fail spuriously. The variants differ only in the registry.
 */
abstract class TimedAwait {

    static final String NODE = "node-a";

    /**
     * Short, because every missed wake-up costs one timeout in the stride of samples; the verdict
     * does not depend on the registering thread meeting it.
     */
    static final Duration TIMEOUT = Duration.ofMillis(5);

    private final PluginRegistry<String, NodePlugin> registry;
    private final NodePlugin plugin = new NodePlugin(NODE, 1);
    private long awaitStarted;
    private String awaited;
    private long changeCompleted;

    TimedAwait(PluginRegistry<String, NodePlugin> registry) {
        this.registry = registry;
    }

    /** Awaits node-a and records how the await ended. */
    final void await() {
        awaitStarted = System.nanoTime();
        try {
            awaited = registry.await(NODE, TIMEOUT) == plugin ? "returned" : "returned-wrong-plugin";
        } catch (PluginNotRegisteredException e) {
            awaited = "timed-out";
        } catch (IllegalStateException e) {
            awaited = "failed-closed";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            awaited = "interrupted";
        } catch (RuntimeException e) {
            awaited = e.getClass().getSimpleName();
        }
    }

    /** The racing change of C6_AwaitRacingRegister: registers node-a, then records when it returned. */
    final void registerNode() {
        registry.register(NODE, plugin);
        changeCompleted = System.nanoTime();
    }

    /** The racing change of C6_AwaitRacingClose: closes the registry, then records when it returned. */
    final void closeRegistry() {
        registry.close();
        changeCompleted = System.nanoTime();
    }

    /**
     * Says how the await ended relative to the change named {@code change}: a timeout becomes
     * "timed-out-though-{change}" when the change had completed before the deadline, otherwise
     * "timed-out-{change}-late"; a return becomes "returned-{change}-before" when the change had
     * completed before the await started (the race was lost by the await), otherwise
     * "returned-overlapping".
     */
    final String awaitedVersus(String change) {
        if ("timed-out".equals(awaited)) {
            return changeCompleted - awaitStarted < TIMEOUT.toNanos()
                    ? "timed-out-though-" + change : "timed-out-" + change + "-late";
        }
        if ("returned".equals(awaited)) {
            return changeCompleted - awaitStarted < 0 ? "returned-" + change + "-before" : "returned-overlapping";
        }
        return awaited;
    }

    /** Returns the waiters the registry still counts; every await has returned when this runs. */
    final int pendingWaiters() {
        return registry.pendingWaiters();
    }
}
