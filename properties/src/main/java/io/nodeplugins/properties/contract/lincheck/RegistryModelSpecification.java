package io.nodeplugins.properties.contract.lincheck;

import io.nodeplugins.properties.engine.model.Await;
import io.nodeplugins.properties.engine.model.BadInput;
import io.nodeplugins.properties.engine.model.CloseHandle;
import io.nodeplugins.properties.engine.model.CloseRegistry;
import io.nodeplugins.properties.engine.model.Command;
import io.nodeplugins.properties.engine.model.Lookup;
import io.nodeplugins.properties.engine.model.Outcome;
import io.nodeplugins.properties.engine.model.Plugin;
import io.nodeplugins.properties.engine.model.Register;
import io.nodeplugins.properties.engine.model.RegistryModel;
import io.nodeplugins.properties.engine.model.Require;
import io.nodeplugins.properties.engine.model.Snapshot;
import io.nodeplugins.properties.engine.model.Transition;

import io.nodeplugins.properties.features.Feature;
import io.nodeplugins.properties.features.Features;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The sequential specification Lincheck checks against: the operations of {@link CoreOperations} and
 * its subclasses, with the same names and parameters, applied as the property engine's commands to
 * its {@link RegistryModel} of the registry's semantics ({@link LincheckSubject}). An operation the
 * registry does not offer is {@value #NOT_OFFERED} here as there. Lincheck creates one per sequential execution it tries, with the public
 * no-argument constructor. Not thread-safe (Lincheck runs it sequentially).
 *
 * <p>Registrations are numbered per Lincheck thread (thread id x 1000 + count) and a thread closes
 * only its own newest open registration: both follow from the thread's program order alone, so the
 * registry under test and this model, which Lincheck runs in other interleavings, agree on them.
 * Results are strings in one format on both sides: the value of the model's expected
 * {@link Outcome}, or {@code "threw <exception family>"}.
 */
public class RegistryModelSpecification {

    /** The result of an operation the registry does not offer, on both sides. */
    public static final String NOT_OFFERED = "not offered";

    /** Thread ids: 0 for the init part, 1..threads for the parallel part, then the post part. */
    public static final int MAX_THREAD_IDS = 8;

    /** The timeout of {@code await} in the stress test with awaits. */
    public static final long AWAIT_TIMEOUT_MILLIS = 1;

    private RegistryModel model = RegistryModel.empty(LincheckSubject.features().semantics());
    private final Features features = LincheckSubject.features();
    private final List<String> keys = LincheckSubject.keys();
    private final int[] registered = new int[MAX_THREAD_IDS];
    private final List<Deque<Register>> open = new ArrayList<>();

    /** Creates the specification of an empty, open registry of the one under test. */
    public RegistryModelSpecification() {
        for (int i = 0; i < MAX_THREAD_IDS; i++) {
            open.add(new ArrayDeque<>());
        }
    }

    /** The registration number of a thread's next registration; both sides count the same way. */
    public static int nextRegistration(int[] registered, int thread) {
        registered[thread]++;
        return thread * 1000 + registered[thread];
    }

    /** The result of a call that threw. */
    public static String threw(Throwable t) {
        return "threw " + Outcome.thrown(t, null).exception();
    }

    /**
     * {@code register(node, plugin)}.
     *
     * @param node     the node index
     * @param priority the plugin's priority
     * @param thread   the Lincheck thread id
     * @return "registered p&lt;n&gt;" or "threw ..."
     */
    public String register(int node, int priority, int thread) {
        Register register = new Register(nextRegistration(registered, thread), keys.get(node), priority);
        Outcome expected = apply(register);
        if (!expected.returned()) {
            return render(expected);
        }
        open.get(thread).push(register);
        return "registered " + Plugin.idOf(register.registration());
    }

    /**
     * {@code Registration.close()} of the thread's newest open registration.
     *
     * @param thread the Lincheck thread id
     * @return "closed p&lt;n&gt;" or "nothing to close"
     */
    public String closeNewest(int thread) {
        if (!features.offers(Feature.REMOVAL)) {
            return NOT_OFFERED;
        }
        Register newest = open.get(thread).poll();
        if (newest == null) {
            return "nothing to close";
        }
        Outcome expected = apply(new CloseHandle(newest.registration(), newest.node()));
        return expected.returned() ? "closed " + Plugin.idOf(newest.registration()) : render(expected);
    }

    /**
     * {@code lookup(node)}.
     *
     * @param node the node index
     * @return "Optional[p&lt;n&gt;]" or "Optional.empty"
     */
    public String lookup(int node) {
        return render(apply(new Lookup(keys.get(node))));
    }

    /**
     * {@code require(node)}.
     *
     * @param node the node index
     * @return "p&lt;n&gt;" or "threw PluginNotRegisteredException"
     */
    public String require(int node) {
        return features.offers(Feature.REQUIRE) ? render(apply(new Require(keys.get(node)))) : NOT_OFFERED;
    }

    /**
     * {@code snapshot()}.
     *
     * @return the map, sorted, as "{node-a=p1, ...}"
     */
    public String snapshot() {
        return features.offers(Feature.SNAPSHOT) ? render(apply(new Snapshot())) : NOT_OFFERED;
    }

    /**
     * {@code await(node, 1 ms)}: the plugin if present, else a timeout.
     *
     * @param node the node index
     * @return "p&lt;n&gt;" or "threw PluginNotRegisteredException"
     */
    public String await(int node) {
        return render(apply(new Await(keys.get(node), AWAIT_TIMEOUT_MILLIS)));
    }

    /**
     * What {@code close()} of the registry must answer (C9).
     *
     * @return "done", or "not offered"
     */
    public String closeRegistry() {
        return features.offers(Feature.CLOSE) ? render(apply(new CloseRegistry())) : NOT_OFFERED;
    }

    /**
     * What a register of the key space's first malformed key must answer (C10).
     *
     * @return the expected exception, or "not offered"
     */
    public String registerMalformed() {
        List<String> malformed = features.keys().malformed();
        if (!features.offers(Feature.BAD_INPUT) || malformed.isEmpty()) {
            return NOT_OFFERED;
        }
        return render(apply(new BadInput(BadInput.Kind.REGISTER_MALFORMED_NODE, malformed.get(0),
                BadInput.VALID_TIMEOUT_MILLIS)));
    }

    private Outcome apply(Command command) {
        Transition t = command.apply(model);
        model = t.next();
        return t.expected();
    }

    private static String render(Outcome outcome) {
        return outcome.returned() ? outcome.value() : "threw " + outcome.exception();
    }
}
