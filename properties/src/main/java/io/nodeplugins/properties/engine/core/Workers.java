package io.nodeplugins.properties.engine.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Bounded execution for both engines: runs tasks on a shared pool of daemon threads and waits for
 * them up to a deadline, so that a registry that hangs (an await that ignores its timeout, a lost
 * unlock) fails the check at the call it hung in instead of hanging the build. On a timeout or a
 * crash every task of the batch is interrupted, and the ending names the stuck threads with their
 * stacks. Thread-safe.
 */
public final class Workers {

    private static final ExecutorService POOL = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "nodeplugins-worker");
        t.setDaemon(true);
        return t;
    });

    private Workers() {
    }

    /**
     * How a batch of tasks ended.
     *
     * @param results the tasks' results, in order (null for a task that did not finish)
     * @param crashed the index of the first task that threw, or -1
     * @param crash   what it threw, or null
     * @param timedOut whether the deadline passed before every task returned
     * @param stuck   for a timeout, each unfinished task's thread name and stack, one entry per task
     */
    public record Ending(List<Object> results, int crashed, Throwable crash, boolean timedOut, List<String> stuck) {

        /**
         * Copies the lists.
         *
         * @param results  the results
         * @param crashed  the crashed task
         * @param crash    its exception
         * @param timedOut whether it timed out
         * @param stuck    the stuck threads
         */
        public Ending {
            results = Collections.unmodifiableList(new ArrayList<>(results));
            stuck = List.copyOf(stuck);
        }

        /**
         * Returns whether every task returned.
         *
         * @return true unless a task crashed or the deadline passed
         */
        public boolean finished() {
            return crash == null && !timedOut;
        }
    }

    /**
     * Runs {@code tasks} at once and waits for all of them, at most {@code limitMillis}.
     *
     * @param tasks       the tasks
     * @param limitMillis how long they may take together
     * @return how they ended
     * @throws IllegalStateException if the calling thread is interrupted while waiting (the tasks are
     *                               interrupted too; the interrupt status is restored)
     */
    public static Ending runAll(List<? extends Callable<?>> tasks, long limitMillis) {
        List<Thread> threads = Collections.synchronizedList(new ArrayList<>(Collections.nCopies(tasks.size(), null)));
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < tasks.size(); i++) {
            int index = i;
            Callable<?> task = tasks.get(i);
            futures.add(POOL.submit(() -> {
                threads.set(index, Thread.currentThread());
                return task.call();
            }));
        }
        List<Object> results = new ArrayList<>(Collections.nCopies(tasks.size(), null));
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(limitMillis);
        for (int i = 0; i < futures.size(); i++) {
            try {
                results.set(i, futures.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
            } catch (TimeoutException e) {
                List<String> stuck = stacks(futures, threads);
                futures.forEach(f -> f.cancel(true));
                return new Ending(results, -1, null, true, stuck);
            } catch (ExecutionException e) {
                futures.forEach(f -> f.cancel(true));
                return new Ending(results, i, e.getCause(), false, List.of());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                futures.forEach(f -> f.cancel(true));
                throw new IllegalStateException("interrupted while waiting for a check's threads", e);
            }
        }
        return new Ending(results, -1, null, false, List.of());
    }

    private static List<String> stacks(List<Future<?>> futures, List<Thread> threads) {
        List<String> stuck = new ArrayList<>();
        for (int i = 0; i < futures.size(); i++) {
            Thread t = threads.get(i);
            if (futures.get(i).isDone() || t == null) {
                continue;
            }
            StringBuilder s = new StringBuilder("task ").append(i).append(" (").append(t.getName()).append(", ")
                    .append(t.getState()).append(")");
            for (StackTraceElement e : t.getStackTrace()) {
                s.append("\n    at ").append(e);
            }
            stuck.add(s.toString());
        }
        return stuck;
    }
}
