package io.nodeplugins.properties.engine.generation;

/** The kinds of {@link Command}, for weighting a {@link CommandMix}. */
public enum CommandKind {
    /** {@link Register}. */
    REGISTER,
    /** {@link CloseHandle}. */
    CLOSE_HANDLE,
    /** {@link Lookup}. */
    LOOKUP,
    /** {@link Require}. */
    REQUIRE,
    /** {@link Await}. */
    AWAIT,
    /** {@link AwaitAsyncCancel}. */
    AWAIT_ASYNC_CANCEL,
    /** {@link Snapshot}. */
    SNAPSHOT,
    /** {@link Size}. */
    SIZE,
    /** {@link Subscribe}. */
    SUBSCRIBE,
    /** {@link Unsubscribe}. */
    UNSUBSCRIBE,
    /** {@link CloseRegistry}. */
    CLOSE_REGISTRY,
    /** {@link BadInput}. */
    BAD_INPUT
}
