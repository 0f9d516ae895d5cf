package io.nodeplugins.registry;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * A thread-safe registry that maps keys (node or driver names) to the plugin currently serving
 * each key. It is built so that the classic mistakes of such registries are impossible or loud:
 * lookups return {@link Optional} or throw a diagnostic exception, never {@code null}; waiting is
 * done with {@link #await} instead of polling; a plugin is removed only through the
 * {@link Registration} handle its own registration returned, so an old instance cannot remove its
 * newer replacement.
 *
 * <h2>Contract</h2>
 * The numbered clauses (C1..C10) are the ones the test suites check; see the project README.
 * <ul>
 *   <li><b>C1</b> {@link #register} makes the plugin current for the key, visible to every thread
 *       at once (it is linearizable), and no registration is ever lost.</li>
 *   <li><b>C2</b> several live registrations may exist for one key; the newest is current.</li>
 *   <li><b>C3</b> {@link Registration#close()} removes exactly its own registration.</li>
 *   <li><b>C4</b> {@link #lookup} never exposes a partly constructed plugin.</li>
 *   <li><b>C5</b> {@link #require} returns the plugin or throws {@link PluginNotRegisteredException}.</li>
 *   <li><b>C6</b> {@link #await} returns as soon as a plugin is registered, without polling.</li>
 *   <li><b>C7</b> {@link #snapshot} is the exact state at one instant.</li>
 *   <li><b>C8</b> {@link #subscribe} replays the current state, then every later change in order.</li>
 *   <li><b>C9</b> after {@link #close}, registration and waiting fail with {@link IllegalStateException}.</li>
 *   <li><b>C10</b> bad input throws a clear exception and changes nothing.</li>
 * </ul>
 *
 * <h2>Memory consistency</h2>
 * Actions in a thread prior to registering a plugin <i>happen-before</i> actions subsequent to
 * obtaining that plugin from {@link #lookup}, {@link #require}, {@link #await}, {@link #snapshot}
 * or a listener event in another thread.
 *
 * @param <K> the key type (a node name for node registries); keys must have value semantics
 *            ({@code equals}/{@code hashCode}) and must not be mutated while registered
 * @param <P> the plugin type
 */
public interface PluginRegistry<K, P> extends AutoCloseable {

    /**
     * Registers {@code plugin} as the current plugin for {@code key} (C1, C2). If other live
     * registrations exist for the key they stay live underneath it and become current again, newest
     * first, as newer ones are closed.
     *
     * <p>Linearizable: once this method returns, every thread's {@link #lookup} of the key sees this
     * plugin (or a newer one). Waiters on the key are released. Thread-safe; may block briefly while
     * another write is in progress.
     *
     * @param key    the key; validated by the registry's key rules (node names: DNS-1123 subdomain)
     * @param plugin the plugin; its construction must be complete (it is published safely)
     * @return the handle that alone can remove this registration
     * @throws NullPointerException     if {@code key} or {@code plugin} is null
     * @throws IllegalArgumentException if {@code key} breaks the key rules; nothing is registered
     * @throws IllegalStateException    if the registry is closed; nothing is registered
     */
    Registration<K, P> register(K key, P plugin);

    /**
     * Returns the current plugin for {@code key}, or an empty {@code Optional} (C4). Never returns
     * null and never throws for a well-formed absent key. Lock-free and wait-free on the hit path;
     * linearizable with respect to every write.
     *
     * @param key the key
     * @return the current plugin, if any
     * @throws NullPointerException     if {@code key} is null
     * @throws IllegalArgumentException if {@code key} is malformed (for node registries: empty,
     *                                  blank or not a DNS-1123 subdomain), which is a bug at the
     *                                  caller, for example a pod that is not scheduled yet
     */
    Optional<P> lookup(K key);

    /**
     * Returns the current plugin for {@code key} or throws (C5). Never returns null. Same
     * concurrency guarantees as {@link #lookup}.
     *
     * @param key the key
     * @return the current plugin
     * @throws PluginNotRegisteredException if no plugin is registered; its message names the key,
     *                                      the registered keys and points to {@link #await}
     * @throws NullPointerException         if {@code key} is null
     * @throws IllegalArgumentException     if {@code key} is malformed
     */
    P require(K key);

    /**
     * Waits until a plugin is registered for {@code key} and returns it (C6). Returns at once if
     * one is current. The waiting thread parks and is woken by the registration itself: no polling,
     * no lost wake-up. A waiter that times out or is interrupted is removed before this method
     * returns, so it leaves nothing behind ({@link #pendingWaiters()} drops back).
     *
     * @param key     the key
     * @param timeout how long to wait; positive and at most {@link #MAX_TIMEOUT}
     * @return the plugin that became current
     * @throws PluginNotRegisteredException if the timeout passes first, with the same diagnostics
     *                                      as {@link #require}
     * @throws InterruptedException         if the waiting thread is interrupted (its interrupt
     *                                      status is cleared, as usual)
     * @throws IllegalStateException        if the registry is or becomes closed while waiting
     * @throws NullPointerException         if an argument is null
     * @throws IllegalArgumentException     if {@code key} is malformed or {@code timeout} is not
     *                                      positive or exceeds {@link #MAX_TIMEOUT}
     */
    P await(K key, Duration timeout) throws InterruptedException;

    /**
     * The asynchronous form of {@link #await}: a future that completes with the plugin as soon as
     * one is current, or exceptionally with {@link PluginNotRegisteredException} when the timeout
     * passes, or with {@link IllegalStateException} when the registry closes. Cancelling the future
     * removes the waiter at once. Dependent actions may run in the registering thread; use the
     * {@code *Async} methods of {@link CompletableFuture} for heavy work.
     *
     * @param key     the key
     * @param timeout how long to wait; positive and at most {@link #MAX_TIMEOUT}
     * @return the future plugin
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if {@code key} is malformed or the timeout is out of range
     * @throws IllegalStateException    if the registry is closed
     */
    CompletableFuture<P> awaitAsync(K key, Duration timeout);

    /**
     * Returns an immutable map of every key to its current plugin, equal to the registry's state
     * at one instant between the call and the return (C7): never torn, never a mix of two
     * instants. Costs time linear in the number of keys and briefly excludes writers.
     *
     * @return the current state; never null
     */
    Map<K, P> snapshot();

    /**
     * Subscribes a listener (C8). The listener first receives one {@link PluginEvent.Type#INITIAL}
     * event per key of the current state, then every later change of a key's current plugin, per
     * key in the order the changes were linearized; no event is lost or repeated between the replay
     * and the live events. Events for one listener are delivered one at a time (never concurrently),
     * on a thread that changed the registry or subscribed. A listener that throws is logged and
     * keeps its subscription; it harms neither the registry nor other listeners. A listener may call
     * the registry (even register or close handles) without deadlock; the events such calls cause
     * are delivered after the current one returns.
     *
     * @param listener the listener
     * @return the subscription; closing it stops delivery
     * @throws NullPointerException  if {@code listener} is null
     * @throws IllegalStateException if the registry is closed
     */
    Subscription subscribe(PluginListener<K, P> listener);

    /**
     * Returns the number of live registrations, counting every stacked registration of a key.
     * A point-in-time reading; exact when no write is in progress.
     *
     * @return the number of live registrations
     */
    int size();

    /**
     * Returns the number of waiters ({@link #await} callers and pending {@link #awaitAsync}
     * futures) still waiting. Exposed so that leaks are testable: it drops back to zero when every
     * waiter has returned, timed out, been interrupted or cancelled.
     *
     * @return the number of pending waiters
     */
    int pendingWaiters();

    /**
     * Closes the registry (C9): later {@link #register} and {@link #subscribe} calls fail with
     * {@link IllegalStateException}, and so do later {@link #await} and {@link #awaitAsync} calls
     * for a key that has no plugin (one that has a plugin still returns it at once); pending waiters
     * fail at once with {@link IllegalStateException}; subscriptions receive no more events.
     * Existing registrations stay readable and their handles can still be closed, so plugins may
     * shut down in any order. Idempotent and thread-safe.
     */
    @Override
    void close();

    /**
     * Returns whether {@link #close()} has been called.
     *
     * @return true once closed
     */
    boolean isClosed();

    /** The longest accepted {@link #await} timeout; longer ones are almost surely a unit mistake. */
    Duration MAX_TIMEOUT = Duration.ofHours(24);
}
