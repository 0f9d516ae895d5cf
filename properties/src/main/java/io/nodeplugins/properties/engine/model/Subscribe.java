package io.nodeplugins.properties.engine.model;

import io.nodeplugins.registry.Subscription;

import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * {@code subscribe(listener)} of a new {@link EventRecorder} (C8, C9). The outcome is the state the
 * replay's {@code INITIAL} events described while {@code subscribe} ran (live events of concurrent
 * writes are not part of it); later events are checked by the runner's invariants. A parallel run
 * reads the replay again once every thread has returned ({@link #settled}), since another thread may
 * deliver it after {@code subscribe} returned.
 *
 * @param subscription the subscription number, unique within a sequence
 */
public record Subscribe(int subscription) implements Command {

    @Override
    public Outcome run(RunContext context) {
        EventRecorder recorder = new EventRecorder();
        return Attempt.of(() -> {
            Subscription s = context.registry().subscribe(recorder);
            if (s == null) {
                return "null subscription";
            }
            recorder.attach(s);
            context.subscriptions().put(subscription, recorder);
            return "replayed " + recorder.replayed(); // INITIAL events only: a replay sent as CURRENT is wrong
        }, null);
    }

    /**
     * The replay as the listener received it in the end: the contract lets the thread that is
     * delivering a listener's events deliver its replay too, after {@code subscribe} returned (events
     * for one listener never run concurrently). Still only the {@code INITIAL} events, which come
     * before any live one.
     */
    @Override
    public Outcome settled(Outcome observed, RunContext context) {
        EventRecorder recorder = observed.returned() ? context.subscriptions().get(subscription) : null;
        return recorder == null ? observed : Outcome.returned("replayed " + recorder.replayed());
    }

    @Override
    public Transition apply(RegistryModel model) {
        if (model.isClosed()) {
            return new Transition(model, Outcome.threw(IllegalStateException.class, null));
        }
        return new Transition(model.withListener(subscription), Outcome.returned("replayed " + model.currentPlugins()));
    }

    @Override
    public String toJava() {
        return "var s" + subscription + " = registry.subscribe(listener" + subscription + ");";
    }

    @Override
    public Command renumbered(IntUnaryOperator registrations, IntUnaryOperator subscriptions) {
        return new Subscribe(subscriptions.applyAsInt(subscription));
    }

    @Override
    public List<Integer> subscriptions() {
        return List.of(subscription);
    }
}
