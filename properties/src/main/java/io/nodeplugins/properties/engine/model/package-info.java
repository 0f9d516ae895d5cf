/**
 * The sequential specification of a node registry and the commands that exercise one.
 *
 * <h2>Design note (for runners built on this package)</h2>
 * <ul>
 *   <li>{@link io.nodeplugins.properties.engine.model.RegistryModel} is the specification: per node the
 *       stack of live registration numbers (oldest first, newest = current last) and a closed flag.
 *       It is immutable with value {@code equals}/{@code hashCode}: memoise on it freely.</li>
 *   <li>{@link io.nodeplugins.properties.engine.model.Command} is a sealed interface of records. For a
 *       state {@code s}, {@code c.apply(s)} gives a {@link io.nodeplugins.properties.engine.model.Transition}
 *       (next state, expected {@link io.nodeplugins.properties.engine.model.Outcome}); {@code c.run(ctx)}
 *       runs it on a real registry and returns the observed outcome. A history step is possible
 *       from {@code s} iff {@code c.apply(s).expected().equals(observed)}, and the state after it
 *       is {@code c.apply(s).next()}. Every command is defined in every state, so subsequences
 *       stay valid (shrinking).</li>
 *   <li>Plugins are named by registration number: {@code Register(n, node)} registers
 *       {@code new Plugin("p" + n, node)} and stores the handle under {@code n} in the
 *       {@link io.nodeplugins.properties.engine.model.RunContext} (thread-safe maps);
 *       {@code CloseHandle(n, node)} closes it, and does nothing if the handle does not exist.
 *       Registration numbers must be unique across all threads of a run, which one
 *       {@link io.nodeplugins.properties.engine.generation.Generators.CommandSource} guarantees. In a parallel
 *       run, close only handles registered in the prefix or earlier in the same thread: a close
 *       racing with the register of its own handle may find no handle yet.</li>
 *   <li>Outcomes compare the rendered return value, or the exception family, the predictable facts
 *       (for a missing plugin: the key and the sorted registered keys) and the message checks.</li>
 *   <li>Blocking: {@code Await} blocks up to its (short) timeout when the node is absent; in a
 *       sequential run it then times out; concurrently a register may release it, which the model
 *       explains by linearizing the await after that register. {@code AwaitAsyncCancel} never
 *       blocks. A registry closed while the node is absent fails both with
 *       {@code IllegalStateException}; present nodes stay readable after close.</li>
 *   <li>Per-node splitting: {@link io.nodeplugins.properties.engine.model.Command#nodes()} names the nodes
 *       a command touches; commands with {@code observesAllNodes()} (snapshot, size, subscribe, close,
 *       require and await, whose miss lists every node) tie all nodes together.</li>
 *   <li>Subscriptions: {@code Subscribe(n)} returns the replayed state; later events are checked
 *       against the model by the runner (an {@link io.nodeplugins.properties.engine.model.EventRecorder}
 *       mirror per subscription), not by outcomes.</li>
 * </ul>
 */
package io.nodeplugins.properties.engine.model;
