package io.nodeplugins.properties.engine.model;

import io.nodeplugins.registry.PluginNotRegisteredException;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * What one command did: the value it returned, rendered as a string, or the exception it threw.
 * The model predicts an outcome and the registry produces one; they agree when they are
 * {@link #equals equal}. Immutable and thread-safe.
 *
 * <p>An exception is compared by its documented family ({@link PluginNotRegisteredException},
 * {@link IllegalArgumentException}, {@link IllegalStateException}, {@link NullPointerException},
 * {@link InterruptedException}; anything else by its own class), by the facts the model can predict
 * (for a missing plugin: the key and the registered keys), and by whether its message passes the
 * contract's message checks. The raw message is kept for reports but not compared.
 */
public final class Outcome {

    private static final List<Class<? extends Throwable>> FAMILIES = List.of(PluginNotRegisteredException.class,
            IllegalArgumentException.class, IllegalStateException.class, NullPointerException.class,
            InterruptedException.class);

    private final String value;     // null if it threw
    private final String exception; // family simple name; null if it returned
    private final String detail;    // predictable facts about the exception; may be null
    private final String problem;   // what is wrong with the message; null if nothing
    private final String message;   // raw message, for reports only

    private Outcome(String value, String exception, String detail, String problem, String message) {
        this.value = value;
        this.exception = exception;
        this.detail = detail;
        this.problem = problem;
        this.message = message;
    }

    /**
     * Returns the outcome of a call that returned.
     *
     * @param value the returned value, rendered (for example {@code "Optional[p3]"})
     * @return the outcome
     */
    public static Outcome returned(String value) {
        return new Outcome(Objects.requireNonNull(value, "value"), null, null, null, null);
    }

    /**
     * Returns the outcome of a void call that returned normally.
     *
     * @return the outcome
     */
    public static Outcome done() {
        return returned("done");
    }

    /**
     * Returns an expected exception outcome with a well-formed message.
     *
     * @param family the documented exception type
     * @param detail the predictable facts, as {@link #missingPluginDetail} renders them; or null
     * @return the outcome
     */
    public static Outcome threw(Class<? extends Throwable> family, String detail) {
        return new Outcome(null, family.getSimpleName(), detail, null, null);
    }

    /**
     * Returns the expected outcome of a {@code require} or {@code await} that found no plugin (C5, C6).
     *
     * @param node       the missing node
     * @param registered the nodes that have a plugin
     * @return the outcome
     */
    public static Outcome missingPlugin(String node, Collection<String> registered) {
        return threw(PluginNotRegisteredException.class, missingPluginDetail(node, registered));
    }

    /**
     * Returns the outcome of a call that threw, checking the message against the contract: a
     * {@link PluginNotRegisteredException} names the key, lists the registered keys sorted (then
     * "and N more") and points to {@code await} (C5); a {@link NullPointerException} names the null
     * parameter; an {@link IllegalArgumentException} says why, and for an empty node name that the
     * pod has probably not been scheduled yet (C10); an {@link IllegalStateException} says the
     * registry is closed (C9).
     *
     * @param thrown  what the call threw
     * @param subject for a {@link NullPointerException} the name of the null parameter; for an
     *                {@link IllegalArgumentException} the rejected node name (or "timeout");
     *                otherwise ignored; may be null
     * @return the outcome
     */
    public static Outcome thrown(Throwable thrown, String subject) {
        String family = familyOf(thrown);
        String message = thrown.getMessage();
        if (thrown instanceof PluginNotRegisteredException) {
            PluginNotRegisteredException e = (PluginNotRegisteredException) thrown;
            String key = String.valueOf(e.key());
            return new Outcome(null, family, missingPluginDetail(key, e.shownKeys(), e.registeredCount()),
                    missingPluginProblem(e, key), message);
        }
        return new Outcome(null, family, null, messageProblem(thrown, family, subject), message);
    }

    /**
     * Renders the facts of a missing-plugin exception the model can predict.
     *
     * @param node       the missing node
     * @param registered the nodes that have a plugin, in any order
     * @return the detail string
     */
    public static String missingPluginDetail(String node, Collection<String> registered) {
        List<String> sorted = new ArrayList<>(registered);
        sorted.sort(null);
        return missingPluginDetail(node, sorted.subList(0, Math.min(sorted.size(),
                PluginNotRegisteredException.SHOWN_KEYS)), sorted.size());
    }

    private static String missingPluginDetail(String node, List<String> shown, int count) {
        return "key '" + node + "', registered keys (" + count + "): " + shown;
    }

    private static String missingPluginProblem(PluginNotRegisteredException e, String key) {
        String m = e.getMessage();
        if (m == null || !m.contains("'" + key + "'")) {
            return "message does not name the key '" + key + "'";
        }
        if (!m.contains("[" + String.join(", ", e.shownKeys()) + "]")) {
            return "message does not list the registered keys " + e.shownKeys();
        }
        List<String> sorted = new ArrayList<>(e.shownKeys());
        sorted.sort(null);
        if (!sorted.equals(e.shownKeys())) {
            return "registered keys are not sorted: " + e.shownKeys();
        }
        int more = e.registeredCount() - e.shownKeys().size();
        if (more > 0 && !m.contains("and " + more + " more")) {
            return "message does not say 'and " + more + " more'";
        }
        if (!m.contains("await")) {
            return "message does not point to await";
        }
        return null;
    }

    private static String messageProblem(Throwable t, String family, String subject) {
        String m = t.getMessage();
        switch (family) {
            case "NullPointerException":
                if (subject == null) {
                    return null;
                }
                boolean named = m != null && (m.contains(subject) || "key".equals(subject) && m.contains("node name"));
                return named ? null : "message does not name the null parameter '" + subject + "'";
            case "IllegalArgumentException":
                if (m == null || m.isBlank()) {
                    return "message does not say why";
                }
                if ("".equals(subject) && !m.contains("scheduled")) {
                    return "message for an empty node name does not say that the pod is probably not scheduled yet";
                }
                if ("timeout".equals(subject) && !m.contains("timeout")) {
                    return "message does not mention the timeout";
                }
                return null;
            case "IllegalStateException":
                return m != null && m.contains("closed") ? null : "message does not say that the registry is closed";
            default:
                return null;
        }
    }

    private static String familyOf(Throwable t) {
        for (Class<? extends Throwable> family : FAMILIES) {
            if (family.isInstance(t)) {
                return family.getSimpleName();
            }
        }
        return t.getClass().getName();
    }

    /**
     * Returns whether the call returned.
     *
     * @return true if it returned a value
     */
    public boolean returned() {
        return value != null;
    }

    /**
     * Returns the rendered value.
     *
     * @return the value, or null if the call threw
     */
    public String value() {
        return value;
    }

    /**
     * Returns the exception family's simple name.
     *
     * @return the family, or null if the call returned
     */
    public String exception() {
        return exception;
    }

    /**
     * Returns what is wrong with the exception's message.
     *
     * @return the problem, or null if the message passes the checks (or nothing was thrown)
     */
    public String problem() {
        return problem;
    }

    /**
     * Returns this outcome without the registered keys of a missing-plugin exception, keeping the
     * exception family, the missing key and the verdict of the message checks. Concurrent histories
     * compare outcomes this way: a registry lists the registered keys after it found the key missing,
     * so under concurrency the list and the miss belong to different instants and only the miss is
     * linearizable (the list is checked sequentially).
     *
     * @return the reduced outcome; this outcome if it carries no key list
     */
    public Outcome withoutRegisteredKeys() {
        int cut = detail == null ? -1 : detail.indexOf(", registered keys (");
        return cut < 0 ? this : new Outcome(value, exception, detail.substring(0, cut), problem, message);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Outcome)) {
            return false;
        }
        Outcome other = (Outcome) o;
        return Objects.equals(value, other.value) && Objects.equals(exception, other.exception)
                && Objects.equals(detail, other.detail) && Objects.equals(problem, other.problem);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value, exception, detail, problem);
    }

    @Override
    public String toString() {
        if (value != null) {
            return "returned " + value;
        }
        StringBuilder s = new StringBuilder("threw ").append(exception);
        if (detail != null) {
            s.append(" (").append(detail).append(')');
        }
        if (problem != null) {
            s.append(" with a bad message: ").append(problem);
        }
        if (message != null) {
            s.append(" \"").append(message).append('"');
        }
        return s.toString();
    }
}
