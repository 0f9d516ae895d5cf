package io.nodeplugins.properties.engine.linearizability;

import io.nodeplugins.properties.engine.model.Await;
import io.nodeplugins.properties.engine.model.Command;

/**
 * An operation of a registry history as the {@link RegistrySpecification} sees it: a whole command,
 * or one of the two instants of an {@code await} that timed out. Immutable.
 *
 * <p>A timed-out await is not one atomic step: it began waiting while its node was absent, waited
 * at least its timeout, and gave up at an instant after the deadline when the node was still absent
 * (the reference re-reads the map after the deadline and linearizes the timeout there). It is
 * therefore split into {@link WaitBegins} and {@link WaitTimesOut}, and no registration of the node
 * may be linearized between the two: a registration in that window should have woken the waiter,
 * so a timeout reported across it is a lost wake-up (C6).
 */
public sealed interface RegistryOperation {

    /**
     * Returns the node this operation is about, if it names exactly one.
     *
     * @return the node, or null
     */
    String node();

    /**
     * A command that took effect at one instant.
     *
     * @param command the command
     * @param call    its index in the history, for the {@link Settles} that belongs to it
     */
    record Invocation(Command command, int call) implements RegistryOperation {
        @Override
        public String node() {
            return command.nodes().size() == 1 ? command.nodes().iterator().next() : null;
        }

        @Override
        public String toString() {
            return command.toJava();
        }
    }

    /**
     * The instant a timed-out await began to wait: its node was absent and the registry open.
     *
     * @param call  the number of the await call in its history, pairing it with its {@link WaitTimesOut}
     * @param await the await
     */
    record WaitBegins(int call, Await await) implements RegistryOperation {
        @Override
        public String node() {
            return await.node();
        }

        @Override
        public String toString() {
            return await.toJava() + " begins to wait";
        }
    }

    /**
     * The instant a timed-out await gave up, at least its timeout after it began to wait: its node
     * was still absent and had not been registered since.
     *
     * @param call  the number of the await call in its history
     * @param await the await
     * @param early true if the call returned before its timeout had passed, which no correct
     *              registry does; the specification rejects such a timeout
     */
    record WaitTimesOut(int call, Await await, boolean early) implements RegistryOperation {
        @Override
        public String node() {
            return await.node();
        }

        @Override
        public String toString() {
            return await.toJava() + (early ? " times out BEFORE its timeout passed" : " times out");
        }
    }

    /**
     * The completion of the futures that a register or close settled, at some instant after that
     * call took effect and before it returned: another thread may see the registration (or the
     * closed registry) a moment before the future completes, but never the future completed
     * before, nor still pending once the call has returned.
     *
     * @param call  the history index of the register or close
     * @param cause that register or close
     */
    record Settles(int call, Command cause) implements RegistryOperation {
        @Override
        public String node() {
            return cause.nodes().size() == 1 ? cause.nodes().iterator().next() : null;
        }

        @Override
        public String toString() {
            return cause.toJava() + " completes the futures it settled";
        }
    }
}
