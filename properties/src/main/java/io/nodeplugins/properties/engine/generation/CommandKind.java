package io.nodeplugins.properties.engine.generation;

import io.nodeplugins.properties.engine.model.Await;
import io.nodeplugins.properties.engine.model.AwaitAsyncCancel;
import io.nodeplugins.properties.engine.model.BadInput;
import io.nodeplugins.properties.engine.model.CloseHandle;
import io.nodeplugins.properties.engine.model.CloseRegistry;
import io.nodeplugins.properties.engine.model.Lookup;
import io.nodeplugins.properties.engine.model.Register;
import io.nodeplugins.properties.engine.model.Require;
import io.nodeplugins.properties.engine.model.Size;
import io.nodeplugins.properties.engine.model.Snapshot;
import io.nodeplugins.properties.engine.model.Subscribe;
import io.nodeplugins.properties.engine.model.Unsubscribe;
import io.nodeplugins.properties.features.Feature;
import io.nodeplugins.properties.features.Features;

/** The kinds of command, for weighting a {@link CommandMix}, with the feature each needs. */
public enum CommandKind {
    /** {@link Register}: every registry offers it. */
    REGISTER(null),
    /** {@link CloseHandle}. */
    CLOSE_HANDLE(Feature.REMOVAL),
    /** {@link Lookup}: every registry offers it (as {@code Optional}, or adapted from a nullable get). */
    LOOKUP(null),
    /** {@link Require}. */
    REQUIRE(Feature.REQUIRE),
    /** {@link Await}. */
    AWAIT(Feature.AWAIT),
    /** {@link AwaitAsyncCancel}. */
    AWAIT_ASYNC_CANCEL(Feature.AWAIT_ASYNC),
    /** {@link AwaitAsync}: a future that stays pending across later commands. */
    AWAIT_ASYNC(Feature.AWAIT_ASYNC),
    /** {@link CheckWaiter}: how an earlier {@link AwaitAsync}'s future reads now. */
    CHECK_WAITER(Feature.AWAIT_ASYNC),
    /** {@link PendingWaiters}. */
    PENDING_WAITERS(Feature.PENDING_WAITERS),
    /** {@link Snapshot}. */
    SNAPSHOT(Feature.SNAPSHOT),
    /** {@link Size}. */
    SIZE(Feature.SIZE),
    /** {@link Subscribe}. */
    SUBSCRIBE(Feature.SUBSCRIBE),
    /** {@link Unsubscribe}. */
    UNSUBSCRIBE(Feature.SUBSCRIBE),
    /** {@link CloseRegistry}. */
    CLOSE_REGISTRY(Feature.CLOSE),
    /** {@link BadInput}. */
    BAD_INPUT(Feature.BAD_INPUT);

    private final Feature needs;

    CommandKind(Feature needs) {
        this.needs = needs;
    }

    /**
     * Returns whether a registry with {@code features} offers this kind of command.
     *
     * @param features what the registry offers
     * @return true if the command may be drawn for it
     */
    public boolean offeredBy(Features features) {
        return needs == null || features.offers(needs);
    }
}
