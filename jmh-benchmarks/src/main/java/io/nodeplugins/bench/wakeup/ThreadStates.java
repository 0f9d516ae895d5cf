package io.nodeplugins.bench.wakeup;

/** Reads whether a thread is parked. Stateless and thread-safe. */
final class ThreadStates {

    private ThreadStates() {
    }

    /**
     * Returns whether {@code thread} is parked or waiting (with or without a timeout).
     *
     * @param thread the thread
     * @return true if it is in {@code WAITING} or {@code TIMED_WAITING}
     */
    static boolean isParked(Thread thread) {
        Thread.State state = thread.getState();
        return state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING;
    }
}
