package io.nodeplugins.properties.engine.model;

/**
 * Reads what subscription {@code subscription}'s listener rebuilt from its replay and events, once
 * every thread has returned (C8): the current plugins while it listens, the state at {@code close()}
 * once the registry is closed; any event that changed nothing, repeated one, or came after
 * unsubscribing is reported instead. Run by the parallel runner after each run; never generated.
 *
 * @param subscription the subscription number
 */
public record ListenerView(int subscription) implements Command {

    /** What a listener that does not listen (unknown, or unsubscribed) reads. */
    static final String NOT_LISTENING = "not listening";

    @Override
    public Outcome run(RunContext context) {
        EventRecorder recorder = context.subscriptions().get(subscription);
        if (recorder == null || recorder.isClosed()) {
            return Outcome.returned(NOT_LISTENING);
        }
        if (!recorder.violations().isEmpty()) {
            return Outcome.returned("event contract broken: " + recorder.violations().get(0) + "; events "
                    + recorder.events());
        }
        return Outcome.returned("rebuilt " + recorder.mirror());
    }

    @Override
    public Transition apply(RegistryModel model) {
        return new Transition(model, Outcome.returned(model.listenerView(subscription).map(v -> "rebuilt " + v)
                .orElse(NOT_LISTENING)));
    }

    @Override
    public String toJava() {
        return "listener" + subscription + ".view(); // the replay plus every event since";
    }

    @Override
    public java.util.Set<String> nodes() {
        return java.util.Set.of();
    }
}
