package io.nodeplugins.properties.engine.model;

import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * {@code Subscription.close()} (C8): no event may reach the listener afterwards. Unknown
 * subscriptions are ignored.
 *
 * @param subscription the subscription number
 */
public record Unsubscribe(int subscription) implements Command {

    @Override
    public Outcome run(RunContext context) {
        return Attempt.of(() -> {
            EventRecorder recorder = context.subscriptions().get(subscription);
            if (recorder != null) {
                recorder.unsubscribe();
            }
            return "done";
        }, null);
    }

    @Override
    public Transition apply(RegistryModel model) {
        return new Transition(model.withoutListener(subscription), Outcome.done());
    }

    @Override
    public boolean observesAllNodes() {
        return false;
    }

    @Override
    public String toJava() {
        return "s" + subscription + ".close();";
    }

    @Override
    public Command renumbered(IntUnaryOperator registrations, IntUnaryOperator subscriptions) {
        return new Unsubscribe(subscriptions.applyAsInt(subscription));
    }

    @Override
    public List<Integer> subscriptions() {
        return List.of(subscription);
    }
}
