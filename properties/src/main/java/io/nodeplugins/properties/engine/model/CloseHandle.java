package io.nodeplugins.properties.engine.model;

import io.nodeplugins.registry.Registration;

import java.util.List;
import java.util.Set;
import java.util.function.IntUnaryOperator;

/**
 * {@code Registration.close()} of registration {@code registration} (C2, C3). Closing a handle that
 * was never created (its register failed or was shrunk away) does nothing; closing one twice is the
 * idempotence check.
 *
 * @param registration the registration number
 * @param node         the node it was registered for (for rendering and per-node splitting)
 */
public record CloseHandle(int registration, String node) implements Command {

    @Override
    public Outcome run(RunContext context) {
        return Attempt.of(() -> {
            Registration<String, Plugin> handle = context.handles().get(registration);
            if (handle != null) {
                handle.close();
            }
            return "done";
        }, null);
    }

    @Override
    public Transition apply(RegistryModel model) {
        return new Transition(model.withClosedHandle(registration), Outcome.done());
    }

    @Override
    public String toJava() {
        return "r" + registration + ".close();";
    }

    @Override
    public Set<String> nodes() {
        return Set.of(node);
    }

    @Override
    public Command withNode(String from, String to) {
        return new CloseHandle(registration, Attempt.rename(node, from, to));
    }

    @Override
    public Command renumbered(IntUnaryOperator registrations, IntUnaryOperator subscriptions) {
        return new CloseHandle(registrations.applyAsInt(registration), node);
    }

    @Override
    public List<Integer> registrations() {
        return List.of(registration);
    }
}
